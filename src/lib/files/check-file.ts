/**
 * Checks one certification file the way the build reads it: its front matter against the schema, and
 * its body against the body rules. Every problem keeps its parts (reason, found, expected, example).
 */
import { fieldIssueParams } from '../fields/field';
import { certificationSchema, committedVersionSchema, unknownFieldProblem, type CertificationData } from '../schema';
import { checkBody } from './body-rules';
import { slugOfFile } from './file-name';
import { placeholderProblems } from './placeholders';
import type { ContentProblem } from './problem';
import { FRONT_MATTER_DOC, FrontMatterError, readFrontMatter } from './read';

/** A file that passed its schema, with what the catalogue rules need. */
export interface CheckedFile {
  slug: string;
  file: string;
  data: CertificationData;
  /** The 1-based line of each front-matter key. */
  lines: Record<string, number>;
  /** The line of the opening `---`, where problems about a missing field point. */
  startLine: number;
  /** The front matter as the checker read it (dates as text), for the collection's own schema. */
  frontMatter: Readonly<Record<string, unknown>>;
  /** The Markdown after the front matter. */
  body: string;
}

/** Checks one file; `file` is the path shown in problems. A file with errors gives no `checked`. */
export function checkCertificationSource(
  file: string,
  source: string,
): { checked?: CheckedFile; problems: ContentProblem[] } {
  const at = (
    line: number,
    field: string,
    parts: Omit<ContentProblem, 'file' | 'line' | 'field' | 'severity'>,
    severity: ContentProblem['severity'] = 'error',
  ): ContentProblem => ({
    file,
    line,
    field,
    severity,
    ...parts,
  });
  let frontMatter;
  try {
    frontMatter = readFrontMatter(source);
  } catch (error) {
    if (error instanceof FrontMatterError) {
      const { reason, found } = error;
      return {
        problems: [
          at(error.line, 'front matter', { reason, ...(found !== undefined && { found }), ...FRONT_MATTER_DOC }),
        ],
      };
    }
    throw error;
  }
  const { data, lines, startLine, body, bodyLine } = frontMatter;
  const bodyLineOf = (line: number) => bodyLine + line - 1;
  const bodyProblems = checkBody(body).map(({ line, problem }) => at(bodyLineOf(line), 'body', problem));
  const result = certificationSchema.safeParse(data);
  if (result.success) {
    if (bodyProblems.length > 0) return { problems: bodyProblems };
    const warnings = placeholderProblems(body).map(({ line, problem }) =>
      at(bodyLineOf(line), 'body', problem, 'warning'),
    );
    const checked = { slug: slugOfFile(file), file, data: result.data, lines, startLine, frontMatter: data, body };
    return { checked, problems: warnings };
  }
  const fieldProblems = result.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => at(lines[key] ?? startLine, key, unknownFieldProblem(key)));
    }
    const key = String(issue.path[0] ?? '');
    const field = issue.path.map(String).join('.') || 'front matter';
    const params = fieldIssueParams(issue);
    const line = lines[key] ?? (params?.lineOf === undefined ? undefined : lines[params.lineOf]) ?? startLine;
    return [at(line, field, params?.problem ?? { reason: issue.message })];
  });
  return { problems: [...fieldProblems, ...bodyProblems] };
}

/**
 * The typed data of a committed version of a file, or nothing when today's field parsers refuse it
 * (`committedVersionSchema`): for the fact history, where a problem report would name no file an
 * editor can open.
 */
export function committedVersionData(source: string): CertificationData | undefined {
  try {
    const result = committedVersionSchema.safeParse(readFrontMatter(source).data);
    return result.success ? result.data : undefined;
  } catch (error) {
    if (error instanceof FrontMatterError) return undefined;
    throw error;
  }
}
