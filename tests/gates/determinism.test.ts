/**
 * Two builds of the same commit are byte-identical, though the second has every certification body
 * rendered by the MDX integration rather than by the loader: builds are deterministic, and the loader
 * renders bodies exactly as MDX does. On failure the test says which files differ; the body-rendering
 * gate says which bodies.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../support/built-pages';
import { siteDir } from '../support/test-sites';

function fingerprints(root: string): Map<string, string> {
  return new Map(
    listFiles(root).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(root, file)))
        .digest('hex'),
    ]),
  );
}

describe('deterministic builds', () => {
  it.each([
    ['root', 'rebuild'],
    ['edge', 'edge-mdx'],
  ] as const)('produce the same files with the same bytes: %s and %s', (firstSite, secondSite) => {
    const first = fingerprints(siteDir(firstSite));
    const second = fingerprints(siteDir(secondSite));
    const onlyFirst = [...first.keys()].filter((file) => !second.has(file));
    const onlySecond = [...second.keys()].filter((file) => !first.has(file));
    const differing = [...first.keys()].filter((file) => second.has(file) && second.get(file) !== first.get(file));
    console.log(`compared ${first.size} files of two builds`);
    expect({ onlyInFirstBuild: onlyFirst, onlyInSecondBuild: onlySecond, differing }).toEqual({
      onlyInFirstBuild: [],
      onlyInSecondBuild: [],
      differing: [],
    });
  });
});
