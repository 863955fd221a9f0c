/**
 * The promise the site grew from: a Jekyll certification page of the original's shape builds as it
 * is. The fixture is a byte-for-byte copy of the original page, kept apart from the published entry
 * so editing the entry never weakens this test.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../support/build-site';
import { QUICK_TIER } from '../support/tiers';

const FIXTURE_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/jekyll-original');
const FIXTURE = path.join(FIXTURE_DIR, 'aws-certified-machine-learning-specialty.mdx');
/** SHA-256 of the original page as it came from the Jekyll site. */
const ORIGINAL_SHA256 = '64716cd16a1d249469d8c9a1564f0b55c913a505e8b7125099c9467aa0173e1a';

describe('the original Jekyll page', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cert-original-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('is kept byte for byte as the fixture (legacy layout key and all)', () => {
    const bytes = readFileSync(FIXTURE);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(ORIGINAL_SHA256);
    expect(bytes.toString('utf8')).toMatch(/^---\nlayout: certifications\/certifications-individual\n/);
  });

  it.skipIf(QUICK_TIER)('builds unchanged into a page with its facts and body (a real build: full tier)', () => {
    const build = buildSite(outDir, { CERTIFICATIONS_DIR: FIXTURE_DIR });
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/\[WARN\]|\[ERROR\]/);
    const html = readFileSync(path.join(outDir, 'aws-certified-machine-learning-specialty/index.html'), 'utf8');
    for (const fact of [
      'AWS Certified Machine Learning – Specialty',
      'Amazon Web Services (AWS)',
      '>$300</span>',
      '≈ ₹25,000',
      '180 minutes',
      '3 years',
      'online proctored',
    ]) {
      expect(html).toContain(fact);
    }
    expect(html).toContain('<h2 id="career-outlook">Career Outlook</h2>');
    expect(html).not.toContain('certifications-individual');
  });
});
