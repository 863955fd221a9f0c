/** Facts about the published catalogue read straight from its files, to compare pages against. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CERTIFICATION_EXTENSIONS, slugOfFile } from '../../src/lib/content-check';
import { readFrontMatter } from '../../src/lib/front-matter';
import { PROJECT_ROOT } from './build-site';

const CATALOGUE_DIR = path.join(PROJECT_ROOT, 'src/content/certifications');

/** The slug and raw front matter of every published certification file. */
export function catalogueFiles(): { slug: string; frontMatter: Record<string, unknown> }[] {
  return readdirSync(CATALOGUE_DIR)
    .filter((name) => CERTIFICATION_EXTENSIONS.some((extension) => name.endsWith(extension)))
    .sort()
    .map((name) => ({ slug: slugOfFile(name), frontMatter: readFrontMatter(readFileSync(path.join(CATALOGUE_DIR, name), 'utf8')).data }));
}
