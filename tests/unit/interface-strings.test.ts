/**
 * Every word of the interface comes from the message catalogue (src/i18n), so a second language is a
 * new catalogue rather than a hunt through templates. Data formats are not interface and are left out:
 * the JSON API, its schema, the CSV's columns and JSON-LD are contracts other programs read in English.
 */
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  inlineStringsInAstro,
  looksLikeProse,
  proseInTypeScript,
  type InlineString,
} from '../support/interface-strings';

/** TypeScript that writes what students read. */
const INTERFACE_TYPESCRIPT = [
  'src/client/*.ts',
  'src/components/**/*.ts',
  'src/lib/site/*.ts',
  'src/lib/values/*.ts',
  'src/lib/browse/*.ts',
  'src/lib/compare/*.ts',
  'src/lib/search/*.ts',
  'src/lib/my-plan/*.ts',
  'src/pages/**/*.ts',
];

/** Files whose words are a data contract, not interface (see above). */
const DATA_CONTRACTS = new Set([
  'src/lib/site/api-schema.ts',
  'src/lib/site/csv.ts',
  'src/lib/my-plan/csv.ts',
  'src/lib/site/structured-data.ts',
]);

function describeFinds(finds: InlineString[]): string {
  return finds.map((find) => `${find.file}:${find.line}: ${JSON.stringify(find.text)}`).join('\n');
}

describe('interface strings', () => {
  it('no .astro template or frontmatter writes interface text inline', () => {
    const finds = globSync('src/**/*.astro').flatMap((file) => inlineStringsInAstro(file, readFileSync(file, 'utf8')));
    expect(describeFinds(finds)).toBe('');
  });

  it('no page-drawing TypeScript writes interface text inline', () => {
    const files = INTERFACE_TYPESCRIPT.flatMap((pattern) => globSync(pattern)).filter(
      (file) => !DATA_CONTRACTS.has(file),
    );
    const finds = files.flatMap((file) => proseInTypeScript(file, readFileSync(file, 'utf8')));
    expect(describeFinds(finds)).toBe('');
  });

  it('finds text, read attributes and shown literals in a template, and prose in its frontmatter', () => {
    const component = [
      '---',
      "const heading = 'Browse every certification';",
      "const kind = 'paid';",
      '---',
      '<h1>{heading}</h1>',
      '<p>Hello there</p>',
      '<nav aria-label="Main"></nav>',
      "<span>{kind === 'free' ? 'No fee' : price}</span>",
      '<style>.a { content: "not text"; }</style>',
    ].join('\n');
    const finds = inlineStringsInAstro('x.astro', component).map((find) => `${find.line}:${find.text}`);
    expect(finds).toEqual(['2:Browse every certification', '6:Hello there', '7:aria-label=Main', '8:No fee']);
  });

  it('finds prose in TypeScript but not selectors, errors, imports or class names', () => {
    const code = [
      "import { x } from './no such file';",
      "const a = root.querySelector('.facet label');",
      "if (!a) throw new Error('The page has no facet label');",
      "status.textContent = 'Link copied.';",
      'const b = `Compare ${count} certifications`;',
      "const c = element('span', `level level-${slug}`, 'Two words');",
    ].join('\n');
    expect(proseInTypeScript('x.ts', code).map((find) => `${find.line}:${find.text}`)).toEqual([
      '4:Link copied.',
      '5:`Compare ${count} certifications`',
      '6:Two words',
    ]);
  });

  it('tells prose from code', () => {
    expect(looksLikeProse('Show all')).toBe(true);
    expect(looksLikeProse('input[name="q"]')).toBe(false);
    expect(looksLikeProse('.card a')).toBe(false);
    expect(looksLikeProse('certification')).toBe(false);
    expect(looksLikeProse('14px solid red')).toBe(false);
    expect(looksLikeProse('a well-known exam')).toBe(true);
  });
});
