import { expect, test } from '@playwright/test';
import { factValue } from '../support/facts';

test.describe('the original Jekyll entry', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('aws-certified-machine-learning-specialty/');
  });

  test('shows every fact of its front matter', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Certified Machine Learning – Specialty');
    // The original text is the fixture (tests/fixtures/jekyll-original) that keeps building byte for byte;
    // the catalogue's page tells the truth about the exam today: retired, as reported, with its successor.
    await expect(page.locator('.lede')).toHaveText(
      'Validated expertise in building, training and deploying ML models on AWS. The exam is reported retired ' +
        'since 31 March 2026: those who hold the certification keep it until it expires, and new candidates ' +
        'take its successors.',
    );
    const fact = (term: string) => factValue(page, term);
    await expect(fact('Provider')).toHaveText('Amazon Web Services (AWS)');
    await expect(fact('Level')).toHaveText('Advanced The provider’s Specialty tier');
    // The editor's own conversion is the second line: the site's second currency is rupees.
    await expect(fact('Exam fee')).toHaveText('$300 ≈ ₹25,000');
    await expect(fact('Questions')).toHaveText('65');
    await expect(fact('Duration')).toHaveText('180 minutes (3 h)');
    await expect(fact('Delivery')).toHaveText('online proctored');
    await expect(fact('Validity')).toHaveText('3 years');
    await expect(fact('Status')).toHaveText('Retired on 31 March 2026 (reported, not yet confirmed)');
    await expect(fact('Replaced by')).toHaveText('AWS Certified Machine Learning Engineer – Associate');
    const skills = page.getByRole('region', { name: 'Skills' }).getByRole('listitem');
    await expect(skills).toHaveText(['Model Deployment', 'Data Engineering', 'Feature Engineering', 'Cloud ML Tools']);
    await expect(page.getByRole('region', { name: 'Prerequisites' }).getByRole('listitem')).toHaveText([
      'Courses like Introduction to Machine Learning, Data Science and Management, Advanced Machine Learning',
    ]);
    await expect(page.getByRole('region', { name: 'Categories' }).getByRole('link')).toHaveText([
      'Machine Learning',
      'Cloud',
      'Data',
    ]);
  });

  test('renders its Markdown body, sections and links included', async ({ page }) => {
    for (const heading of [
      'Overview',
      'Recommended Background',
      'Skills You’ll Gain',
      'Exam Details',
      'Fees and Validity',
      'Official Resources',
      'Career Outlook',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'AWS Skill Builder →' })).toHaveAttribute(
      'href',
      'https://skillbuilder.aws/',
    );
    await expect(page.getByText(/^Perfect for students combining/)).toHaveText(
      'Perfect for students combining data science + systems expertise.',
    );
  });

  test('describes itself to search engines and social sites', async ({ page, baseURL }) => {
    const SLUG = 'aws-certified-machine-learning-specialty';
    const url = `https://certs.example.org${new URL(baseURL!).pathname}aws-certified-machine-learning-specialty/`;
    await expect(page).toHaveTitle('AWS Certified Machine Learning – Specialty | Cert Compass');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      'Retired AWS specialty certification for deploying and managing ML models; its successor is the ML ' +
        'Engineer – Associate.',
    );
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'AWS Certified Machine Learning – Specialty',
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const image = `${url.replace(/aws-certified-machine-learning-specialty\/$/, '')}og/certifications/${SLUG}.png`;
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', image);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
      'content',
      /^AWS Certified Machine Learning – Specialty, by Amazon Web Services \(AWS\), Advanced\. Fee: \$300/,
    );
    const png = await page.request.get(new URL(new URL(image).pathname, baseURL).href);
    expect(png.headers()['content-type']).toBe('image/png');
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const [credential, breadcrumbs] = jsonLd.map((text) => JSON.parse(text));
    expect(credential).toMatchObject({
      '@type': 'EducationalOccupationalCredential',
      name: 'AWS Certified Machine Learning – Specialty',
      url,
      educationalLevel: 'Advanced',
      validFor: 'P3Y',
      offers: { price: 300, priceCurrency: 'USD' },
    });
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(breadcrumbs.itemListElement.at(-1).item).toBe(url);
  });
});
