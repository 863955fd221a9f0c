import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../src/lib/editor/mdx-text';
import { checkBody } from '../../src/lib/files/body-rules';

describe('escapeMdxText', () => {
  it('escapes what MDX would read as code or HTML, the escape character included', () => {
    expect(escapeMdxText('{alert(1)} <b> a\\b')).toBe('\\{alert(1)\\} \\<b\\> a\\\\b');
  });

  it('gives text the body rules accept, whatever it held', () => {
    for (const text of ['{alert(1)}', '<script>alert(1)</script>', 'x < y > z', '\\{', '}{']) {
      expect(checkBody(`- ${escapeMdxText(text)}`), text).toEqual([]);
    }
  });
});
