/**
 * Reading the YAML front matter of a certification file, and every quirk of YAML readers. The checker
 * reads each key with its line, so that problems can point at the line to fix, and keeps unquoted
 * dates as text (YAML 1.2 core schema), so the schema can refuse impossible dates such as 2026-02-30
 * instead of rolling them over. The loader hands Astro this reading, so Astro's own YAML reader (which
 * turns date-like text into Dates) never reaches the schema.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

export interface FrontMatter {
  /** The parsed values, keyed by front-matter field. */
  data: Record<string, unknown>;
  /** The 1-based file line of each key. */
  lines: Record<string, number>;
  /** The file line of the opening `---`, where problems about a missing field point. */
  startLine: number;
  /** Everything after the closing `---`. */
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

/** The same delimiters Astro reads: an optional BOM or blank lines, `---`, the YAML, `---`. */
const FRONT_MATTER = /^(?<leading>\uFEFF?(?:\s*\n)?)---[^\S\n]*\n(?<yaml>[\s\S]*?\n)?---[^\S\n]*(?:\n|$)/;

/** What front matter is, for the problems of a file whose front matter cannot be read. */
export const FRONT_MATTER_DOC = {
  expected: 'a line "---", then one "field: value" line per field in YAML, then another line "---"',
  example: 'title: "AWS Certified Cloud Practitioner"',
} as const;

/** Front matter that cannot be read at all, with the line where reading stopped. */
export class FrontMatterError extends Error {
  /** Why the front matter cannot be read, for editors. */
  readonly reason: string;
  readonly line: number;
  /** The text of that line, when there is one. */
  readonly found?: string;

  constructor(reason: string, line: number, found?: string) {
    super(reason);
    this.name = 'FrontMatterError';
    this.reason = reason;
    this.line = line;
    if (found !== undefined) this.found = found;
  }
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/** Splits a file into its front matter (with key lines) and body; throws `FrontMatterError` when it cannot. */
export function readFrontMatter(source: string): FrontMatter {
  const normalized = source.replaceAll('\r\n', '\n');
  const match = FRONT_MATTER.exec(normalized);
  if (!match?.groups) {
    throw new FrontMatterError(
      'the file does not start with front matter: a line "---", the fields, and another line "---"',
      1,
    );
  }
  const startLine = countLines(match.groups.leading ?? '') + 1;
  const yamlText = match.groups.yaml ?? '';
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = document.errors[0];
  if (firstError) {
    const yamlLine = lineCounter.linePos(firstError.pos[0]).line;
    const found = JSON.stringify(yamlText.split('\n')[yamlLine - 1] ?? '');
    throw new FrontMatterError(
      `the front matter is not valid YAML: ${firstError.message.split('\n')[0]}`,
      startLine + yamlLine,
      found,
    );
  }
  if (document.contents !== null && !isMap(document.contents)) {
    throw new FrontMatterError('the front matter must be "field: value" lines', startLine + 1);
  }
  const lines: Record<string, number> = {};
  for (const pair of document.contents?.items ?? []) {
    if (isScalar(pair.key) && pair.key.range) {
      lines[String(pair.key.value)] = startLine + lineCounter.linePos(pair.key.range[0]).line;
    }
  }
  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  const body = normalized.slice(match[0].length);
  return { data, lines, startLine, body, bodyLine: countLines(match[0]) + 1 };
}

/** The body of a file whose front matter was read before (no YAML is parsed again): everything after it. */
export function bodyOf(source: string): string {
  const normalized = source.replaceAll('\r\n', '\n');
  const match = FRONT_MATTER.exec(normalized);
  return match ? normalized.slice(match[0].length) : normalized;
}
