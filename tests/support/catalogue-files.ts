/** Facts about the published catalogue read straight from its files, to compare pages against. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkCertificationSource, type CheckedFile } from '../../src/lib/files/check-file';
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

let checked: CheckedFile[] | undefined;

/** Every published certification file as the checker reads it; a file the checker refuses fails the caller. */
export function checkedCatalogue(): CheckedFile[] {
  checked ??= listCertificationFiles(CATALOGUE_DIR).map((file) => {
    const { checked: entry, problems } = checkCertificationSource(
      path.relative(PROJECT_ROOT, file),
      readFileSync(file, 'utf8'),
    );
    if (!entry) throw new Error(`${file} does not pass the checker: ${JSON.stringify(problems[0])}`);
    return entry;
  });
  return checked;
}
