import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_COLORS } from '../../src/lib/site/theme';

const tokens = readFileSync(path.resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');

describe('THEME_COLORS', () => {
  it('are the page background of each colour scheme in the design tokens', () => {
    const background = /--bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(tokens);
    expect(background?.slice(1).map((colour) => colour.toLowerCase())).toEqual([THEME_COLORS.light, THEME_COLORS.dark]);
  });
});
