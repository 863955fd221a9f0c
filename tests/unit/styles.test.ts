/** The stylesheets keep their shape: tokens used and defined once, every component style in its layer. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');
const filesUnder = (folder: string, extension: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join(folder, name));
const astroFiles = filesUnder(src, '.astro');
const styleBlocks = astroFiles.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => ({
    file,
    css: match[1] ?? '',
  })),
);
const allCss = [
  ...filesUnder(path.join(src, 'styles'), '.css').map((file) => readFileSync(file, 'utf8')),
  ...styleBlocks.map(({ css }) => css),
].join('\n');
const tokens = readFileSync(path.join(src, 'styles/tokens.css'), 'utf8');

describe('styles', () => {
  it('uses every design token, and defines tokens only in tokens.css', () => {
    const defined = new Set([...tokens.matchAll(/(--[a-z0-9-]+):/g)].map((match) => match[1]));
    expect(defined.size).toBeGreaterThan(20);
    const used = new Set([...allCss.matchAll(/var\((--[a-z0-9-]+)/g)].map((match) => match[1]));
    expect([...defined].filter((token) => !used.has(token))).toEqual([]);
    const definedElsewhere = allCss.replace(tokens, '').match(/^\s*--[a-z0-9-]+:/gm) ?? [];
    expect(definedElsewhere).toEqual([]);
    expect([...used].filter((token) => !defined.has(token))).toEqual([]);
  });

  it('puts every component’s own styles in the components layer', () => {
    expect(styleBlocks.length).toBeGreaterThan(10);
    for (const { file, css } of styleBlocks)
      expect(css.trim(), path.relative(src, file)).toMatch(/^@layer components \{[\s\S]*\}$/);
  });

  it('declares the layer order once, before anything is imported', () => {
    const global = readFileSync(path.join(src, 'styles/global.css'), 'utf8');
    expect(global).toMatch(/^@layer tokens, base, components, prose, utilities;$/m);
    expect(global.indexOf('@layer tokens, base')).toBeLessThan(global.indexOf('@import'));
  });
});
