import { describe, expect, it } from 'vitest';
import { parseOfficialLink } from '../../src/lib/fields/link';

describe('official link', () => {
  it('accepts https URLs and normalises them', () => {
    expect(parseOfficialLink(' https://aws.amazon.com/certification/ ')).toBe('https://aws.amazon.com/certification/');
    expect(parseOfficialLink('https://EXAMPLE.org')).toBe('https://example.org/');
  });

  it.each([
    ['a javascript: link', 'javascript:alert(1)', 'only https'],
    ['a data: link', 'data:text/html,<script>alert(1)</script>', 'only https'],
    ['plain http', 'http://example.org/', 'only https'],
    ['a relative path', '/certification/', 'not an absolute URL'],
    ['credentials', 'https://user:pass@example.org/', 'user name or password'],
  ])('refuses %s', (_case, text, reason) => {
    expect(() => parseOfficialLink(text)).toThrow(reason);
  });
});
