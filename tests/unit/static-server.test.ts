import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/harness/static-server';

describe('parseHeadersFile', () => {
  it('reads path rules with splats and their indented headers, skipping comments', () => {
    const rules = parseHeadersFile(
      '# comment\n/*\n  X-One: 1\n  X-Two: a: b\n\n/_astro/*\n  Cache-Control: immutable\n',
    );
    expect(rules.map((rule) => rule.headers)).toEqual([
      [
        ['X-One', '1'],
        ['X-Two', 'a: b'],
      ],
      [['Cache-Control', 'immutable']],
    ]);
    expect(rules[1]?.pattern.test('/_astro/style.css')).toBe(true);
    expect(rules[1]?.pattern.test('/certs/_astro/style.css')).toBe(false);
    expect(rules[0]?.pattern.test('/anything/at/all')).toBe(true);
  });
});
