/** Facts about the published catalogue read straight from its files, to compare pages against. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { slugOfFile } from '../../src/lib/files/file-name';
import { listCertificationFiles } from '../../src/lib/files/list';
import { readFrontMatter } from '../../src/lib/files/read';
import { PROJECT_ROOT } from './build-site';

const CATALOGUE_DIR = path.join(PROJECT_ROOT, 'src/content/certifications');
const EDGE_CASES_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/edge-cases');

interface CatalogueFile {
  slug: string;
  frontMatter: Record<string, unknown>;
}

function filesOf(folder: string): CatalogueFile[] {
  return listCertificationFiles(folder).map((file) => ({
    slug: slugOfFile(file),
    frontMatter: readFrontMatter(readFileSync(file, 'utf8')).data,
  }));
}

/** The slug and raw front matter of every published certification file. */
export function catalogueFiles(): CatalogueFile[] {
  return filesOf(CATALOGUE_DIR);
}

/** The same for the edge-case fixtures the `edge` test site is built from. */
export function edgeCaseFiles(): CatalogueFile[] {
  return filesOf(EDGE_CASES_DIR);
}
