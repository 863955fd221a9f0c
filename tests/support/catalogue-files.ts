/** Facts about the published catalogue read straight from its files, to compare pages against. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './build-site';

export const CATALOGUE_DIR = path.join(PROJECT_ROOT, 'src/content/certifications');

/** The slug and raw front matter of every published certification file. */
export function catalogueFiles(): { slug: string; frontMatter: Record<string, unknown> }[] {
  return readdirSync(CATALOGUE_DIR)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const source = readFileSync(path.join(CATALOGUE_DIR, name), 'utf8');
      const yamlText = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
      return { slug: name.replace(/\.mdx?$/, ''), frontMatter: parse(yamlText) as Record<string, unknown> };
    });
}
