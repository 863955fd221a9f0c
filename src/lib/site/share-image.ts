/**
 * Share images: the 1200x630 PNG a chat or a social network shows for a link to the site. Drawn with
 * Satori (an element tree to SVG, with the fonts of src/lib/site/fonts.ts) and encoded by sharp
 * as a palette PNG (about 24 KB). Each image is kept in a cache folder under the digest of what it
 * shows, so a build draws only new or changed cards; `generateShareImages` draws many at once (Satori
 * on the main thread while sharp encodes earlier ones on its own threads).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { levelSlug } from '../fields/level';
import { SHARE_IMAGE_SIZE, type ShareCard } from './share-cards';
import { facesFor, uncoveredCharacters, type FontFace } from './fonts';
import { LIGHT_PALETTE as colour } from './theme';

/** The files, below the project, whose contents decide how a card is drawn: the drawing, its fonts, the mark. */
const DRAWING_FILES = [
  'src/lib/site/share-image.ts',
  'src/lib/site/share-cards.ts',
  'src/lib/site/fonts.ts',
  'public/favicon.svg',
];
/** The packages that draw and encode it, and the fonts it is drawn in. */
const DRAWING_PACKAGES = ['satori', 'sharp', '@fontsource/inter', '@fontsource/noto-sans-jp'];

/** A value computed on first use, not when the module loads (no I/O at module load). */
function once<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}

/** The site's compass mark: the favicon itself (read from the project, as the fonts are). */
const logo = once(
  () => `data:image/svg+xml;base64,${readFileSync(path.join(process.cwd(), 'public/favicon.svg')).toString('base64')}`,
);

/**
 * A digest of the drawing: its code, the mark, the palette and the versions of the packages that draw
 * it and of the fonts. Any change to one of them draws every card again; nothing to bump by hand.
 */
export const drawingVersion = once(() => {
  const hash = createHash('sha256').update(JSON.stringify(colour));
  for (const file of DRAWING_FILES) hash.update(file).update(readFileSync(path.join(process.cwd(), file)));
  for (const name of DRAWING_PACKAGES) {
    const manifest = path.join(process.cwd(), 'node_modules', name, 'package.json');
    hash.update(`${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`);
  }
  return hash.digest('base64url');
});

/** A digest of what the image shows and of the drawing: its name in the cache. */
export function shareImageDigest(card: ShareCard): string {
  return createHash('sha256')
    .update(JSON.stringify([drawingVersion(), card]))
    .digest('base64url');
}

interface Element {
  type: string;
  props: Record<string, unknown>;
}

const box = (style: Record<string, unknown>, ...children: (Element | string | undefined)[]): Element => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children: children.filter((child) => child !== undefined) },
});

/** Long titles get a smaller size, so three lines hold nearly any certification's name. */
const titleSize = (title: string) => (title.length <= 40 ? 68 : title.length <= 80 ? 56 : 46);

/** The card as Satori's element tree, in the site's light palette, in the fonts named (CSS `font-family`). */
export function shareCardTree(card: ShareCard, fontFamily = 'Inter'): Element {
  const levelColour = card.level && colour[`level-${levelSlug(card.level)}` as keyof typeof colour];
  return box(
    {
      ...SHARE_IMAGE_SIZE,
      boxSizing: 'border-box',
      flexDirection: 'column',
      background: colour.bg,
      color: colour.text,
      fontFamily,
      borderTop: `14px solid ${colour.accent}`,
      padding: '52px 72px 60px',
      justifyContent: 'space-between',
    },
    box(
      { alignItems: 'center', justifyContent: 'space-between' },
      box(
        { alignItems: 'center', gap: 16, fontSize: 32, fontWeight: 700, color: colour.accent },
        { type: 'img', props: { src: logo(), width: 48, height: 48 } },
        card.siteName,
      ),
      card.kind &&
        box({ fontSize: 24, color: colour['text-muted'], textTransform: 'uppercase', letterSpacing: 2 }, card.kind),
    ),
    box(
      { flexDirection: 'column', gap: 18 },
      card.byline || card.level
        ? box(
            { alignItems: 'center', gap: 20, fontSize: 32, color: colour['text-muted'] },
            card.byline,
            card.level &&
              box(
                {
                  fontSize: 26,
                  fontWeight: 700,
                  color: levelColour,
                  border: `3px solid ${levelColour}`,
                  borderRadius: 999,
                  padding: '2px 20px',
                },
                card.level,
              ),
          )
        : undefined,
      box(
        {
          fontSize: titleSize(card.title),
          fontWeight: 700,
          lineHeight: 1.15,
          lineClamp: 3,
          overflow: 'hidden',
        },
        card.title,
      ),
    ),
    box(
      { gap: 20 },
      ...card.facts.slice(0, 3).map(({ label, value }) =>
        box(
          {
            flexDirection: 'column',
            flex: 1,
            gap: 6,
            padding: '18px 26px',
            background: colour.surface,
            border: `2px solid ${colour.border}`,
            borderRadius: 18,
          },
          box({ fontSize: 20, color: colour['text-muted'], textTransform: 'uppercase', letterSpacing: 1.5 }, label),
          box({ fontSize: 36, fontWeight: 700 }, value),
        ),
      ),
    ),
  );
}

const fontData = new Map<string, Promise<Buffer>>();

/**
 * Satori's fonts for the subsets: each under a name of its own (Satori keeps one font per name and
 * weight, so subsets sharing a family name would hide each other), listed in `font-family` order.
 */
async function satoriFonts(faces: FontFace[]) {
  const nameOf = (face: FontFace) =>
    `${face.family} ${path.basename(face.file).replace(/-(400|700)-normal\.woff$/, '')}`;
  const fonts = await Promise.all(
    faces.map(async (face) => {
      let data = fontData.get(face.file);
      if (!data) fontData.set(face.file, (data = readFile(face.file)));
      return { name: nameOf(face), data: await data, weight: face.weight, style: 'normal' as const };
    }),
  );
  return { fonts, fontFamily: [...new Set(fonts.map((font) => `'${font.name}'`))].join(', ') };
}

const textOf = (card: ShareCard) =>
  [card.kind, card.title, card.byline, card.level, card.siteName, ...card.facts.flatMap((f) => [f.label, f.value])]
    .filter(Boolean)
    .join(' ');

/** Draws one card as SVG, with the subsets its text needs (of `faces`, all the packages' by default). */
export async function renderShareSvg(card: ShareCard, faces?: readonly FontFace[]): Promise<string> {
  const text = textOf(card);
  const { fonts, fontFamily } = await satoriFonts(facesFor(text, faces));
  return satori(shareCardTree(card, fontFamily) as never, { ...SHARE_IMAGE_SIZE, fonts });
}

/** Draws one card as a PNG; warns, naming the card, when a character has no font (it would be a box). */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const missing = uncoveredCharacters(textOf(card));
  if (missing.length > 0) {
    console.warn(`share image of "${card.title}": no font has ${missing.join(' ')}; they are drawn as empty boxes`);
  }
  const svg = await renderShareSvg(card);
  return sharp(Buffer.from(svg)).png({ palette: true, effort: 1, compressionLevel: 6 }).toBuffer();
}

/** The card's image from the cache folder, drawn and kept there when it is not (written whole, then renamed). */
export async function cachedShareImage(card: ShareCard, folder: string): Promise<Buffer> {
  const file = path.join(folder, `${shareImageDigest(card)}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await renderShareImage(card);
    await mkdir(folder, { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
    return png;
  }
}

/**
 * Starts drawing (or reading from the cache) every card, `parallel` at a time, and returns each
 * image's promise by the card's digest, to be taken once when its file is written.
 */
export function generateShareImages(
  cards: readonly ShareCard[],
  folder: string,
  parallel = 4,
): Map<string, Promise<Buffer>> {
  const queue = cards.map((card) => {
    let settle!: { resolve: (png: Buffer) => void; reject: (error: unknown) => void };
    const promise = new Promise<Buffer>((resolve, reject) => (settle = { resolve, reject }));
    promise.catch(() => undefined);
    return { card, promise, settle };
  });
  const images = new Map(queue.map(({ card, promise }) => [shareImageDigest(card), promise]));
  const pending = [...queue];
  const worker = async () => {
    for (let next = pending.shift(); next; next = pending.shift()) {
      await cachedShareImage(next.card, folder).then(next.settle.resolve, next.settle.reject);
    }
  };
  for (let index = 0; index < parallel; index += 1) void worker();
  return images;
}
