/**
 * Converting a Jekyll certification page (front matter + Markdown, like the original entry) into an
 * MDX entry. The front matter is kept exactly as written (every field, the legacy `layout` included);
 * the body is rewritten only where MDX would misread Markdown: braces, stray `<`, HTML comments,
 * unclosed void elements and `<https://...>` autolinks. Code spans and fenced code stay untouched.
 */
import { problemMessage } from '../fields/problem';
import { checkBody } from '../files/body-rules';
import { slugOfJekyllFile } from '../files/file-name';
import { FrontMatterError, readFrontMatter } from '../files/read';
import { countOf } from '../text/plural';
import { escapeMdxText } from './mdx-text';

export type JekyllConversion = { ok: true; slug: string; mdx: string; notes: string[] } | { ok: false; reason: string };

const VOID_ELEMENTS = [
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
];
const VOID_TAG = new RegExp(`<(${VOID_ELEMENTS.join('|')})(\\s[^<>]*?)?\\s*/?>`, 'gi');
const TAG_START = /<(?=\/?[A-Za-z])/;

/** Rewrites prose outside code spans for MDX. */
function convertProse(text: string): string {
  return text
    .replace(/<(https?:\/\/[^>\s]+)>/g, '[$1]($1)')
    .replace(/[{}]/g, (brace) => escapeMdxText(brace))
    .replace(VOID_TAG, (_tag, name: string, attributes = '') => `<${name}${attributes.trimEnd()} />`)
    .split(/(<[^<>]*>)/)
    .map((piece) =>
      piece.startsWith('<') && TAG_START.test(piece) && piece.endsWith('>') ? piece : piece.replace(/</g, '\\<'),
    )
    .join('');
}

/** A Liquid tag (`{{ ... }}`, `{% ... %}`) in prose, which only Jekyll can run. */
const LIQUID = /\{\{.*?\}\}|\{%.*?%\}/;

/** Takes HTML comments out of a piece of prose; `comments.open` carries a comment on to the next line. */
function withoutComments(text: string, comments: { open: boolean; count: number }): string {
  let kept = '';
  let rest = text;
  while (rest) {
    const marker = comments.open ? rest.indexOf('-->') : rest.indexOf('<!--');
    if (marker === -1) {
      if (!comments.open) kept += rest;
      break;
    }
    if (!comments.open) {
      kept += rest.slice(0, marker);
      comments.count += 1;
    }
    rest = rest.slice(marker + (comments.open ? 3 : 4));
    comments.open = !comments.open;
  }
  return kept;
}

/** A fence line (```` ``` ```` or `~~~`), with what follows the marker. */
const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;

/**
 * Converts the Markdown body; returns the MDX body, notes on what changed, and the first Liquid tag
 * found in prose, if any. Fenced code and code spans are left exactly as written; a removed comment
 * leaves its line breaks, so line numbers stay those of the Jekyll file.
 */
export function convertJekyllBody(body: string): { body: string; notes: string[]; liquid?: string } {
  const comments = { open: false, count: 0 };
  let fence: { character: string; length: number } | undefined;
  let liquid: string | undefined;
  let rewritten = false;
  const lines = body.split('\n').map((line): string => {
    const [, marker, after = ''] = FENCE.exec(line) ?? [];
    if (marker && !comments.open) {
      // A fence closes only with the same character, at least as long, and nothing after it.
      if (!fence) fence = { character: marker.charAt(0), length: marker.length };
      else if (marker.charAt(0) === fence.character && marker.length >= fence.length && !after.trim())
        fence = undefined;
      return line;
    }
    if (fence) return line;
    return line
      .split(/(`+[^`]*`+)/)
      .map((part, index) => {
        if (index % 2 === 1 && !comments.open) return part;
        const prose = withoutComments(part, comments);
        liquid ??= LIQUID.exec(prose)?.[0];
        const converted = convertProse(prose);
        rewritten ||= converted !== prose;
        return converted;
      })
      .join('');
  });
  const notes: string[] = [];
  if (comments.count > 0) notes.push(`removed ${countOf(comments.count, 'HTML comment')} (MDX has none)`);
  if (rewritten) notes.push('escaped braces and stray "<", closed void elements and rewrote autolinks for MDX');
  return { body: lines.join('\n'), notes, ...(liquid && { liquid }) };
}

/** Converts one Jekyll page, or says why it cannot be converted. */
export function convertJekyllPage(fileName: string, source: string): JekyllConversion {
  const slug = slugOfJekyllFile(fileName);
  if (!slug) return { ok: false, reason: 'the file name has no letters or digits to make a page address from' };
  let frontMatter;
  try {
    frontMatter = readFrontMatter(source);
  } catch (error) {
    if (error instanceof FrontMatterError) return { ok: false, reason: `line ${error.line}: ${error.reason}` };
    throw error;
  }
  const { body, notes, liquid } = convertJekyllBody(frontMatter.body);
  if (liquid) {
    return {
      ok: false,
      reason:
        `it uses the Liquid template tag ${JSON.stringify(liquid.slice(0, 60))}, which only Jekyll can run; ` +
        `replace it with plain text first`,
    };
  }
  const [remaining] = checkBody(body);
  if (remaining) {
    const line = frontMatter.bodyLine + remaining.line - 1;
    return { ok: false, reason: `the body cannot become safe MDX: line ${line}: ${problemMessage(remaining.problem)}` };
  }
  const header = source
    .replaceAll('\r\n', '\n')
    .slice(0, source.replaceAll('\r\n', '\n').length - frontMatter.body.length);
  return { ok: true, slug, mdx: header + body, notes };
}
