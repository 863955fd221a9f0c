/**
 * The catalogue report for editors (`npm run report`): counts by kind and status, how old the checks
 * against official pages are, the levels of each provider and where they come from, the size and levels
 * of each category, and the entries most in need of a check, with why. Pure: it reads checked files.
 */
import { correctionsOf } from '../catalogue/corrections';
import { levelPlacementOf } from '../catalogue/placement';
import { verificationOf } from '../catalogue/verification';
import type { CalendarDate } from '../values/calendar-date';
import { LEVELS, type Level } from '../fields/level';
import type { CheckedFile } from '../files/check-file';
import { KINDS } from '../values/kinds';

/** The categories students look for most: an unchecked entry in one of them needs a check sooner. */
const MOST_SOUGHT = new Set([
  'Cloud',
  'AI',
  'Machine Learning',
  'Data',
  'Security',
  'Networking',
  'Project Management',
]);

export interface CatalogueReport {
  total: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  /** Retirements a provider's page has not confirmed yet. */
  reported: number;
  checks: { recent: number; old: number; never: number; corrected: number };
  providers: ProviderRow[];
  categories: CategoryRow[];
  needingCheck: NeedingCheck[];
}

export interface ProviderRow {
  provider: string;
  entries: number;
  checked: number;
  levels: Record<Level, number>;
  /** How many levels come from the provider's ladder, the general rule, years of experience or an exception. */
  basis: Record<'ladder' | 'general' | 'experience' | 'exception', number>;
}

export interface CategoryRow {
  category: string;
  entries: number;
  checked: number;
  levels: Record<Level, number>;
}

export interface NeedingCheck {
  file: string;
  title: string;
  score: number;
  reasons: string[];
}

const zeroLevels = (): Record<Level, number> =>
  Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<Level, number>;

function countBy<T>(items: readonly T[], key: (item: T) => string, order: readonly string[] = []) {
  const counts: Record<string, number> = Object.fromEntries(order.map((name) => [name, 0]));
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Why an entry needs a check, and how urgently (higher first). */
function needOf(entry: CheckedFile, today: CalendarDate): NeedingCheck | undefined {
  const { data } = entry;
  const verification = verificationOf(data.lastVerified, today);
  const reasons: [number, string][] = [];
  if (data.status !== 'active' && data.statusSource === 'reported')
    reasons.push([100, 'its retirement is reported, not confirmed on the provider’s page']);
  if (data.status === 'retiring') reasons.push([50, 'it is retiring: its dates and successor change soon']);
  if (verification.kind === 'old') reasons.push([40, `last checked on ${verification.date}, over a year ago`]);
  if (verification.kind === 'never' && data.status !== 'retired') {
    reasons.push([20, 'never checked against the official page']);
    if (correctionsOf(entry.slug).length > 0) reasons.push([30, 'some facts were corrected, the rest never checked']);
    const sought = data.categories.filter((category) => MOST_SOUGHT.has(category));
    if (sought.length > 0) reasons.push([10, `in ${sought.join(', ')}, which students look for most`]);
    if (data.fee === undefined && data.exams.length === 0 && !data.requiredCourse) reasons.push([5, 'no fee listed']);
  }
  if (reasons.length === 0) return undefined;
  return {
    file: entry.file,
    title: data.title,
    score: reasons.reduce((sum, [points]) => sum + points, 0),
    reasons: reasons.map(([, reason]) => reason),
  };
}

/** The report over every checked file, as of `today`. */
export function catalogueReport(entries: readonly CheckedFile[], today: CalendarDate): CatalogueReport {
  const checks = { recent: 0, old: 0, never: 0, corrected: 0 };
  for (const entry of entries) {
    checks[verificationOf(entry.data.lastVerified, today).kind] += 1;
    if (!entry.data.lastVerified && correctionsOf(entry.slug).length > 0) checks.corrected += 1;
  }
  const providers = new Map<string, ProviderRow>();
  const categories = new Map<string, CategoryRow>();
  for (const entry of entries) {
    const { data } = entry;
    const checked = data.lastVerified ? 1 : 0;
    const row = providers.get(data.provider) ?? {
      provider: data.provider,
      entries: 0,
      checked: 0,
      levels: zeroLevels(),
      basis: { ladder: 0, general: 0, experience: 0, exception: 0 },
    };
    row.entries += 1;
    row.checked += checked;
    row.levels[data.level] += 1;
    row.basis[levelPlacementOf(entry.slug, data).by] += 1;
    providers.set(data.provider, row);
    for (const category of data.categories) {
      const categoryRow = categories.get(category) ?? { category, entries: 0, checked: 0, levels: zeroLevels() };
      categoryRow.entries += 1;
      categoryRow.checked += checked;
      categoryRow.levels[data.level] += 1;
      categories.set(category, categoryRow);
    }
  }
  const needingCheck = entries
    .flatMap((entry) => needOf(entry, today) ?? [])
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
  return {
    total: entries.length,
    byKind: countBy(entries, (entry) => entry.data.kind, KINDS),
    byStatus: countBy(entries, (entry) => entry.data.status, ['active', 'retiring', 'retired']),
    reported: entries.filter((entry) => entry.data.status !== 'active' && entry.data.statusSource === 'reported')
      .length,
    checks,
    providers: [...providers.values()].sort((a, b) => b.entries - a.entries || a.provider.localeCompare(b.provider)),
    categories: [...categories.values()].sort((a, b) => b.entries - a.entries || a.category.localeCompare(b.category)),
    needingCheck,
  };
}

const cells = (levels: Record<Level, number>) => LEVELS.map((level) => String(levels[level]).padStart(6)).join('');

/** A table row's first columns: the name, the entries and how many are checked, then the levels. */
function counts(name: string, row: { entries: number; checked: number; levels: Record<Level, number> }): string {
  const numbers = [row.entries, row.checked].map((count) => String(count).padStart(5)).join('');
  return `${name.slice(0, 35).padEnd(36)}${numbers}${cells(row.levels)}`;
}

/** The report as text for a terminal: `limit` entries in need of a check. */
export function formatCatalogueReport(report: CatalogueReport, limit = 25): string {
  const lines: string[] = [];
  const tally = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([name, count]) => `${count} ${name}`)
      .join(', ');
  lines.push(`Catalogue: ${report.total} entries (${tally(report.byKind)})`);
  lines.push(
    `Status: ${tally(report.byStatus)}; ${report.reported} retirement(s) reported but not confirmed by the provider`,
  );
  const { recent, old, never, corrected } = report.checks;
  lines.push(
    `Checked against the official page: ${recent} within 12 months, ${old} longer ago, ${never} never ` +
      `(${corrected} of those with some facts corrected against an official page)`,
  );
  const header = LEVELS.map((level) => level.slice(0, 5).padStart(6)).join('');
  lines.push(
    '',
    'Levels by provider (entries, checked; levels; from the ladder / general rule / experience + exceptions)',
  );
  lines.push(`${'provider'.padEnd(36)}${'n'.padStart(5)}${'chk'.padStart(5)}${header}   basis`);
  for (const row of report.providers) {
    const { ladder, general, experience, exception } = row.basis;
    lines.push(`${counts(row.provider, row)}   ${ladder}/${general}/${experience}${exception ? ` +${exception}` : ''}`);
  }
  lines.push('', 'Categories (entries, checked; levels)');
  lines.push(`${'category'.padEnd(36)}${'n'.padStart(5)}${'chk'.padStart(5)}${header}`);
  for (const row of report.categories) {
    lines.push(counts(row.category, row));
  }
  lines.push(
    '',
    `Most in need of a check (${Math.min(limit, report.needingCheck.length)} of ${report.needingCheck.length})`,
  );
  for (const need of report.needingCheck.slice(0, limit)) {
    lines.push(`${String(need.score).padStart(4)}  ${need.file}: ${need.reasons.join('; ')}`);
  }
  return lines.join('\n');
}
