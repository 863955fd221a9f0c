import { checkedOn } from '../support/sample';
import { describe, expect, it } from 'vitest';
import { DRAFT_FIELDS, renderEntryDraft, type EntryDraft } from '../../src/lib/editor/new-entry';
import { checkCertificationSource } from '../../src/lib/files/check-file';
import { PLACEHOLDER } from '../../src/lib/files/placeholders';

const complete: EntryDraft = {
  title: 'Sample Certified Engineer',
  provider: 'Sample Org',
  level: 'Beginner',
  link: 'https://example.org/cert',
  categories: ['Cloud'],
  overview: 'Proves {sample} skills <really>.',
  short_description: 'A sample.',
  fee: '$150',
  exam_format: '60 questions, 90 minutes, online proctored',
  validity: '3 years',
  skills: ['Python {3}', 'SQL <joins>'],
  ...checkedOn('2026-06-13'),
};

describe('renderEntryDraft', () => {
  it('writes a file that passes the checks, with the original entry’s sections', () => {
    const { mdx, blanks } = renderEntryDraft(complete);
    expect(blanks).toEqual([]);
    const { checked, problems } = checkCertificationSource('sample.mdx', mdx);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(checked?.data.overview).toBe('Proves {sample} skills <really>.');
    const headings = [...mdx.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual([
      'Overview',
      'Recommended Background',
      'Skills You’ll Gain',
      'Exam Details',
      'Fees and Validity',
      'Official Resources',
      'Career Outlook',
    ]);
    expect(mdx).toContain('- Python \\{3\\}\n- SQL \\<joins\\>');
    expect(checked?.data.skills).toEqual(['Python {3}', 'SQL <joins>']);
  });

  it('marks what is still to be written, and the checker warns about it', () => {
    const { mdx } = renderEntryDraft(complete);
    const warnings = checkCertificationSource('sample.mdx', mdx).problems.filter(
      (problem) => problem.severity === 'warning',
    );
    expect(warnings.map((warning) => warning.field)).toEqual(['body', 'body', 'body', 'body', 'body']);
    expect(mdx.split(PLACEHOLDER)).toHaveLength(6);
  });

  it('does not copy the fee, format or validity into the body, where they would go stale', () => {
    const { mdx } = renderEntryDraft(complete);
    const body = mdx.slice(mdx.indexOf('\n---\n', 4));
    for (const fact of ['$150', '60 questions', '3 years']) expect(body).not.toContain(fact);
  });

  it('writes missing required fields as marked blanks that fail the checks, naming each one', () => {
    const missing = [
      'provider',
      'level',
      'overview',
      'short_description',
      'categories',
      'link',
      'last_verified',
      'verified_against',
    ];
    const { mdx, blanks } = renderEntryDraft({ title: 'Only a title' });
    expect(blanks).toEqual(missing);
    expect(mdx).toMatch(/^level: "" # FILL IN: one of Beginner, Intermediate, Advanced, Expert/m);
    const errors = checkCertificationSource('draft.mdx', mdx).problems.map((problem) => problem.field);
    expect(errors).toEqual(expect.arrayContaining(missing));
  });

  it('writes the fields in schema order, leaving out what the draft does not give', () => {
    const { mdx } = renderEntryDraft({ ...complete, status: 'retiring', retirement_date: '2027-01-31' });
    const keys = [...(mdx.split('\n---\n')[0] ?? '').matchAll(/^([a-z_]+):/gm)].map((match) => match[1] ?? '');
    expect(keys).toEqual(DRAFT_FIELDS.filter((key) => keys.includes(key)));
    expect(keys).toEqual(expect.arrayContaining(['status', 'retirement_date']));
    expect(keys).not.toContain('domains');
  });
});
