/**
 * Share images: the fonts an image needs are found from the packages' unicode ranges, Japanese and
 * accented titles draw real glyphs (no empty boxes), the cache is keyed by what the image shows, and
 * a drawn image is a 1200x630 PNG.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { ShareCard } from '../../src/lib/site/share-cards';
import { facesFor, parseUnicodeRange, packageFontFaces, uncoveredCharacters } from '../../src/lib/site/fonts';
import { cachedShareImage, drawingVersion, renderShareSvg, shareImageDigest } from '../../src/lib/site/share-image';

const JAPANESE = '基本情報技術者試験';
const ACCENTED = 'Sécurité des systèmes d’information, Prüfung, Ørsted, Łódź';

const card = (title: string, extra: Partial<ShareCard> = {}): ShareCard => ({
  kind: 'Certification',
  title,
  byline: 'Provider',
  level: 'Beginner',
  facts: [
    { label: 'Fee', value: '$100' },
    { label: 'Duration', value: '2 h' },
    { label: 'Validity', value: '3 years' },
  ],
  siteName: 'Cert Compass',
  ...extra,
});

describe('share image fonts', () => {
  it('reads unicode ranges as code point ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+2000-206F')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x2000, 0x206f],
    ]);
  });

  it('has a font for every character of the Japanese and accented fixtures, and names what it lacks', () => {
    expect(uncoveredCharacters(JAPANESE)).toEqual([]);
    expect(uncoveredCharacters(ACCENTED)).toEqual([]);
    expect(uncoveredCharacters('Arabic: مرحبا')).toEqual(['م', 'ر', 'ح', 'ب', 'ا']);
  });

  it('loads only the subsets a text needs', () => {
    const all = packageFontFaces();
    const latin = facesFor('AWS Certified Cloud Practitioner');
    expect(new Set(latin.map((face) => face.family))).toEqual(new Set(['Inter']));
    const japanese = facesFor(JAPANESE);
    expect(japanese.some((face) => face.family === 'Noto Sans JP')).toBe(true);
    expect(japanese.length).toBeLessThan(40);
    expect(all.length).toBeGreaterThan(200);
  });
});

describe('share image drawing', () => {
  /** One SVG per character, drawn as a title alone: a missing glyph is the same box for every character. */
  const drawings = (characters: string, faces?: ReturnType<typeof packageFontFaces>) =>
    Promise.all([...characters].map((character) => renderShareSvg(card(character), faces)));

  it('draws each Japanese and accented character as a glyph of its own (no empty boxes)', async () => {
    for (const characters of [JAPANESE, 'éèçàüßøł']) {
      const svgs = await drawings(characters);
      expect(new Set(svgs).size, characters).toBe([...characters].length);
    }
  });

  it('would notice empty boxes: without the Japanese font, the characters all draw alike', async () => {
    const interOnly = packageFontFaces().filter((face) => face.family === 'Inter');
    const svgs = await drawings(JAPANESE, interOnly);
    expect(new Set(svgs).size).toBe(1);
  });

  it('names an image by what it shows', () => {
    expect(shareImageDigest(card('A'))).toBe(shareImageDigest(card('A')));
    expect(shareImageDigest(card('A'))).not.toBe(shareImageDigest(card('B')));
    const cheaper = card('A', { facts: [{ label: 'Fee', value: '$90' }] });
    expect(shareImageDigest(cheaper)).not.toBe(shareImageDigest(card('A')));
  });

  it('names it by the drawing too: its code, mark, palette, packages and fonts, not a number bumped by hand', () => {
    const version = drawingVersion();
    expect(version).toMatch(/^[\w-]{43}$/);
    const expected = createHash('sha256')
      .update(JSON.stringify([version, card('A')]))
      .digest('base64url');
    expect(shareImageDigest(card('A'))).toBe(expected);
  });

  const folder = mkdtempSync(path.join(tmpdir(), 'share-images-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('draws a 1200x630 PNG once, then reads it from the cache', async () => {
    const first = await cachedShareImage(card(`${JAPANESE} (${ACCENTED})`), folder);
    expect(await sharp(first).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(readdirSync(folder)).toEqual([`${shareImageDigest(card(`${JAPANESE} (${ACCENTED})`))}.png`]);
    const again = await cachedShareImage(card(`${JAPANESE} (${ACCENTED})`), folder);
    expect(again.equals(first)).toBe(true);
    expect(readdirSync(folder)).toHaveLength(1);
  });
});
