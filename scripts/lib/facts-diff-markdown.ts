/**
 * The facts diff (src/lib/editor/facts-diff.ts) as Markdown, for a pull request's comment and its CI job
 * summary: one table row per fact that changes, each value written as the certification page writes it
 * (`changeSides`, the formatters of the page's history). Here, beside the command, because the diff lives
 * with the editor tools and the formatters with the site, and only scripts read both.
 */
import type { FactChange } from '../../src/lib/catalogue/fact-history';
import type { FactsDiff, FileFactsDiff, Reading } from '../../src/lib/editor/facts-diff';
import { changeSides } from '../../src/lib/site/fact-history';
import { countOf } from '../../src/lib/text/plural';

/**
 * The first line of the Markdown, hidden when GitHub renders it: the workflow finds its own comment by it,
 * to update that comment on each push instead of adding another.
 */
export const FACTS_DIFF_MARKER = '<!-- cert-compass:facts-diff -->';

/** What a cell shows for a side without the fact (a fact added, a fact removed). */
const NONE = '—';

/** How a side of an unreadable file reads in its row. */
const READING_TEXT: Record<Reading, string> = { absent: NONE, read: 'read', refused: 'unreadable' };

type Row = [fact: string, before: string, after: string];

/** Text safe in one table cell: a `|` would end the cell, a line break the row, a `<` might open HTML. */
export function tableCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('<', '&lt;').replace(/\r?\n/g, '<br>');
}

const fileName = (path: string) => `\`${tableCell(path)}\``;

/** `Title (`file.mdx`)`, saying when the file is added or removed. */
function certificationCell(file: FileFactsDiff): string {
  const name = file.title === undefined ? fileName(file.path) : `${tableCell(file.title)} (${fileName(file.path)})`;
  if (file.kind === 'added') return `Added: ${name}`;
  if (file.kind === 'removed') return `Removed: ${name}`;
  return name;
}

/** One fact's row: its label, and each side as the page writes it (a dash for a side without it). */
function changeRow(change: FactChange): Row {
  const { term, from, to } = changeSides(change);
  return [term, tableCell(from ?? NONE), tableCell(to ?? NONE)];
}

/** The rows of one file, without its certification cell. */
function fileRows(file: FileFactsDiff): Row[] {
  if (file.kind === 'added' || file.kind === 'removed') return file.facts.map(changeRow);
  const renamed: Row[] = file.renamedFrom ? [['File', fileName(file.renamedFrom), fileName(file.path)]] : [];
  if (file.kind === 'changed') return [...renamed, ...file.changes.map(changeRow)];
  return [...renamed, ['Facts not compared', READING_TEXT[file.base], READING_TEXT[file.head]]];
}

/** The table: the certification named on its first row only, so each file reads as one block. */
function table(files: readonly FileFactsDiff[]): string[] {
  const rows = files.flatMap((file) =>
    fileRows(file).map((row, index) => [index === 0 ? certificationCell(file) : '', ...row]),
  );
  return [
    '| Certification | Fact | Before | After |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** The facts diff between two commits (full ids) as Markdown, the marker on its first line. */
export function factsDiffMarkdown(diff: FactsDiff, commits: { base: string; head: string }): string {
  const { files, unchanged } = diff;
  const short = (commit: string) => `\`${commit.slice(0, 7)}\``;
  const lines = [
    FACTS_DIFF_MARKER,
    '### Certification facts',
    '',
    `Tracked facts of the certification files changed between ${short(commits.base)} ` +
      `(where the branch left its base) and ${short(commits.head)}.`,
    '',
  ];
  if (files.length > 0) lines.push(...table(files));
  else
    lines.push(unchanged > 0 ? 'No tracked fact changes.' : 'No tracked fact changes: no certification file changed.');
  if (unchanged > 0)
    lines.push('', `${countOf(unchanged, 'file')} changed no tracked fact (only text or other fields).`);
  if (files.some(({ kind }) => kind === 'unreadable'))
    lines.push(
      '',
      'Unreadable: today’s field parsers refuse the file at that commit (a field since changed, or broken front ' +
        'matter), so its facts are not compared. `npm run check` names the problem in the head’s files.',
    );
  return `${lines.join('\n')}\n`;
}
