/**
 * What the Markdown body of a certification may contain. MDX is code as well as text: a `<script>`
 * element, an `onerror` attribute, a `{...}` expression or a `javascript:` link in a body would run
 * in readers' browsers or in the build. Bodies are text, so these are refused with the line to fix.
 */
import type { FieldDoc } from '../fields/field';
import type { ProblemParts } from '../fields/problem';
import { parseBody, walk, type MdxNode } from './mdx-tree';

/** A problem in a body, with its line counted from the body's first line. */
export interface BodyProblem {
  line: number;
  problem: ProblemParts;
}

/** What a body is and accepts, for its error messages. */
export const BODY_DOC: Omit<FieldDoc, 'description'> = {
  expected: 'Markdown text, lists, tables and links such as [AWS Skill Builder](https://skillbuilder.aws/)',
  examples: ['- [Official exam guide](https://example.org/exam-guide.pdf)'],
};

/** HTML elements an editor may write in a body; everything else (script, iframe, style, form ...) is refused. */
export const ALLOWED_BODY_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
]);

/**
 * Attributes an editor may write on those elements. Everything else is refused: event handlers, `style`,
 * and Astro directives such as `set:html` (which would write raw, unchecked HTML into the page).
 */
export const ALLOWED_BODY_ATTRIBUTES: ReadonlySet<string> = new Set([
  'alt',
  'cite',
  'class',
  'colspan',
  'datetime',
  'height',
  'href',
  'id',
  'lang',
  'open',
  'rowspan',
  'scope',
  'src',
  'title',
  'width',
]);

/** URL schemes a body link may use; a relative URL (`../isc2-cissp/`, `#anchor`) is fine too. */
const ALLOWED_URL_SCHEMES = new Set(['https:', 'http:', 'mailto:']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

function bodyProblem(reason: string, found: string): ProblemParts {
  return { reason, found, expected: BODY_DOC.expected, example: BODY_DOC.examples[0] };
}

/** The scheme of a URL when it is not https, http or mailto (`javascript:`, `data:`, `vbscript:` ...). */
export function unsafeScheme(url: string): string | undefined {
  // Browsers ignore control characters and spaces inside a scheme (`java\tscript:`), so compare without them.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(compact)?.[1]?.toLowerCase();
  return scheme !== undefined && !ALLOWED_URL_SCHEMES.has(scheme) ? scheme : undefined;
}

/**
 * Why a body URL cannot be used, or undefined. Besides unsafe schemes: a path from the site's root
 * (`/categories/`) would miss BASE_PATH, `//host` hides its scheme, and an image from another site is
 * blocked by the Content-Security-Policy (`img-src 'self'`).
 */
export function bodyUrlProblem(url: string, isImage: boolean): string | undefined {
  const trimmed = url.trim();
  const scheme = unsafeScheme(trimmed);
  if (scheme) return `uses a "${scheme}" URL, which is not allowed`;
  if (trimmed.startsWith('//')) return 'starts with "//"; write the full https:// address';
  if (trimmed.startsWith('/')) {
    return 'starts at the site’s root, which breaks under a BASE_PATH; link relatively, such as ../isc2-cissp/';
  }
  if (isImage && /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    return 'is an image from another site, which the site’s security policy blocks; add the image beside the entry';
  }
  return undefined;
}

type Report = (node: MdxNode, reason: string, found: string) => void;

function checkAttributes(node: MdxNode, name: string, report: Report): void {
  for (const attribute of node.attributes ?? []) {
    const attributeName = attribute.name ?? '';
    if (attribute.type !== 'mdxJsxAttribute') {
      report(node, `<${name}> has a {...} spread attribute, which runs JavaScript`, `<${name} {...}>`);
    } else if (!ALLOWED_BODY_ATTRIBUTES.has(attributeName) && !/^aria-[a-z]+$/.test(attributeName)) {
      const allowed = [...ALLOWED_BODY_ATTRIBUTES].join(', ');
      report(
        node,
        `the ${attributeName} attribute is not allowed (allowed: ${allowed} and aria-*)`,
        `<${name} ${attributeName}=…>`,
      );
    } else if (typeof attribute.value === 'object' && attribute.value !== null) {
      const reason = `<${name} ${attributeName}={...}> is a JavaScript expression; write the value in quotes`;
      report(node, reason, `<${name} ${attributeName}={…}>`);
    } else if (URL_ATTRIBUTES.has(attributeName) && typeof attribute.value === 'string') {
      const problem = bodyUrlProblem(attribute.value, name === 'img');
      if (problem) report(node, `the ${attributeName} of <${name}> ${problem}`, JSON.stringify(attribute.value));
    }
  }
}

function checkNode(node: MdxNode, report: Report): void {
  switch (node.type) {
    case 'mdxjsEsm':
      report(
        node,
        'import and export statements are not allowed in a certification body',
        JSON.stringify(String(node.value).split('\n')[0]),
      );
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      report(
        node,
        'curly braces start a JavaScript expression in MDX; to show a brace, write \\{ or \\}',
        `{${String(node.value)}}`,
      );
      break;
    case 'link':
    case 'image':
    case 'definition': {
      const problem = node.url === undefined ? undefined : bodyUrlProblem(node.url, node.type === 'image');
      if (problem)
        report(
          node,
          `the ${node.type === 'definition' ? 'link definition' : node.type} ${problem}`,
          JSON.stringify(node.url),
        );
      break;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (ALLOWED_BODY_ELEMENTS.has(name)) checkAttributes(node, name, report);
      else report(node, `the <${name}> element is not allowed in a certification body`, `<${name}>`);
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
        problem: bodyProblem(
          `the body is not valid MDX: ${rest.split('\n')[0]}. A bare "<" or "{" starts HTML or code in MDX; write ` +
            `"less than" or escape it as \\< and \\{`,
          'text MDX cannot read',
        ),
      },
    ];
  }
  const problems: BodyProblem[] = [];
  const report: Report = (node, reason, found) =>
    problems.push({ line: node.position?.start.line ?? 1, problem: bodyProblem(reason, found) });
  walk(tree, (node) => checkNode(node, report));
  return problems;
}
