/**
 * Checks certification files the way the build reads them, and the catalogue as a whole: the schema
 * of each file, then the rules across files (slugs, near-duplicate names, duplicates, dates).
 * The build (through the collection loader) and `npm run check` both run this, so they agree.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkBody } from './body-rules';
import { certificationSchema, unknownFieldMessage, type CertificationData } from './certification-schema';
import type { ContentProblem, Severity } from './content-problem';
import { daysAfter, type CalendarDate } from './fields/calendar-date';
import { FrontMatterProblem, readFrontMatter } from './front-matter';
import { PLACEHOLDER } from './new-entry';
import { RESERVED_SLUGS } from './routes';
import { findNearDuplicates, mergeTerms, slugify, type NameUse } from './taxonomy';
import { VERIFICATION_MAX_AGE_MONTHS, verificationOf } from './verification';

/** A file that passed its schema, with what the catalogue rules need. */
export interface CheckedEntry {
  slug: string;
  file: string;
  data: CertificationData;
  /** The 1-based line of each front-matter key. */
  lines: Record<string, number>;
  startLine: number;
}

/** The extensions the collection reads. */
export const CERTIFICATION_EXTENSIONS = ['.md', '.mdx'] as const;

/** Lowercase letters and digits in hyphen-separated words: `aws-certified-cloud-practitioner`. */
const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug of a certification file: its name without the extension. */
export function slugOfFile(file: string): string {
  return path.basename(file).replace(/\.mdx?$/, '');
}

/** Checks one file: its front matter against the schema, and its body against the body rules. */
export function checkCertificationSource(file: string, source: string): { entry?: CheckedEntry; problems: ContentProblem[] } {
  const problem = (line: number, field: string, message: string): ContentProblem => ({
    file,
    line,
    field,
    severity: 'error',
    message,
  });
  let frontMatter;
  try {
    frontMatter = readFrontMatter(source);
  } catch (error) {
    if (error instanceof FrontMatterProblem) return { problems: [problem(error.line, 'front matter', error.reason)] };
    throw error;
  }
  const { data, lines, startLine, body, bodyLine } = frontMatter;
  const bodyProblems = checkBody(body).map((found) => problem(bodyLine + found.line - 1, 'body', found.message));
  const result = certificationSchema.safeParse(data);
  if (result.success) {
    const entry = { slug: slugOfFile(file), file, data: result.data, lines, startLine };
    return bodyProblems.length > 0 ? { problems: bodyProblems } : { entry, problems: placeholderWarnings(file, body, bodyLine) };
  }
  const fieldProblems = result.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => problem(lines[key] ?? startLine, key, unknownFieldMessage(key)));
    }
    const field = issue.path.map(String).join('.') || 'front matter';
    const key = String(issue.path[0] ?? '');
    const lineOf = issue.code === 'custom' ? (issue.params?.line_of as string | undefined) : undefined;
    return [problem(lines[key] ?? (lineOf ? lines[lineOf] : undefined) ?? startLine, field, issue.message)];
  });
  return { problems: [...fieldProblems, ...bodyProblems] };
}

/** Lines `npm run new` left for the editor to write: published, they would read as unfinished. */
function placeholderWarnings(file: string, body: string, bodyLine: number): ContentProblem[] {
  return body.split('\n').flatMap((text, index) =>
    text.includes(PLACEHOLDER)
      ? [{ file, line: bodyLine + index, field: 'body', severity: 'warning' as const, message: `"${PLACEHOLDER}" text from npm run new is still there; found: ${JSON.stringify(text.trim())}; expected: the section written out for students` }]
      : [],
  );
}

/** The rules that need every file at once; `today` decides what is in the future or too old. */
export function checkCatalogue(entries: readonly CheckedEntry[], today: CalendarDate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (entry: CheckedEntry, field: string, severity: Severity, message: string) =>
    problems.push({ file: entry.file, line: entry.lines[field] ?? entry.startLine, field, severity, message });

  for (const entry of entries) {
    checkSlug(entry, report);
    checkDates(entry, today, report);
  }
  const fileSlugs = groupBy(entries, (entry) => entry.slug);
  for (const [slug, group] of fileSlugs) {
    for (const entry of group.slice(1)) {
      report(entry, 'file name', 'error', `the slug "${slug}" is also the slug of ${group[0]?.file}; rename one of the files`);
    }
  }
  reportDuplicates(entries, 'title', (entry) => entry.data.title.toLowerCase(), report);
  reportDuplicates(
    entries.filter((entry) => entry.data.examCode),
    'exam_code',
    (entry) => `${slugify(entry.data.provider)}\u0000${entry.data.examCode?.toLowerCase()}`,
    report,
  );
  reportNearDuplicates(entries, 'categories', (entry) => entry.data.categories, report);
  reportNearDuplicates(entries, 'provider', (entry) => [entry.data.provider], report);
  return problems;
}

type Report = (entry: CheckedEntry, field: string, severity: Severity, message: string) => void;

/** Why a slug cannot name a certification file, or undefined: its format, a route of the site, or taken. */
export function slugProblem(slug: string, taken: ReadonlySet<string> = new Set()): string | undefined {
  if (!SLUG_FORMAT.test(slug)) return 'is not lowercase letters, digits and single hyphens';
  if (RESERVED_SLUGS.includes(slug)) return `"${slug}" is taken by a page of the site`;
  if (taken.has(slug)) return `a file named ${slug} already exists`;
  return undefined;
}

function checkSlug(entry: CheckedEntry, report: Report): void {
  const problem = slugProblem(entry.slug);
  if (!problem) return;
  const example = RESERVED_SLUGS.includes(entry.slug)
    ? `${entry.slug}-certification`
    : slugify(entry.slug).normalize('NFKD').replace(/[^a-z0-9-]/g, '') || 'aws-certified-cloud-practitioner';
  report(
    entry,
    'file name',
    'error',
    `the file name ${problem}; found: "${entry.slug}"; expected: lowercase letters, digits and single hyphens naming the certification, none of ${RESERVED_SLUGS.join(', ')}; example: ${example}.mdx`,
  );
}

function checkDates(entry: CheckedEntry, today: CalendarDate, report: Report): void {
  const { lastVerified, retirementDate, status } = entry.data;
  // A day of slack: an editor east of UTC may already be on tomorrow's date.
  if (lastVerified && lastVerified > daysAfter(today, 1)) {
    report(entry, 'last_verified', 'error', `the date is in the future (today is ${today}); found: ${lastVerified}; expected: the day the facts were checked against the official link; example: last_verified: ${today}`);
  } else if (verificationOf(lastVerified, today).kind === 'old') {
    report(
      entry,
      'last_verified',
      'warning',
      `last verified more than ${VERIFICATION_MAX_AGE_MONTHS} months ago; found: ${lastVerified}; expected: the facts checked again against the official link, and the date of that check; example: last_verified: ${today}`,
    );
  }
  if (status === 'retired' && retirementDate && retirementDate > today) {
    report(entry, 'status', 'error', `retired, but the retirement date is still to come; found: status: retired with retirement_date: ${retirementDate}; expected: retiring until that date; example: status: retiring`);
  }
  if (status === 'retiring' && retirementDate && retirementDate < today) {
    report(entry, 'status', 'warning', `the retirement date has passed; found: status: retiring with retirement_date: ${retirementDate}; expected: retired; example: status: retired`);
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

function reportDuplicates(
  entries: readonly CheckedEntry[],
  field: 'title' | 'exam_code',
  keyOf: (entry: CheckedEntry) => string,
  report: Report,
): void {
  for (const group of groupBy(entries, keyOf).values()) {
    const [first, ...others] = group;
    for (const entry of others) {
      const value = field === 'title' ? entry.data.title : entry.data.examCode;
      report(entry, field, 'error', `another file has the same ${field.replace('_', ' ')}; found: "${value}", also in ${first?.file}; expected: one file per certification (edit that one, or tell the two apart)`);
    }
  }
}

function reportNearDuplicates(
  entries: readonly CheckedEntry[],
  field: 'categories' | 'provider',
  namesOf: (entry: CheckedEntry) => string[],
  report: Report,
): void {
  const uses: NameUse[] = entries.flatMap((entry) => namesOf(entry).map((name) => ({ name, file: entry.file })));
  const byFile = new Map(entries.map((entry) => [entry.file, entry]));
  for (const pair of findNearDuplicates(mergeTerms(uses))) {
    // The spelling fewer files use is the likelier typo, so that is where the error points.
    const [first, second] = pair.second.files.length > pair.first.files.length ? [pair.second, pair.first] : [pair.first, pair.second];
    const where = (files: string[]) => files.join(', ');
    for (const file of second.files) {
      const entry = byFile.get(file);
      if (!entry) continue;
      report(
        entry,
        field,
        'error',
        `"${second.name}" looks like a misspelling of "${first.name}" (did you mean "${first.name}"?): "${first.name}" is used in ${where(first.files)}, "${second.name}" in ${where(second.files)}; expected: one spelling for one ${field === 'provider' ? 'provider' : 'category'}`,
      );
    }
  }
}

/** Reads and checks every certification file of a folder; `relativeTo` shortens the paths in problems. */
export async function checkCertificationFolder(
  folder: string,
  options: { today: CalendarDate; relativeTo?: string },
): Promise<{ files: string[]; entries: CheckedEntry[]; problems: ContentProblem[] }> {
  const names = (await readdir(folder))
    .filter((name) => CERTIFICATION_EXTENSIONS.some((extension) => name.endsWith(extension)))
    .sort();
  const files: string[] = [];
  const entries: CheckedEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const absolute = path.join(folder, name);
    const file = path.relative(options.relativeTo ?? process.cwd(), absolute).split(path.sep).join('/');
    files.push(file);
    const result = checkCertificationSource(file, await readFile(absolute, 'utf8'));
    if (result.entry) entries.push(result.entry);
    problems.push(...result.problems);
  }
  problems.push(...checkCatalogue(entries, options.today));
  return { files, entries, problems };
}
