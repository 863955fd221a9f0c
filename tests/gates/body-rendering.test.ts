/**
 * The loader renders every certification body itself, once (src/integrations/render-body.ts): the
 * catalogue's cold build reports a rendered body for each of its files (none of them has a local image,
 * the one kind of body it leaves to MDX). A loader that rendered nothing would leave every body to MDX,
 * and this gate fails. What a body renders to is unit-tested (tests/unit/render-body.test.ts); that a
 * build is deterministic, by the cold and warm builds of the incremental gate.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site';
import { catalogueFiles } from '../support/catalogue-files';
import { buildLogOf } from '../support/sites';
import { QUICK_TIER } from '../support/tiers';

describe.skipIf(QUICK_TIER)('bodies of the catalogue build', () => {
  it('are all rendered by the loader, none left to MDX', () => {
    const log = readFileSync(path.join(PROJECT_ROOT, buildLogOf('root')), 'utf8');
    const [, checked, rendered] = /(\d+) certifications checked in \d+ ms; (\d+) bodies rendered/.exec(log) ?? [];
    expect(Number(checked)).toBe(catalogueFiles().length);
    expect(Number(rendered)).toBe(catalogueFiles().length);
  });
});
