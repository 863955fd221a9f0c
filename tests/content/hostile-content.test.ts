/**
 * A file whose every field and body carries script-injection payloads and `javascript:` links is
 * refused by a real build, with one clear error per problem: the official link by the schema, each
 * dangerous body construct by the body rules. (The same payloads as plain text build fine: see the
 * edge-case build and tests/e2e/hostile-content.spec.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../support/build-site';

const FILE = 'tests/fixtures/hostile-refused/hostile-everything.mdx';

describe('hostile content', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cert-hostile-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('fails the build naming the javascript: link and every dangerous construct of the body', () => {
    const build = buildSite(outDir, { CERTIFICATIONS_DIR: path.join(PROJECT_ROOT, 'tests/fixtures/hostile-refused') });
    expect(build.status).not.toBe(0);
    const expected = [
      [`${FILE}:8: link`, 'the link uses "javascript:", only https: links are accepted'],
      [`${FILE}:11: body`, 'the <script> element is not allowed in a certification body'],
      [`${FILE}:13: body`, 'the link uses a "javascript:" URL, which is not allowed'],
      [`${FILE}:15: body`, 'the href of <a> uses a "javascript:" URL, which is not allowed'],
      [`${FILE}:17: body`, 'the onError attribute is not allowed'],
      [`${FILE}:19: body`, 'curly braces start a JavaScript expression in MDX'],
      [`${FILE}:21: body`, 'the set:html attribute is not allowed'],
    ];
    for (const [location, reason] of expected) {
      expect(build.output).toContain(location);
      expect(build.output).toContain(reason);
    }
    expect(build.output).toContain('7 errors and 0 warnings in certification files.');
  });
});
