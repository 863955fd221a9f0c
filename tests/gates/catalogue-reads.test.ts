/**
 * Whatever the number of pages, a build reads the certifications collection once and builds the
 * catalogue once: every grouping, related list, path, facet, map and feed comes from that one
 * catalogue (src/lib/catalogue/queries.ts). The root test build writes its counts to a file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site';
import { CATALOGUE_READS_FILE } from '../support/sites';

it('a build of the catalogue reads the collection once and builds the catalogue once', () => {
  const reads = JSON.parse(readFileSync(path.join(PROJECT_ROOT, CATALOGUE_READS_FILE), 'utf8')) as unknown;
  expect(reads).toEqual({ collection: 1, catalogue: 1 });
});
