import { describe, expect, it } from 'vitest';
import type { Finding, FindingKind } from '../../src/lib/editor/watcher/classify';
import { countFindings, formatWatchReport, pagesToActOn } from '../../src/lib/editor/watcher/report';

function finding(kind: FindingKind, slug: string, parts: Partial<Finding> = {}): Finding {
  const use = {
    title: `Title ${slug}`,
    file: `src/content/certifications/${slug}.mdx`,
    provider: 'P',
    status: 'active',
  };
  return {
    target: { url: `https://example.org/${slug}`, uses: [{ ...use, status: 'active', field: 'link' }] },
    kind,
    also: [],
    reason: '200 OK',
    newEvidence: [],
    ...parts,
  };
}

const findings: Finding[] = [
  finding('changed', 'changed'),
  finding('moved', 'moved', { movedTo: 'https://example.org/elsewhere' }),
  finding('unchanged', 'same'),
  finding('gone', 'gone', { reason: '404 Not Found' }),
  finding('retiring', 'retiring', {
    newEvidence: ['Ask @octocat: it ends on `31 March`.'],
    also: ['changed'],
  }),
  finding('first-seen', 'new'),
];

describe('formatWatchReport', () => {
  const report = formatWatchReport({ findings }, { date: '2026-12-07' });

  it('puts the counts on top and groups the pages by what to do, worst first', () => {
    expect(report).toMatch(
      /^# Official pages: 4 pages to act on\n\nChecked 6 pages named by 6 certifications on 2026-12-07\./,
    );
    expect(report).toContain('| Gone | Now retiring | Moved | Changed | Unchanged | First seen |\n');
    expect(report).toContain('| 1 | 1 | 1 | 1 | 1 | 1 |');
    expect(report.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Gone (1)',
      '## Now mentions retirement (1)',
      '## Moved (1)',
      '## Text changed (1)',
    ]);
  });

  it('names each page with what happened, and its certifications with their files and fields', () => {
    expect(report).toContain(
      '- <https://example.org/gone>: 404 Not Found\n  - Title gone (`src/content/certifications/gone.mdx`, link)',
    );
    expect(report).toContain('- <https://example.org/moved> → <https://example.org/elsewhere>\n');
    expect(report).toContain('- <https://example.org/changed>\n');
    expect(report).not.toContain('example.org/same');
    expect(report).not.toContain('example.org/new');
  });

  it('quotes page text as code, so it cannot mention anyone or add a link', () => {
    expect(report).toContain(
      "- <https://example.org/retiring> says `Ask @octocat: it ends on '31 March'.`; its text also changed",
    );
  });

  it('says when there is nothing to act on', () => {
    const quiet = formatWatchReport({ findings: [finding('unchanged', 'same')] }, { date: '2026-12-07' });
    expect(quiet).toMatch(/^# Official pages: nothing to act on\n/);
    expect(quiet).not.toContain('## ');
  });

  it('lists fewer pages per group until the report fits maxLength, saying how many more there are', () => {
    const many = Array.from({ length: 300 }, (_, index) => finding('gone', `page-${index}`, { reason: '410 Gone' }));
    const full = formatWatchReport({ findings: many }, { date: '2026-12-07' });
    const cut = formatWatchReport({ findings: many }, { date: '2026-12-07', maxLength: 10_000 });
    expect(full).not.toContain('more pages');
    expect(cut.length).toBeLessThanOrEqual(10_000);
    expect(cut).toContain('## Gone (300)');
    expect(cut).toMatch(/- … and \d+ more pages\.\n$/);
  });

  it('reports a run that reached no host as not checked, with no page gone', () => {
    const unreachable = { hosts: ['a.example', 'b.example'], of: 3 };
    const text = formatWatchReport({ findings, unreachable }, { date: '2026-12-07' });
    expect(text).toMatch(/^# Official pages: could not check\n/);
    expect(text).toContain('2 of 3 hosts could not be reached');
    expect(text).toContain('Not reached: `a.example`, `b.example`.');
    expect(text).not.toContain('## Gone');
  });
});

describe('countFindings and pagesToActOn', () => {
  it('count every kind, and the pages to act on', () => {
    expect(countFindings(findings)).toEqual({
      gone: 1,
      retiring: 1,
      moved: 1,
      changed: 1,
      unchanged: 1,
      'first-seen': 1,
    });
    expect(pagesToActOn(findings)).toBe(4);
  });
});
