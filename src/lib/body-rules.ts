/**
 * What the Markdown body of a certification may contain. MDX is code as well as text: a `<script>`
 * element, an `onerror` attribute, a `{...}` expression or a `javascript:` link in a body would run
 * in readers' browsers or in the build. Bodies are text, so these are refused with the line to fix.
 */
import { parseBody, walk, type MdxNode } from './mdx-tree';

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  /** One line: the reason, then `found: …; expected: …; example: …`. */
  message: string;
}

/** HTML elements an editor may write in a body; everything else (script, iframe, style, form ...) is refused. */
export const ALLOWED_BODY_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p',
  'pre', 'q', 's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'time', 'tr', 'u', 'ul',
]);

/** URL schemes a body link or image may use; a URL without a scheme (relative, `#anchor`) is fine too. */
const ALLOWED_URL_SCHEMES = new Set(['https:', 'http:', 'mailto:']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'srcset', 'action', 'formaction', 'poster', 'xlink:href']);

const EXPECTED = 'Markdown text, lists, tables and links such as [AWS Skill Builder](https://skillbuilder.aws/)';
const EXAMPLE = '- [Official exam guide](https://example.org/exam-guide.pdf)';

function problemMessage(reason: string, found: string): string {
  return `${reason}; found: ${found}; expected: ${EXPECTED}; example: ${EXAMPLE}`;
}

/** True when a URL has a scheme outside https, http and mailto (`javascript:`, `data:`, `vbscript:` ...). */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme (`java\tscript:`), so compare without them.
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(compact)?.[1]?.toLowerCase();
  return scheme !== undefined && !ALLOWED_URL_SCHEMES.has(scheme);
}

function checkNode(node: MdxNode, report: (node: MdxNode, reason: string, found: string) => void): void {
  switch (node.type) {
    case 'mdxjsEsm':
      report(node, 'import and export statements are not allowed in a certification body', JSON.stringify(String(node.value).split('\n')[0]));
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      report(node, 'curly braces start a JavaScript expression in MDX; to show a brace, write \\{ or \\}', `{${String(node.value)}}`);
      break;
    case 'link':
    case 'image':
    case 'definition':
      if (node.url && isUnsafeUrl(node.url)) report(node, `the ${node.type} points to a "${node.url.split(':')[0]}:" URL, which is not allowed`, JSON.stringify(node.url));
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (!ALLOWED_BODY_ELEMENTS.has(name)) {
        report(node, `the <${name}> element is not allowed in a certification body`, `<${name}>`);
        break;
      }
      for (const attribute of node.attributes ?? []) {
        const attributeName = attribute.name ?? '';
        if (attribute.type !== 'mdxJsxAttribute') {
          report(node, `<${name}> has a {...} spread attribute, which runs JavaScript`, `<${name} {...}>`);
        } else if (/^on/i.test(attributeName) || attributeName.toLowerCase() === 'style') {
          report(node, `the ${attributeName} attribute is not allowed (it runs script or bypasses the site's styles)`, `<${name} ${attributeName}=…>`);
        } else if (typeof attribute.value === 'object' && attribute.value !== null) {
          report(node, `<${name} ${attributeName}={...}> is a JavaScript expression; write the value in quotes`, `<${name} ${attributeName}={…}>`);
        } else if (URL_ATTRIBUTES.has(attributeName.toLowerCase()) && typeof attribute.value === 'string' && isUnsafeUrl(attribute.value)) {
          report(node, `the ${attributeName} of <${name}> uses a URL scheme that is not allowed`, JSON.stringify(attribute.value));
        }
      }
      break;
    }
    default:
      break;
  }
}

/** Every problem in an MDX body; line numbers count from the body's first line. */
export function checkBody(body: string): BodyProblem[] {
  let tree: MdxNode;
  try {
    tree = parseBody(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line = '1', rest = message] = /^(\d+):\d+:\s*(.*)$/s.exec(message) ?? [];
    return [
      {
        line: Number(line),
        message: problemMessage(
          `the body is not valid MDX: ${rest.split('\n')[0]}. A bare "<" or "{" starts HTML or code in MDX; write "less than" or escape it as \\< and \\{`,
          'text MDX cannot read',
        ),
      },
    ];
  }
  const problems: BodyProblem[] = [];
  const report = (node: MdxNode, reason: string, found: string) =>
    problems.push({ line: node.position?.start.line ?? 1, message: problemMessage(reason, found) });
  walk(tree, (node) => checkNode(node, report));
  return problems;
}
