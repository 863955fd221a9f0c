/**
 * What a student sees on the pages of entries imported from Cert Atlas, for a fixed sample spread
 * evenly over those whose facts are still the record's (not checked against the official page, nothing
 * corrected, an exam to sit): the facts panel says what the record says (or "Not listed"), and the page
 * names the record the facts came from.
 */
import { expect, test } from '@playwright/test';
import { correctionsOf } from '../../src/lib/catalogue/corrections';
import { draftFromCertAtlas } from '../../src/lib/editor/cert-atlas';
import { catalogueFiles } from '../support/catalogue-files';
import { snapshotRecords } from '../support/cert-atlas-snapshot';
import { factValue, keyFacts } from '../support/facts';
import { TEST_REPOSITORY_URL } from '../support/sites';

const SAMPLE_SIZE = 6;
const snapshot = new Map(snapshotRecords().map((entry) => [entry.record.exam_id, entry]));
const imported = catalogueFiles()
  .filter(
    ({ slug, frontMatter }) =>
      String(frontMatter.source ?? '').startsWith('cert-atlas/') &&
      frontMatter.last_verified === undefined &&
      correctionsOf(slug).length === 0 &&
      ['certification', 'paper'].includes(String(frontMatter.kind ?? 'certification')),
  )
  .sort((a, b) => a.slug.localeCompare(b.slug));
const step = Math.floor(imported.length / SAMPLE_SIZE);
const sample = Array.from({ length: SAMPLE_SIZE }, (_, index) => imported[index * step]!);

test('the sample is drawn from hundreds of imported entries', () => {
  expect(imported.length).toBeGreaterThan(500);
  expect(new Set(sample.map(({ slug }) => slug)).size).toBe(SAMPLE_SIZE);
});

for (const { slug, frontMatter } of sample) {
  test(`${slug}: the facts are the record's, and the page says where they came from`, async ({ page }, info) => {
    const examId = String(frontMatter.source).slice('cert-atlas/'.length);
    const found = snapshot.get(examId);
    expect(found, examId).toBeDefined();
    const { vendor, record } = found!;
    await page.goto(`${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(frontMatter.title));
    await expect(keyFacts(page)).toBeVisible();

    const price = record.exam_price_usd;
    const fee = factValue(page, 'Exam fee');
    if (price === 0) await expect(fee).toHaveText('Free');
    else if (price) await expect(fee).toHaveText(new RegExp(`^\\$${price.toLocaleString('en-US')}\\b`));
    else await expect(fee).toHaveText('Not listed');
    await expect(factValue(page, 'Questions')).toHaveText(
      record.total_questions ? String(record.total_questions) : 'Not listed',
    );
    await expect(factValue(page, 'Duration')).toHaveText(
      record.duration_minutes ? new RegExp(`^${record.duration_minutes} minutes`) : /^Not listed$/,
    );
    const passing = draftFromCertAtlas(record).passing_score;
    await expect(factValue(page, 'Passing score')).toHaveText(typeof passing === 'string' ? passing : 'Not listed');
    const languages = draftFromCertAtlas(record).languages;
    if (Array.isArray(languages)) {
      await expect(factValue(page, 'Languages')).toHaveText(new RegExp(`^${languages.length} languages?: `));
    }

    const source = new RegExp(`^Facts from the Cert Atlas open dataset \\(snapshot of [^)]+\\), record ${examId}$`);
    await expect(page.getByText(source)).toBeVisible();
    if (info.project.name === 'site') {
      await expect(page.getByRole('link', { name: source })).toHaveAttribute(
        'href',
        `${TEST_REPOSITORY_URL}/blob/main/data/cert-atlas/records/${vendor}/${examId}.json`,
      );
    }
    await expect(page.getByText('Not yet checked against the official page')).toBeVisible();
  });
}
