/**
 * The rules that need every certification file at once: file slugs taken twice, duplicate titles and
 * exam codes, near-duplicate category and provider names, dates against today, and the relations
 * between certifications (each names an existing one, none itself, and no path goes round in a cycle),
 * and the job roles they name (each a role of the roles file).
 */
import { daysAfter, type CalendarDate } from '../values/calendar-date';
import { DATE_NOT_GIVEN } from '../fields/retirement-date';
import { CERT_ATLAS_RECORDS } from '../catalogue/cert-atlas-records';
import { canConvert, EXCHANGE_RATES } from '../values/exchange';
import { findNearDuplicates, mergeTerms, type NameUse } from '../catalogue/taxonomy';
import { VERIFICATION_MAX_AGE_MONTHS, verificationOf } from '../catalogue/verification';
import { termSlug } from '../text/slug';
import type { CheckedFile } from './check-file';
import { fileNameProblem } from './file-name';
import type { ContentProblem } from './problem';
import { REDIRECTS_FILE } from './redirects';
import type { Report } from './report';
import { checkLifecycle } from './check-lifecycle';
import { checkRelations } from './check-relations';
import { checkRoles } from './check-roles';
import { titleKeys } from '../text/title-key';

/** The rules that need every file at once; `today` decides what is in the future or too old. */
export function checkCatalogue(
  files: readonly CheckedFile[],
  today: CalendarDate,
  /** The exam ids of the committed Cert Atlas snapshot; sources are not checked against it when not given. */
  certAtlasRecords?: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  /** Every file's slug, those with errors of their own included (a relation to one of them is not unknown). */
  allSlugs: ReadonlySet<string> = new Set(files.map((checked) => checked.slug)),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (checked, field, severity, parts) =>
    problems.push({ file: checked.file, line: checked.lines[field] ?? checked.startLine, field, severity, ...parts });

  for (const checked of files) {
    const fileName = fileNameProblem(checked.slug);
    if (fileName) report(checked, 'file name', 'error', fileName);
    checkDates(checked, today, report);
    checkFeeCurrencies(checked, report);
    if (certAtlasRecords) checkSourceRecord(checked, certAtlasRecords, report);
  }
  reportTakenSlugs(files, report);
  reportDuplicates(files, 'title', (checked) => checked.data.title, report);
  reportSameCertification(files, report);
  reportNearDuplicates(files, 'categories', (checked) => checked.data.categories, report);
  reportNearDuplicates(files, 'provider', (checked) => [checked.data.provider], report);
  checkRelations(files, allSlugs, report);
  checkLifecycle(files, allSlugs, report);
  checkRoles(files, report);
  return problems;
}

/** A `cert-atlas/<exam_id>` source must name a record of the snapshot, so anyone can trace the numbers. */
function checkSourceRecord(
  checked: CheckedFile,
  records: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  report: Report,
): void {
  const { source } = checked.data;
  if (source?.kind !== 'cert-atlas' || records.has(source.examId)) return;
  report(checked, 'source', 'error', {
    reason: `no record ${source.examId} in ${CERT_ATLAS_RECORDS}, so nobody could trace these facts`,
    found: `cert-atlas/${source.examId}`,
    expected:
      `the id of a record in ${CERT_ATLAS_RECORDS} (npm run import:cert-atlas adds it), ` +
      'or the https page the facts are from',
    example: 'source: cert-atlas/isc2-cissp',
  });
}

function checkDates(checked: CheckedFile, today: CalendarDate, report: Report): void {
  const { lastVerified, status } = checked.data;
  const retirementDate = checked.data.retirementDate === DATE_NOT_GIVEN ? undefined : checked.data.retirementDate;
  // A day of slack: an editor east of UTC may already be on tomorrow's date.
  if (lastVerified && lastVerified > daysAfter(today, 1)) {
    report(checked, 'last_verified', 'error', {
      reason: `the date is in the future (today is ${today})`,
      found: lastVerified,
      expected: 'the day the facts were checked against the official link',
      example: `last_verified: ${today}`,
    });
  } else if (verificationOf(lastVerified, today).kind === 'old') {
    report(checked, 'last_verified', 'warning', {
      reason: `last verified more than ${VERIFICATION_MAX_AGE_MONTHS} months ago`,
      found: lastVerified,
      expected: 'the facts checked again against the official link, and the date of that check',
      example: `last_verified: ${today}`,
    });
  }
  if (status === 'retired' && retirementDate && retirementDate > today) {
    report(checked, 'status', 'error', {
      reason: 'retired, but the retirement date is still to come',
      found: `status: retired with retirement_date: ${retirementDate}`,
      expected: 'retiring until that date',
      example: 'status: retiring',
    });
  }
  if (status === 'retiring' && retirementDate && retirementDate < today) {
    report(checked, 'status', 'warning', {
      reason: 'the retirement date has passed',
      found: `status: retiring with retirement_date: ${retirementDate}`,
      expected: 'retired',
      example: 'status: retired',
    });
  }
}

/**
 * A fee in a currency the exchange-rates file cannot convert would fall out of the fee bands and the
 * fee sort, so it is an error until the rates file has that currency.
 */
function checkFeeCurrencies(checked: CheckedFile, report: Report): void {
  const { fee } = checked.data;
  if (fee?.kind !== 'paid') return;
  const missing = [fee.price, ...fee.approx].map((money) => money.currency).filter((currency) => !canConvert(currency));
  for (const currency of new Set(missing)) {
    report(checked, 'fee', 'error', {
      reason: `src/data/exchange-rates.json has no rate for ${currency}, so the fee cannot be compared with others`,
      found: currency,
      expected: `one of ${Object.keys(EXCHANGE_RATES.rates).join(', ')}, or a rate for ${currency} in the rates file`,
      example: `fee: "$300"`,
    });
  }
}

/** Groups items by key in one pass; items whose key is undefined are left out. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function reportTakenSlugs(files: readonly CheckedFile[], report: Report): void {
  for (const [slug, [first, ...others]] of groupBy(files, (checked) => checked.slug)) {
    for (const checked of others) {
      report(checked, 'file name', 'error', {
        reason: `the slug "${slug}" is also the slug of ${first?.file}; rename one of the files`,
        found: JSON.stringify(checked.file),
        expected: 'one file per slug: the same name with .md and .mdx is two files for one page',
        example: `${slug}-2.mdx`,
      });
    }
  }
}

/** One file per title, whoever awards it: two pages with one title would confuse every student. */
function reportDuplicates(
  files: readonly CheckedFile[],
  field: 'title',
  valueOf: (checked: CheckedFile) => string | undefined,
  report: Report,
): void {
  for (const [first, ...others] of groupBy(files, (checked) => valueOf(checked)?.toLowerCase()).values()) {
    for (const checked of others) {
      report(checked, field, 'error', {
        reason: 'another file has the same title',
        found: `"${valueOf(checked)}", also in ${first?.file}`,
        expected: 'one file per certification (edit that one, or tell the two apart)',
        example: `title: "${valueOf(checked)} (2025 edition)"`,
      });
    }
  }
}

/**
 * Two current entries of one provider are the same certification when they share an exam code or
 * their titles name the same thing (`titleKeys`): reported on the later file, naming both files and
 * lines. Exam codes of different providers may coincide (Cisco's and Meta's 200-301).
 */
function reportSameCertification(files: readonly CheckedFile[], report: Report): void {
  const current = files.filter((checked) => checked.data.status !== 'retired');
  const providerOf = (checked: CheckedFile) => termSlug(checked.data.provider);
  const place = (checked: CheckedFile, field: string) => `${checked.file}:${checked.lines[field] ?? checked.startLine}`;
  const suggestion =
    'one file: merge the two (keep the better-sourced facts) and add the removed slug to ' +
    `${REDIRECTS_FILE} beside the certification files`;
  const reported = new Set<CheckedFile>();
  const byCode = groupBy(current, (checked) => {
    const code = checked.data.examCode?.toLowerCase();
    return code === undefined ? undefined : `${providerOf(checked)}\u0000${code}`;
  });
  for (const [first, ...others] of byCode.values()) {
    for (const checked of others) {
      reported.add(checked);
      report(checked, 'exam_code', 'error', {
        reason: `another current entry of ${checked.data.provider} has the same exam code`,
        found: `"${checked.data.examCode}" at ${place(checked, 'exam_code')}, also at ${place(first!, 'exam_code')}`,
        expected: suggestion,
        example: `exam_code: ${checked.data.examCode} (in one of the two files only)`,
      });
    }
  }
  const byTitle = new Map<string, CheckedFile>();
  for (const checked of current) {
    for (const key of titleKeys(checked.data.title, checked.data.provider)) {
      const mapKey = `${providerOf(checked)}\u0000${key}`;
      const first = byTitle.get(mapKey);
      if (!first) {
        byTitle.set(mapKey, checked);
        continue;
      }
      // The same title twice is the title rule's to report.
      const sameTitle = first.data.title.toLowerCase() === checked.data.title.toLowerCase();
      if (first === checked || reported.has(checked) || sameTitle) continue;
      reported.add(checked);
      report(checked, 'title', 'error', {
        reason: `the title names the same certification as another current entry of ${checked.data.provider}`,
        found:
          `"${checked.data.title}" at ${place(checked, 'title')}, ` +
          `and "${first.data.title}" at ${place(first, 'title')}`,
        expected: suggestion,
        example: `title: "${first.data.title}" (in one file, the other removed)`,
      });
    }
  }
}

function reportNearDuplicates(
  files: readonly CheckedFile[],
  field: 'categories' | 'provider',
  namesOf: (checked: CheckedFile) => string[],
  report: Report,
): void {
  const uses: NameUse[] = files.flatMap((checked) => namesOf(checked).map((name) => ({ name, file: checked.file })));
  const byFile = new Map(files.map((checked) => [checked.file, checked]));
  const what = field === 'provider' ? 'provider' : 'category';
  for (const pair of findNearDuplicates(mergeTerms(uses))) {
    // The spelling fewer files use is the likelier typo, so that is where the error points.
    const [first, second] =
      pair.second.files.length > pair.first.files.length ? [pair.second, pair.first] : [pair.first, pair.second];
    for (const file of second.files) {
      const checked = byFile.get(file);
      if (!checked) continue;
      report(checked, field, 'error', {
        reason: `"${second.name}" looks like a misspelling of "${first.name}" (did you mean "${first.name}"?)`,
        found: `"${first.name}" is used in ${first.files.join(', ')}, "${second.name}" in ${second.files.join(', ')}`,
        expected: `one spelling for one ${what}`,
        example: field === 'provider' ? `provider: "${first.name}"` : `categories: ["${first.name}"]`,
      });
    }
  }
}
