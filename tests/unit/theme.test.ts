import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE, THEME_COLORS } from '../../src/lib/site/theme';

const tokens = readFileSync(path.resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');

/** The light and dark halves of a colour token. */
function token(name: string): [string, string] | undefined {
  const pair = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(tokens);
  return pair ? [pair[1]!.toLowerCase(), pair[2]!.toLowerCase()] : undefined;
}

describe('colours outside CSS', () => {
  it('THEME_COLORS are the page background of each colour scheme in the design tokens', () => {
    expect(token('bg')).toEqual([THEME_COLORS.light, THEME_COLORS.dark]);
  });

  it.each(Object.entries(LIGHT_PALETTE))('the share images’ %s is the light half of its token', (name, colour) => {
    expect(token(name)?.[0]).toBe(colour);
  });
});
