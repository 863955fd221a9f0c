/**
 * The watcher's report, in Markdown for a GitHub issue and a terminal alike: the counts on top, then one
 * section per thing to do, most urgent first (gone, retiring, moved, changed), each page with its
 * certifications and the field that names it. Text from the pages themselves (retirement sentences) is
 * shown as code, so a provider's page can never mention a GitHub user or inject a link into the issue.
 */
import type { CalendarDate } from '../../values/calendar-date';
import { countOf } from '../../text/plural';
import { ACTION_KINDS, type ActionKind, type Finding, type FindingKind } from './classify';
import type { WatchRun } from './watch';

/** Each group's heading and what an editor should do about its pages. */
const GROUPS: Record<ActionKind, { heading: string; todo: string }> = {
  gone: {
    heading: 'Gone',
    todo:
      'Find where the page went, or the page that replaces it, and fix the field; ' +
      'if the certification ended, set its status.',
  },
  retiring: {
    heading: 'Now mentions retirement',
    todo: 'Read the announcement and set status, retirement_date, last_booking_date and replaced_by as it says.',
  },
  moved: {
    heading: 'Moved',
    todo: 'Point the field at the new address, after checking it is still the same certification.',
  },
  changed: {
    heading: 'Text changed',
    todo: 'Check the facts against the page, then update last_verified.',
  },
};

/** The counts' column headings, in the report's order. */
const COUNT_HEADINGS: Record<FindingKind, string> = {
  gone: 'Gone',
  retiring: 'Now retiring',
  moved: 'Moved',
  changed: 'Changed',
  unchanged: 'Unchanged',
  'first-seen': 'First seen',
};

/** Rows kept per group when the whole report does not fit `maxLength`, tried in turn. */
const ROW_LIMITS = [200, 100, 50, 20, 10, 5, 1];

/** How many pages of each kind a run found. */
export function countFindings(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(Object.keys(COUNT_HEADINGS).map((kind) => [kind, 0])) as Record<
    FindingKind,
    number
  >;
  for (const { kind } of findings) counts[kind]++;
  return counts;
}

/** How many pages an editor has something to do about. */
export function pagesToActOn(findings: readonly Finding[]): number {
  return findings.filter(({ kind }) => (ACTION_KINDS as readonly string[]).includes(kind)).length;
}

/** Text from elsewhere as inline code: nothing in it is read as Markdown, a mention or a link. */
function quoted(text: string): string {
  return `\`${text.replaceAll('`', "'")}\``;
}

/** A page's line and its certifications' lines. */
function pageRows(finding: Finding): string[] {
  const { target, kind, also, reason, movedTo, newEvidence } = finding;
  const notes = [
    ...(also.includes('moved') ? [`also moved to <${movedTo}>`] : []),
    ...(also.includes('changed') ? ['its text also changed'] : []),
  ];
  const what: Record<ActionKind, string> = {
    gone: `: ${reason}${movedTo ? ` (after redirects to <${movedTo}>)` : ''}`,
    retiring: ` says ${newEvidence.slice(0, 2).map(quoted).join(' … ')}`,
    moved: ` → <${movedTo}>`,
    changed: '',
  };
  const line = `- <${target.url}>${what[kind as ActionKind]}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`;
  return [line, ...target.uses.map((use) => `  - ${use.title} (\`${use.file}\`, ${use.field})`)];
}

/** The report with at most `rowLimit` pages per group. */
function render(findings: readonly Finding[], date: CalendarDate, rowLimit: number): string {
  const toAct = pagesToActOn(findings);
  const counts = countFindings(findings);
  const certifications = new Set(findings.flatMap(({ target }) => target.uses.map((use) => use.file))).size;
  const kinds = Object.keys(COUNT_HEADINGS) as FindingKind[];
  const lines = [
    `# Official pages: ${toAct === 0 ? 'nothing to act on' : `${countOf(toAct, 'page')} to act on`}`,
    '',
    `Checked ${countOf(findings.length, 'page')} named by ${countOf(certifications, 'certification')} on ${date}.`,
    '',
    `| ${kinds.map((kind) => COUNT_HEADINGS[kind]).join(' | ')} |`,
    `| ${kinds.map(() => '---:').join(' | ')} |`,
    `| ${kinds.map((kind) => counts[kind]).join(' | ')} |`,
  ];
  for (const kind of ACTION_KINDS) {
    const group = findings.filter((finding) => finding.kind === kind);
    if (group.length === 0) continue;
    lines.push('', `## ${GROUPS[kind].heading} (${group.length})`, '', GROUPS[kind].todo, '');
    lines.push(...group.slice(0, rowLimit).flatMap(pageRows));
    if (group.length > rowLimit) lines.push(`- … and ${countOf(group.length - rowLimit, 'more page')}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** The report of a run that could not reach most hosts: it says so, and lists no page as gone. */
function renderUnreachable(unreachable: NonNullable<WatchRun['unreachable']>, date: CalendarDate): string {
  const { hosts, of } = unreachable;
  const shown = hosts.slice(0, 20).map(quoted).join(', ');
  return [
    '# Official pages: could not check',
    '',
    `On ${date}, ${hosts.length} of ${countOf(of, 'host')} could not be reached at all (DNS or connection ` +
      'failures): the network was probably down, so no page is reported as gone and nothing was recorded. ' +
      'The next run compares with the last run that could check.',
    '',
    `Not reached: ${shown}${hosts.length > 20 ? `, and ${hosts.length - 20} more` : ''}.`,
    '',
  ].join('\n');
}

/**
 * The Markdown report of a run. With `maxLength` (a GitHub issue holds 65,536 characters), each group
 * lists fewer pages, with how many more there are, until the report fits.
 */
export function formatWatchReport(
  run: Pick<WatchRun, 'findings' | 'unreachable'>,
  options: { date: CalendarDate; maxLength?: number },
): string {
  if (run.unreachable) return renderUnreachable(run.unreachable, options.date);
  let report = render(run.findings, options.date, Infinity);
  for (const limit of ROW_LIMITS) {
    if (report.length <= (options.maxLength ?? Infinity)) break;
    report = render(run.findings, options.date, limit);
  }
  return report;
}
