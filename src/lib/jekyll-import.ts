/**
 * Converting a Jekyll certification page (front matter + Markdown, like the original entry) into an
 * MDX entry. The front matter is kept exactly as written (every field, the legacy `layout` included);
 * the body is rewritten only where MDX would misread Markdown: braces, stray `<`, HTML comments,
 * unclosed void elements and `<https://...>` autolinks. Code spans and fenced code stay untouched.
 */
import { checkBody } from './body-rules';
import { FrontMatterProblem, readFrontMatter } from './front-matter';
import { escapeMdxText } from './mdx-text';
import { proposeSlug } from './new-entry';

export type JekyllConversion =
  | { ok: true; slug: string; mdx: string; notes: string[] }
  | { ok: false; reason: string };

const VOID_ELEMENTS = ['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'];
const VOID_TAG = new RegExp(`<(${VOID_ELEMENTS.join('|')})(\\s[^<>]*?)?\\s*/?>`, 'gi');
const TAG_START = /<(?=\/?[A-Za-z])/;

/** The slug for a Jekyll file name: without a `YYYY-MM-DD-` post prefix and the extension. */
export function slugOfJekyllFile(fileName: string): string {
  return proposeSlug(fileName.replace(/\.(md|markdown|mdx|html)$/i, '').replace(/^\d{4}-\d{2}-\d{2}-/, ''));
}

/** Rewrites one line of prose (outside code) for MDX. */
function convertProse(text: string): string {
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return part
        .replace(/<(https?:\/\/[^>\s]+)>/g, '[$1]($1)')
        .replace(/[{}]/g, (brace) => escapeMdxText(brace))
        .replace(VOID_TAG, (_tag, name: string, attributes = '') => `<${name}${attributes.trimEnd()} />`)
        .split(/(<[^<>]*>)/)
        .map((piece) => (piece.startsWith('<') && TAG_START.test(piece) && piece.endsWith('>') ? piece : piece.replace(/</g, '\\<')))
        .join('');
    })
    .join('');
}

/** Converts the Markdown body; returns the MDX body and notes on what changed. */
export function convertJekyllBody(body: string): { body: string; notes: string[] } {
  const notes: string[] = [];
  let comments = 0;
  const withoutComments = body.replace(/<!--[\s\S]*?-->/g, () => {
    comments += 1;
    return '';
  });
  if (comments > 0) notes.push(`removed ${comments} HTML comment${comments === 1 ? '' : 's'} (MDX has none)`);
  let fence: string | undefined;
  const lines = withoutComments.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return line;
    }
    return fence ? line : convertProse(line);
  });
  const converted = lines.join('\n');
  if (converted !== withoutComments) notes.push('escaped braces and stray "<", closed void elements and rewrote autolinks for MDX');
  return { body: converted, notes };
}

/** Converts one Jekyll page, or says why it cannot be converted. */
export function convertJekyllPage(fileName: string, source: string): JekyllConversion {
  const slug = slugOfJekyllFile(fileName);
  if (!slug) return { ok: false, reason: 'the file name has no letters or digits to make a page address from' };
  let frontMatter;
  try {
    frontMatter = readFrontMatter(source);
  } catch (error) {
    if (error instanceof FrontMatterProblem) return { ok: false, reason: `line ${error.line}: ${error.reason}` };
    throw error;
  }
  const liquid = /\{\{.*?\}\}|\{%.*?%\}/s.exec(frontMatter.body);
  if (liquid) {
    return { ok: false, reason: `it uses the Liquid template tag ${JSON.stringify(liquid[0].slice(0, 60))}, which only Jekyll can run; replace it with plain text first` };
  }
  const { body, notes } = convertJekyllBody(frontMatter.body);
  const remaining = checkBody(body);
  if (remaining.length > 0) {
    return { ok: false, reason: `the body cannot become safe MDX: line ${frontMatter.bodyLine + (remaining[0]?.line ?? 1) - 1}: ${remaining[0]?.message.split(';')[0]}` };
  }
  const header = source.replaceAll('\r\n', '\n').slice(0, source.replaceAll('\r\n', '\n').length - frontMatter.body.length);
  return { ok: true, slug, mdx: header + body, notes };
}
