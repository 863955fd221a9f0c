/**
 * Imports point one way. The layers of src/lib, lowest first:
 *   i18n/browser, text, values → browse, compare, search, guide → my-plan, fields → schema → files,
 *   catalogue → catalogue/queries → i18n → site → components, layouts, pages
 * where i18n/browser is what browser-safe code may read of the message catalogue (filling in, and one section at
 * a time, src/i18n/en/search.ts) and i18n the whole catalogue (src/i18n/index.ts),
 * with editor/ (scripts only) beside site/, src/integrations/ (build plugins) reading only text/ and site/, and
 * browser code (src/client/, and the .ts scripts beside components in src/components/) reading only the
 * browser-safe text/, values/, browse/, compare/, search/, guide/ and my-plan/.
 * This test reads every import line under src/ and scripts/ and names each arrow that points the
 * wrong way; a fabricated bad arrow below proves it can fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

type Layer =
  | 'i18n/browser'
  | 'i18n'
  | 'text'
  | 'values'
  | 'browse'
  | 'compare'
  | 'search'
  | 'guide'
  | 'my-plan'
  | 'client'
  | 'fields'
  | 'schema'
  | 'files'
  | 'catalogue'
  | 'catalogue/queries'
  | 'site'
  | 'editor'
  | 'integrations'
  | 'view'
  | 'site.config'
  | 'content.config'
  | 'scripts'
  | 'astro.config';

/** The layer of a file of the project, from its path relative to the root. */
function layerOf(file: string): Layer | undefined {
  if (file === 'src/lib/schema.ts') return 'schema';
  if (file === 'src/lib/catalogue/queries.ts') return 'catalogue/queries';
  if (file === 'src/site.config.ts') return 'site.config';
  if (file === 'src/content.config.ts') return 'content.config';
  if (file === 'astro.config.mjs') return 'astro.config';
  if (/^src\/i18n\/(browser|format|en\/(?!index)[\w-]+)\.ts$/.test(file)) return 'i18n/browser';
  if (file.startsWith('src/i18n/')) return 'i18n';
  const libFolder =
    /^src\/lib\/(text|values|browse|compare|search|guide|my-plan|fields|files|catalogue|site|editor)\//.exec(file)?.[1];
  if (libFolder) return libFolder as Layer;
  if (file.startsWith('src/integrations/')) return 'integrations';
  // Browser code: shared modules, and the scripts of interactive components, beside their markup.
  if (file.startsWith('src/client/') || /^src\/components\/.+\.ts$/.test(file)) return 'client';
  if (/^src\/(components|layouts|pages)\//.test(file)) return 'view';
  // Benchmarks are commands like the scripts (bench/bare-site is an Astro site of its own, not read).
  if (file.startsWith('scripts/') || (file.startsWith('bench/') && !file.startsWith('bench/bare-site/')))
    return 'scripts';
  return undefined;
}

/** What each layer may import (besides itself and packages). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  'i18n/browser': [],
  i18n: ['i18n/browser'],
  text: [],
  values: ['text', 'i18n/browser'],
  browse: ['text', 'values', 'i18n/browser'],
  compare: ['text', 'values', 'i18n/browser'],
  search: ['text', 'values', 'i18n/browser'],
  guide: ['text', 'values', 'i18n/browser'],
  // A student's plan reads compare's shape of a certification, its order and totals.
  'my-plan': ['text', 'values', 'compare', 'i18n/browser'],
  // Browser scripts receive their words from the page; they may name the catalogue's types (i18n), and a
  // test below keeps the whole catalogue out of their bundles.
  client: ['text', 'values', 'browse', 'compare', 'search', 'guide', 'my-plan', 'i18n/browser', 'i18n'],
  fields: ['text', 'values', 'i18n/browser'],
  schema: ['text', 'fields'],
  files: ['text', 'values', 'fields', 'schema', 'catalogue'],
  catalogue: ['text', 'values', 'browse', 'fields', 'schema', 'site.config', 'i18n/browser', 'i18n'],
  'catalogue/queries': ['text', 'values', 'fields', 'schema', 'files', 'catalogue', 'site.config'],
  site: [
    'text',
    'values',
    'browse',
    'compare',
    'search',
    'guide',
    'fields',
    'schema',
    'catalogue',
    'site.config',
    'i18n/browser',
    'i18n',
  ],
  editor: ['text', 'values', 'fields', 'schema', 'files', 'catalogue'],
  integrations: ['text', 'site', 'i18n/browser'],
  view: [
    'text',
    'values',
    'browse',
    'compare',
    'search',
    'guide',
    'my-plan',
    'fields',
    'schema',
    'catalogue',
    'catalogue/queries',
    'site',
    'site.config',
    'client',
    'i18n/browser',
    'i18n',
  ],
  'site.config': ['fields', 'values', 'site', 'i18n/browser', 'i18n'],
  'content.config': ['files', 'site.config', 'integrations'],
  scripts: [
    'text',
    'values',
    'search',
    'fields',
    'schema',
    'files',
    'catalogue',
    'site',
    'editor',
    'site.config',
    'scripts',
    'i18n/browser',
    'i18n',
  ],
  'astro.config': ['integrations', 'site.config'],
};

interface Arrow {
  from: string;
  to: string;
}

/** Every arrow that points the wrong way, as `from → to (layer → layer)`. */
function wrongArrows(arrows: readonly Arrow[]): string[] {
  return arrows.flatMap(({ from, to }) => {
    const [fromLayer, toLayer] = [layerOf(from), layerOf(to)];
    if (!fromLayer || !toLayer || fromLayer === toLayer) return [];
    return ALLOWED[fromLayer].includes(toLayer) ? [] : [`${from} → ${to} (${fromLayer} → ${toLayer})`];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mts|mjs|astro)$/.test(name))
    .map((name) => path.join(folder, name).split(path.sep).join('/'));
}

/** The project files each file imports, by relative path. */
function projectArrows(): Arrow[] {
  const files = [
    ...sourceFiles('src'),
    ...sourceFiles('scripts'),
    ...sourceFiles('bench').filter((file) => !file.startsWith('bench/bare-site/')),
    'astro.config.mjs',
  ];
  return files.flatMap((from) =>
    [...readFileSync(path.join(root, from), 'utf8').matchAll(IMPORT)]
      .map((match) => match[1] ?? match[2] ?? '')
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => {
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
        return { from, to: /\.[a-z]+$/.test(resolved) ? resolved : `${resolved}.ts` };
      }),
  );
}

describe('imports', () => {
  const arrows = projectArrows();

  it('are read from every layer', () => {
    const layers = new Set(arrows.map(({ from }) => layerOf(from)));
    for (const layer of [
      'fields',
      'schema',
      'files',
      'catalogue',
      'site',
      'editor',
      'integrations',
      'view',
      'scripts',
    ]) {
      expect(layers, layer).toContain(layer);
    }
    expect(arrows.length).toBeGreaterThan(150);
  });

  it('point one way', () => {
    expect(wrongArrows(arrows)).toEqual([]);
  });

  it('would name a wrong arrow: the checker importing the scaffolder, a component importing a build plugin', () => {
    expect(
      wrongArrows([
        { from: 'src/lib/files/check-file.ts', to: 'src/lib/editor/new-entry.ts' },
        { from: 'src/components/EntryFooter.astro', to: 'src/integrations/external-link-rel.ts' },
        { from: 'src/lib/files/check-catalogue.ts', to: 'src/site.config.ts' },
        { from: 'src/lib/fields/fee.ts', to: 'src/lib/schema.ts' },
      ]),
    ).toHaveLength(4);
  });

  it('keep browser code free of Node and of the build configuration', () => {
    const catalogueLanguage = /from '\.\/(\w+)'/.exec(readFileSync(path.join(root, 'src/i18n/index.ts'), 'utf8'))?.[1];
    expect(catalogueLanguage).toBe('en');
    const componentScripts = sourceFiles('src/components').filter((file) => file.endsWith('.ts'));
    const browserFiles = [
      ...[
        'src/client',
        'src/lib/browse',
        'src/lib/values',
        'src/lib/compare',
        'src/lib/search',
        'src/lib/guide',
        'src/lib/my-plan',
      ].flatMap(sourceFiles),
      ...componentScripts,
    ];
    expect(componentScripts.length).toBeGreaterThanOrEqual(4);
    for (const file of browserFiles) {
      const source = readFileSync(path.join(root, file), 'utf8');
      expect(source, file).not.toMatch(/from ['"](node:|astro:|.*site\.config)/);
      // The whole catalogue would ride along in the bundle: a script imports its sections one by one, from
      // the language the catalogue is in.
      expect(source, file).not.toMatch(/^import (?!type\b)[^;]*from ['"][./]*\/i18n(\/index|\/en(\/index)?)?['"]/m);
      for (const [, language] of source.matchAll(/from ['"][./]*\/i18n\/(\w+)\/[\w-]+['"]/g))
        expect(language, file).toBe(catalogueLanguage);
    }
  });

  it('never reach scripts/ or tests/ from src/', () => {
    const intoScripts = arrows.filter(({ from, to }) => from.startsWith('src/') && /^(scripts|tests)\//.test(to));
    expect(intoScripts).toEqual([]);
  });
});
