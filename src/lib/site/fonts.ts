/**
 * Fonts read from the `@fontsource` packages in `node_modules` (never downloaded): Inter for Latin,
 * Greek and Cyrillic, Noto Sans JP for Japanese and Chinese characters. A package's CSS lists each
 * subset's file and the characters it covers (`unicode-range`). A share image loads only the subsets
 * its text needs, so a Latin card never parses a Japanese font; the pages get only the Japanese subsets
 * the catalogue's text uses (`catalogueFontFaces`), so a catalogue without Japanese ships none.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type FontWeight = 400 | 700;

/**
 * One subset of one font: a `.woff` file (Satori reads WOFF, TTF and OTF, not WOFF2), the `.woff2` file
 * browsers load, and its characters.
 */
export interface FontFace {
  family: string;
  weight: FontWeight;
  file: string;
  webFile: string;
  ranges: readonly (readonly [number, number])[];
}

/** The packages and weights the images use, in the order a character looks for a font. */
const SOURCES = [
  { family: 'Inter', css: ['@fontsource/inter/400.css', '@fontsource/inter/700.css'] },
  { family: 'Noto Sans JP', css: ['@fontsource/noto-sans-jp/400.css', '@fontsource/noto-sans-jp/700.css'] },
] as const;

/** `U+0000-00FF,U+0131` as code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [start = '', end = start] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(start, 16), Number.parseInt(end, 16)];
  });
}

/** The `@font-face` rules of a `@fontsource` stylesheet, with the `.woff` file of each, relative to `folder`. */
export function parseFontFaces(css: string, folder: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, rule = '']) => {
    const field = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(rule)?.[1]?.trim();
    const family = field('font-family')?.replace(/['"]/g, '');
    const weight = Number(field('font-weight'));
    const woff = /url\(([^)]+\.woff)\)/.exec(field('src') ?? '')?.[1];
    const woff2 = /url\(([^)]+\.woff2)\)/.exec(field('src') ?? '')?.[1];
    if (!family || (weight !== 400 && weight !== 700) || !woff || !woff2) {
      throw new Error(`fonts: a @font-face rule in ${folder} has no family, weight 400/700, .woff or .woff2 file`);
    }
    const range = field('unicode-range');
    return {
      family,
      weight,
      file: path.join(folder, woff),
      webFile: path.join(folder, woff2),
      ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]],
    };
  });
}

let faces: FontFace[] | undefined;

/** Every subset of every font the images and pages may use, from the packages installed for the project. */
export function packageFontFaces(): FontFace[] {
  if (faces) return faces;
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  faces = SOURCES.flatMap(({ css }) =>
    css.flatMap((file) => {
      const resolved = require.resolve(file);
      return parseFontFaces(readFileSync(resolved, 'utf8'), path.dirname(resolved));
    }),
  );
  return faces;
}

export const covers = (face: FontFace, codePoint: number) =>
  face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);

/** Characters that are drawn, not spacing or joiners, which need a glyph. */
export const codePointsOf = (text: string) =>
  [...new Set(text)].map((character) => character.codePointAt(0)!).filter((codePoint) => codePoint > 0x20);

/**
 * The subsets the text needs: for each character the first family that covers it, both weights; the
 * basic Latin subset of Inter always (the site name).
 */
export function facesFor(text: string, all: readonly FontFace[] = packageFontFaces()): FontFace[] {
  const chosen = new Set<FontFace>(all.filter((face) => face.family === 'Inter' && covers(face, 0x41)));
  for (const codePoint of codePointsOf(text)) {
    const family = all.find((face) => covers(face, codePoint))?.family;
    for (const face of all) if (face.family === family && covers(face, codePoint)) chosen.add(face);
  }
  return all.filter((face) => chosen.has(face));
}

/** The characters of the text no font covers: they would be drawn as empty boxes. */
export function uncoveredCharacters(text: string, all: readonly FontFace[] = packageFontFaces()): string[] {
  return codePointsOf(text)
    .filter((codePoint) => !all.some((face) => covers(face, codePoint)))
    .map((codePoint) => String.fromCodePoint(codePoint));
}

/** The pages' own fonts beyond Inter (which the stylesheet bundles): the subsets of other families `text` needs. */
export function pageFontFaces(text: string, all: readonly FontFace[] = packageFontFaces()): FontFace[] {
  return facesFor(text, all).filter((face) => face.family !== 'Inter');
}

const catalogueFaces = new WeakMap<readonly { filePath: string }[], FontFace[]>();

/** The fonts the catalogue's pages need: from every certification file's text, front matter and body. */
export function catalogueFontFaces(certifications: readonly { filePath: string }[]): FontFace[] {
  let faces = catalogueFaces.get(certifications);
  if (!faces) {
    const text = certifications.map((certification) => readFileSync(certification.filePath, 'utf8')).join('\n');
    catalogueFaces.set(certifications, (faces = pageFontFaces(text)));
  }
  return faces;
}

/** `@font-face` rules for the faces, each file at `urlOf(its name)`. */
export function fontFaceCss(faces: readonly FontFace[], urlOf: (file: string) => string): string {
  return faces
    .map((face) => {
      const ranges = face.ranges
        .map(([start, end]) => `U+${start.toString(16)}${end === start ? '' : `-${end.toString(16)}`}`)
        .join(',');
      return (
        `@font-face{font-family:'${face.family}';font-style:normal;font-display:swap;font-weight:${face.weight};` +
        `src:url(${urlOf(path.basename(face.webFile))}) format('woff2');unicode-range:${ranges}}`
      );
    })
    .join('\n');
}
