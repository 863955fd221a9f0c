import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_COLORS } from '../../src/lib/site/theme';

const tokens = readFileSync(path.resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');

describe('THEME_COLORS', () => {
  it('are the page background of each colour scheme in the design tokens', () => {
    const backgrounds = [...tokens.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((match) => match[1]?.toLowerCase());
    expect(backgrounds).toEqual([THEME_COLORS.light, THEME_COLORS.dark]);
  });
});
