/** The Markdown body of a certification file as a tree (Sätteri's MDX parser), and a walk over it. */
import { mdxToMdast } from 'satteri';

/** The parts of an mdast node the project's rules read. */
export interface MdxNode {
  type: string;
  position?: { start: { line: number } };
  children?: MdxNode[];
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Parses an MDX body; throws the parser's error (its message starts `line:column:`) on invalid MDX. */
export function parseBody(body: string): MdxNode {
  return mdxToMdast(body, { position: true }) as MdxNode;
}

/** Calls `visit` on every node, parents before children. */
export function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The value of a JSX element's plain string attribute. */
export function jsxAttribute(node: MdxNode, name: string): string | undefined {
  const attribute = node.attributes?.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
