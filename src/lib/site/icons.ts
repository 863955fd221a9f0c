/**
 * The site's icons, all drawn from public/favicon.svg at build time: the SVG itself for browsers that
 * take it, PNG fallbacks, the `apple-touch-icon` (opaque: iOS fills transparency with black) and the
 * web app manifest's icons, one of them maskable (the mark inside the safe circle, on a full background).
 */
import sharp from 'sharp';
import { paths, withBase } from './routes';
import { THEME_COLORS } from './theme';

export interface Icon {
  /** Its file at the root of the site. */
  file: string;
  size: number;
  /** The share of the side the mark takes; the rest is background. */
  mark: number;
  /** Opaque background; none keeps the SVG's transparency. */
  background?: string;
  /** Listed in the manifest with this purpose. */
  manifest?: 'any' | 'maskable';
}

export const ICONS: readonly Icon[] = [
  { file: 'favicon-32.png', size: 32, mark: 1 },
  { file: 'apple-touch-icon.png', size: 180, mark: 0.8, background: '#ffffff' },
  { file: 'icon-192.png', size: 192, mark: 1, manifest: 'any' },
  { file: 'icon-512.png', size: 512, mark: 1, manifest: 'any' },
  // The maskable safe zone is the circle of 80% of the side; the mark's circle fits well inside it.
  { file: 'icon-maskable-512.png', size: 512, mark: 0.66, background: THEME_COLORS.light, manifest: 'maskable' },
];

/** One icon as a PNG, from the SVG mark. */
export async function renderIcon(svg: string, icon: Icon): Promise<Buffer> {
  const side = Math.round(icon.size * icon.mark);
  const mark = await sharp(Buffer.from(svg), { density: Math.max(72, (72 * side) / 32) })
    .resize(side, side)
    .png()
    .toBuffer();
  return sharp({
    create: {
      width: icon.size,
      height: icon.size,
      channels: 4,
      background: icon.background ?? { r: 0, g: 0, b: 0, alpha: 0 },
    },
  })
    .composite([{ input: mark, gravity: 'centre' }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** The web app manifest: what a browser needs to offer installing the site, named as `site` says. */
export function webManifest(site: { title: string; description: string; language: string }) {
  return {
    name: site.title,
    short_name: site.title,
    description: site.description,
    lang: site.language,
    id: paths.home(),
    start_url: paths.home(),
    scope: paths.home(),
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: [
      { src: withBase('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ...ICONS.filter((icon) => icon.manifest).map((icon) => ({
        src: withBase(icon.file),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.manifest,
      })),
    ],
  };
}
