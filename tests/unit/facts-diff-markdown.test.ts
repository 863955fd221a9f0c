import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTS_DIFF_MARKER, factsDiffMarkdown, tableCell } from '../../scripts/lib/facts-diff-markdown';
import type { FactChange } from '../../src/lib/catalogue/fact-history';
import { changedCertificationFiles } from '../../src/lib/editor/changed-certification-files';
import { factsDiff, type FactsDiff } from '../../src/lib/editor/facts-diff';
import { certificationRepository, type CertificationRepository } from '../support/certification-repository';

const COMMITS = { base: '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', head: '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' };
const CAPTION =
  'Tracked facts of the certification files changed between `1111111` (where the branch left its base) and `2222222`.';
/** Fee: $from → $to. */
const feeChange = (from: number, to: number): FactChange => ({
  fact: 'fee',
  from: { kind: 'paid', price: { amount: from, currency: 'USD' }, approx: [] },
  to: { kind: 'paid', price: { amount: to, currency: 'USD' }, approx: [] },
});

describe('factsDiffMarkdown of a branch’s commits', () => {
  let repository: CertificationRepository;
  beforeAll(() => {
    repository = certificationRepository();
  });
  afterAll(() => repository.remove());

  it('writes a row per fact, old → new, as the certification page writes them', () => {
    const compared = changedCertificationFiles(repository.folder, repository.base, repository.head);
    const markdown = factsDiffMarkdown(factsDiff(compared.files), { ...COMMITS });
    expect(markdown).toBe(
      [
        FACTS_DIFF_MARKER,
        '### Certification facts',
        '',
        CAPTION,
        '',
        '| Certification | Fact | Before | After |',
        '| --- | --- | --- | --- |',
        '| Added: Brand New (`added.mdx`) | Status | — | Active |',
        '|  | Level | — | Intermediate |',
        '|  | Fee | — | $150 |',
        '| Soon Broken (`broken.mdx`) | Facts not compared | read | unreadable |',
        '| Fee Raiser (`fee.mdx`) | Fee | $300 | $330 |',
        '| Removed: Gone Away (`gone.mdx`) | Status | Active | — |',
        '|  | Level | Advanced | — |',
        '| Moving House (`new-name.mdx`) | File | `old-name.mdx` | `new-name.mdx` |',
        '',
        '1 file changed no tracked fact (only text or other fields).',
        '',
        'Unreadable: today’s field parsers refuse the file at that commit (a field since changed, or broken front ' +
          'matter), so its facts are not compared. `npm run check` names the problem in the head’s files.',
        '',
      ].join('\n'),
    );
  });
});

describe('factsDiffMarkdown', () => {
  it('starts with the hidden marker the workflow finds its comment by', () => {
    expect(factsDiffMarkdown({ files: [], unchanged: 0 }, COMMITS).split('\n')[0]).toBe(
      '<!-- cert-compass:facts-diff -->',
    );
  });

  it('says there are no tracked fact changes, and no table, when no certification file changed', () => {
    expect(factsDiffMarkdown({ files: [], unchanged: 0 }, COMMITS)).toBe(
      `${FACTS_DIFF_MARKER}\n### Certification facts\n\n${CAPTION}\n\n` +
        'No tracked fact changes: no certification file changed.\n',
    );
  });

  it('counts the files that changed no tracked fact when there is nothing else to show', () => {
    const markdown = factsDiffMarkdown({ files: [], unchanged: 3 }, COMMITS);
    expect(markdown).toContain(
      '\nNo tracked fact changes.\n\n3 files changed no tracked fact (only text or other fields).\n',
    );
    expect(markdown).not.toContain('|');
  });

  it('escapes a pipe, a line break and a tag in a title so the table keeps its shape', () => {
    const diff: FactsDiff = {
      files: [
        {
          kind: 'changed',
          path: 'odd.mdx',
          title: 'A | B\nC <b>',
          changes: [feeChange(1, 2)],
        },
      ],
      unchanged: 0,
    };
    expect(factsDiffMarkdown(diff, COMMITS)).toContain('\n| A \\| B<br>C &lt;b> (`odd.mdx`) | Fee | $1 | $2 |\n');
  });

  it('shows the move of a renamed file its parsers refuse, and a side that does not exist as a dash', () => {
    const diff: FactsDiff = {
      files: [
        { kind: 'unreadable', path: 'new.mdx', renamedFrom: 'old.mdx', base: 'refused', head: 'read', title: 'T' },
        { kind: 'unreadable', path: 'added.mdx', base: 'absent', head: 'refused' },
      ],
      unchanged: 0,
    };
    const rows = factsDiffMarkdown(diff, COMMITS)
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Certification') && !line.startsWith('| ---'));
    expect(rows).toEqual([
      '| T (`new.mdx`) | File | `old.mdx` | `new.mdx` |',
      '|  | Facts not compared | unreadable | read |',
      '| `added.mdx` | Facts not compared | — | unreadable |',
    ]);
  });
});

describe('tableCell', () => {
  it('escapes pipes, turns Windows and Unix line breaks into <br>, and defuses tags', () => {
    expect(tableCell('a|b\r\nc\nd <!-- x -->')).toBe('a\\|b<br>c<br>d &lt;!-- x -->');
  });
});
