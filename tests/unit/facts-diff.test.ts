import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedCertificationFiles } from '../../src/lib/editor/changed-certification-files';
import { factsDiff } from '../../src/lib/editor/facts-diff';
import {
  certificationRepository,
  certificationText,
  type CertificationRepository,
} from '../support/certification-repository';

const usd = (amount: number) => ({ kind: 'paid', price: { amount, currency: 'USD' }, approx: [] });

describe('factsDiff of a branch’s commits', () => {
  let repository: CertificationRepository;
  beforeAll(() => {
    repository = certificationRepository();
  });
  afterAll(() => repository.remove());

  it('lists each added, removed, renamed, changed and unreadable file; counts the text-only change', () => {
    const { files } = changedCertificationFiles(repository.folder, repository.base, repository.head);
    expect(factsDiff(files)).toEqual({
      files: [
        {
          kind: 'added',
          path: 'added.mdx',
          title: 'Brand New',
          facts: [
            { fact: 'status', to: { status: 'active' } },
            { fact: 'level', to: 'Intermediate' },
            { fact: 'fee', to: usd(150) },
          ],
        },
        { kind: 'unreadable', path: 'broken.mdx', title: 'Soon Broken', base: 'read', head: 'refused' },
        {
          kind: 'changed',
          path: 'fee.mdx',
          title: 'Fee Raiser',
          changes: [{ fact: 'fee', from: usd(300), to: usd(330) }],
        },
        {
          kind: 'removed',
          path: 'gone.mdx',
          title: 'Gone Away',
          facts: [
            { fact: 'status', from: { status: 'active' } },
            { fact: 'level', from: 'Advanced' },
          ],
        },
        { kind: 'changed', path: 'new-name.mdx', title: 'Moving House', renamedFrom: 'old-name.mdx', changes: [] },
      ],
      unchanged: 1,
    });
  });
});

describe('factsDiff', () => {
  const file = (path: string, overrides: Record<string, unknown>) => ({ path, text: certificationText(overrides) });

  it('lists the fact changes of a renamed file that keeps its title', () => {
    const diff = factsDiff([
      { base: file('old.mdx', { title: 'Kept', fee: '$300' }), head: file('new.mdx', { title: 'Kept', fee: '$330' }) },
    ]);
    expect(diff.files).toEqual([
      {
        kind: 'changed',
        path: 'new.mdx',
        title: 'Kept',
        renamedFrom: 'old.mdx',
        changes: [{ fact: 'fee', from: usd(300), to: usd(330) }],
      },
    ]);
  });

  it('takes a renamed file whose old title is among its former titles for the same certification', () => {
    const diff = factsDiff([
      {
        base: file('old.mdx', { title: 'Cloud Associate' }),
        head: file('new.mdx', { title: 'Cloud Engineer Associate', former_titles: ['Cloud Associate'] }),
      },
    ]);
    expect(diff.files.map(({ kind }) => kind)).toEqual(['changed']);
  });

  it('tells a removal and an addition git paired by similar text (another title) from a rename', () => {
    const diff = factsDiff([
      { base: file('first.mdx', { title: 'First Exam' }), head: file('second.mdx', { title: 'Second Exam' }) },
    ]);
    expect(diff.files.map(({ kind, path }) => `${kind} ${path}`)).toEqual(['removed first.mdx', 'added second.mdx']);
  });

  it('says which side today’s parsers refuse, never skipping the file', () => {
    const refused = { path: 'old-schema.mdx', text: certificationText({ fee: 'two hundred dollars' }) };
    const diff = factsDiff([
      { base: refused, head: file('old-schema.mdx', { title: 'Mended' }) },
      { head: { path: 'new-but-broken.mdx', text: 'no front matter' } },
    ]);
    expect(diff).toEqual({
      files: [
        { kind: 'unreadable', path: 'old-schema.mdx', title: 'Mended', base: 'refused', head: 'read' },
        { kind: 'unreadable', path: 'new-but-broken.mdx', base: 'absent', head: 'refused' },
      ],
      unchanged: 0,
    });
  });

  it('counts, without listing, a file whose untracked fields alone change', () => {
    const diff = factsDiff([{ base: file('a.mdx', {}), head: file('a.mdx', { skills: ['One more skill'] }) }]);
    expect(diff).toEqual({ files: [], unchanged: 1 });
  });
});
