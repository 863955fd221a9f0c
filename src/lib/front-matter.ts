/**
 * Reads the YAML front matter of a certification file together with the line of each key, so that
 * problems can point at the line to fix. Unquoted dates stay text here (YAML 1.2 core schema), which
 * lets the schema refuse impossible dates such as 2026-02-30 instead of rolling them over.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { FieldProblem } from './fields/problem';

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

/** A front-matter problem with the line it is on. */
export class FrontMatterProblem extends FieldProblem {
  readonly line: number;

  constructor(reason: string, line: number) {
    super(reason);
    this.line = line;
  }
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/** Splits a file into its front matter (with key lines) and body; throws `FrontMatterProblem` when it cannot. */
export function readFrontMatter(source: string): FrontMatter {
  const normalized = source.replaceAll('\r\n', '\n');
  const match = FRONT_MATTER.exec(normalized);
  if (!match?.groups) {
    throw new FrontMatterProblem(
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
    const line = startLine + lineCounter.linePos(firstError.pos[0]).line;
    throw new FrontMatterProblem(`the front matter is not valid YAML: ${firstError.message.split('\n')[0]}`, line);
  }
  if (document.contents !== null && !isMap(document.contents)) {
    throw new FrontMatterProblem('the front matter must be "field: value" lines', startLine + 1);
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
