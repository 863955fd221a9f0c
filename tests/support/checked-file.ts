/** Checked certification files for the catalogue rules' unit tests, and the parts every problem must have. */
import { expect } from 'vitest';
import type { CheckedFile } from '../../src/lib/files/check-file';
import { certificationSchema } from '../../src/lib/schema';
import { MINIMAL_FRONT_MATTER } from './sample';

/** A checked file whose every key sits on its own line, in the order written (the first key on line 2). */
export function checkedFile(slug: string, overrides: Record<string, unknown> = {}): CheckedFile {
  const frontMatter = { ...MINIMAL_FRONT_MATTER, title: `Title of ${slug}`, ...overrides };
  const lines = Object.fromEntries(Object.keys(frontMatter).map((key, index) => [key, index + 2]));
  const data = certificationSchema.parse(frontMatter);
  return { slug, file: `certs/${slug}.mdx`, data, lines, startLine: 1, frontMatter, body: '' };
}

/** All four parts of an explanation, each present. */
export const EVERY_PART = {
  reason: expect.any(String),
  found: expect.any(String),
  expected: expect.any(String),
  example: expect.any(String),
};
