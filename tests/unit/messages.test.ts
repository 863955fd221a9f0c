import { describe, expect, it } from 'vitest';
import { messages, t, tl, tp, type Messages } from '../../src/i18n';
import * as browser from '../../src/i18n/browser';
import { en } from '../../src/i18n/en';
import { fill, plural } from '../../src/i18n/format';

// A catalogue that lacks a message is not a catalogue: the type check fails on it (`astro check` runs
// over the tests too), and an unused @ts-expect-error would fail it as well, should the type loosen.
// @ts-expect-error: `common` lacks its messages
const incomplete: Messages = { ...en, common: {} };
void incomplete;

/** Every message of a catalogue with its key path. */
function* messagesOf(tree: object, path = ''): Generator<[string, unknown]> {
  for (const [key, value] of Object.entries(tree)) {
    const at = path ? `${path}.${key}` : key;
    if (value && typeof value === 'object' && !('other' in value)) yield* messagesOf(value, at);
    else yield [at, value];
  }
}

describe('the message catalogue', () => {
  it('is English, and what browser code imports is the same language as the whole', () => {
    expect(messages.formats.language).toBe('en');
    expect(browser.formats).toBe(messages.formats);
    expect(messages).toBe(en);
  });

  it('holds only text and plural forms, with well-formed placeholders', () => {
    const problems: string[] = [];
    for (const [key, message] of messagesOf(messages)) {
      const forms = typeof message === 'string' ? [message] : Object.values(message as object);
      if (typeof message !== 'string' && typeof (message as { other?: unknown }).other !== 'string')
        problems.push(`${key}: a plural needs an "other" form`);
      for (const form of forms) {
        if (typeof form !== 'string') problems.push(`${key}: not text`);
        else if (/\{(?!\w+\})|(?<!\{\w+)\}/.test(form)) problems.push(`${key}: a brace that is not a {placeholder}`);
        else if (form !== form.trim() && !/^[ ,.]|[ (]$/.test(form)) problems.push(`${key}: stray spaces`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('filling messages', () => {
  it('fills placeholders, numbers in the language format', () => {
    expect(fill('{count} of {total} shown', { count: 1200, total: 'all' })).toBe('1,200 of all shown');
  });

  it('throws on a placeholder without a value, naming both', () => {
    expect(() => fill('See all {total} results', {})).toThrow(/See all \{total\} results.*\{total\}/);
  });

  it('picks the plural form by the language rules, `other` when a form is missing', () => {
    const results = { one: '{count} result', other: '{count} results' };
    expect(plural(results, 1)).toBe('1 result');
    expect(plural(results, 0)).toBe('0 results');
    expect(plural(results, 2500)).toBe('2,500 results');
    expect(plural({ other: '{count} items' }, 1)).toBe('1 items');
    expect(plural({ one: 'один', few: 'несколько', many: 'много', other: 'other' }, 3, {}, 'ru')).toBe('несколько');
  });

  it('binds the site language in t, tp and tl', () => {
    expect(t('{n} hours', { n: 1000 })).toBe('1,000 hours');
    expect(tp({ one: '{count} step', other: '{count} steps' }, 1)).toBe('1 step');
    expect(tl(['AWS', 'Azure', 'Google Cloud'])).toBe('AWS, Azure and Google Cloud');
    expect(tl(['AWS', 'Azure'], 'disjunction')).toBe('AWS or Azure');
  });
});
