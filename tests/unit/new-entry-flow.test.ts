import { checkedOn } from '../support/sample';
import { describe, expect, it } from 'vitest';
import { renderEntryDraft } from '../../src/lib/editor/new-entry';
import { checkCertificationSource } from '../../src/lib/files/check-file';
import { askForNewEntry } from '../../scripts/lib/new-entry-flow';
import { scriptedPrompter } from '../support/scripted-prompter';

describe('the interactive questions', () => {
  const context = {
    providers: ['Google Cloud', 'ISC2'],
    categories: ['Cloud', 'Security'],
    slugs: new Set(['isc2-cissp']),
  };

  it('build an entry that passes the checks, offering existing providers and categories', async () => {
    const prompter = scriptedPrompter([
      'Google Associate Cloud Engineer',
      'Google Cloud',
      'Beginner',
      '$125',
      '50-60 questions, 2 hours, online proctored',
      '3 years',
      'https://cloud.google.com/learn/certification/cloud-engineer',
      ['Cloud'],
      'DevOps',
      'Validates deploying and operating Google Cloud projects.',
      'Associate Google Cloud certification.',
      '',
    ]);
    const { entry, slug } = await askForNewEntry(prompter, context);
    expect(slug).toBe('google-associate-cloud-engineer');
    expect(entry.categories).toEqual(['Cloud', 'DevOps']);
    expect(entry.provider).toBe('Google Cloud');
    const { mdx } = renderEntryDraft({ ...entry, ...checkedOn('2026-06-13') });
    expect(
      checkCertificationSource(`${slug}.mdx`, mdx).problems.filter((problem) => problem.severity === 'error'),
    ).toEqual([]);
  });

  it('refuse an answer the schema would refuse, with the reason and what is accepted', async () => {
    const prompter = scriptedPrompter(['Title', 'ISC2', 'Expert', 'two hundred dollars']);
    await expect(askForNewEntry(prompter, context)).rejects.toThrow(
      /is not an amount with a currency symbol or code\. Accepted: Free, or an amount/,
    );
  });

  it('let the editor type a provider the catalogue does not have yet', async () => {
    const prompter = scriptedPrompter([
      'T',
      '__new__',
      'New Org',
      'Expert',
      '',
      '',
      '',
      'https://example.org',
      [],
      'AI',
      'O.',
      'S.',
      't-cert',
    ]);
    const { entry, slug } = await askForNewEntry(prompter, context);
    expect(entry.provider).toBe('New Org');
    expect(slug).toBe('t-cert');
    expect(entry.fee).toBeUndefined();
  });
});
