/**
 * The main text of an official page, and its digest. The watcher compares digests between runs, so the
 * text leaves out what changes without the facts changing: scripts, styles, the site's navigation, and
 * (outside `<main>`) the banner header and the footer with its year and cookie links. parse5 reads HTML
 * the way browsers do, so broken markup gives the text a browser would show instead of an error.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content is never text a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'canvas', 'object']);

/** The site's frame rather than the page's content; `<header>` and `<footer>` count only outside `<main>`. */
const FRAME = new Set(['nav', 'header', 'footer']);

/** Elements that end a line of text, so sentences and list items do not run together. */
const BLOCKS = new Set(
  (
    'address article aside blockquote br dd details div dl dt figcaption figure form h1 h2 h3 h4 h5 h6 hr li ' +
    'main ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** The first element matching `test`, depth first, skipping what is never text. */
function findElement(node: Node, test: (element: Element) => boolean): Element | undefined {
  for (const child of childrenOf(node)) {
    if (!isElement(child) || NOT_TEXT.has(child.tagName)) continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

const isMain = (element: Element) =>
  element.tagName === 'main' || element.attrs.some((attr) => attr.name === 'role' && attr.value === 'main');

/** Appends the text under `node` to `parts`, a line break after each block. */
function collectText(node: Node, skipped: ReadonlySet<string>, parts: string[]): void {
  for (const child of childrenOf(node)) {
    // Line breaks in the source are spaces to a reader; only blocks end lines.
    if (child.nodeName === '#text' && 'value' in child) parts.push(child.value.replace(/\s+/g, ' '));
    if (!isElement(child) || NOT_TEXT.has(child.tagName) || skipped.has(child.tagName)) continue;
    collectText(child, skipped, parts);
    if (BLOCKS.has(child.tagName)) parts.push('\n');
  }
}

/**
 * The text of a page's `<main>` (or `role="main"`), else of its body without the banner header and the
 * footer; navigation never. One line per block, spaces collapsed, blank lines dropped.
 */
export function mainTextOf(html: string): string {
  const document = parse(html);
  const main = findElement(document, isMain);
  // parse5 always builds a body, as browsers do, whatever the markup.
  const body = findElement(document, (element) => element.tagName === 'body');
  const parts: string[] = [];
  collectText(main ?? body ?? document, main ? new Set(['nav']) : FRAME, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The digest the watcher keeps of a page's text (or of its bytes, for a PDF), in base64url. */
export function digestOf(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('base64url');
}
