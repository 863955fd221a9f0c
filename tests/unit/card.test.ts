import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n';
import { compareRows } from '../../src/lib/compare/table';
import { certificationDocument } from '../../src/lib/site/api';
import { cardView } from '../../src/lib/site/card';
import { certificationFacts } from '../../src/lib/site/facts';
import { shownIn } from '../../src/lib/values/shown-fact';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue';
import { sampleInput, SAMPLE_TODAY } from '../support/sample';

const catalogue = buildCatalogue(
  [
    sampleInput('two-exams', {
      status: 'retiring',
      exams: [
        { code: 'A-1', fee: '$265 (approx ₹22,000)', exam_format: '90 minutes' },
        { code: 'A-2', fee: '$265 (approx ₹22,000)', exam_format: '90 minutes' },
      ],
    }),
    sampleInput('one-fee', { fee: '$300 (approx ₹25,000)', exam_format: '120 minutes' }),
  ],
  { today: SAMPLE_TODAY },
);
const [twoExams, oneFee] = ['two-exams', 'one-fee'].map((slug) => catalogue.bySlug.get(slug)!);

describe('cardView', () => {
  it('gives the browser the card as the build shows it: labels, texts and the fee to redraw', () => {
    expect(cardView(twoExams!)).toEqual({
      slug: 'two-exams',
      url: '/two-exams/',
      title: 'two-exams',
      provider: 'Sample Org',
      level: 'Beginner',
      levelSlug: 'beginner',
      status: 'Retiring',
      facts: [
        expect.objectContaining({ id: 'fee', term: 'Fee', text: '$530 (2 exams)', feeSuffix: ' (2 exams)' }),
        { id: 'duration', term: 'Duration', text: '3 h' },
        { id: 'validity', term: 'Validity', text: 'Not listed' },
      ],
      checked: 'Not yet checked',
    });
  });
});

describe('a fee in a picked currency', () => {
  it('reads the same on the card, in the facts panel and in the comparison', () => {
    for (const currency of ['INR', 'EUR', 'USD']) {
      const card = cardView(oneFee!).facts.find((fact) => fact.id === 'fee')!;
      const panel = certificationFacts(oneFee!, 'INR').find((fact) => fact.id === 'fee')!;
      const document = certificationDocument(oneFee!, catalogue, (slug) => `/${slug}/`);
      const row = compareRows([document], currency, messages.compare.table.rows).find(
        (candidate) => candidate.id === 'fee',
      )!;
      expect(shownIn(card, currency)).toEqual(shownIn(panel, currency));
      expect(row.cells[0]).toEqual({ ...shownIn(card, currency), missing: false });
    }
    expect(shownIn(cardView(oneFee!).facts[0]!, 'EUR').text).toBe('$300 (≈ ₹25,000)');
    expect(shownIn(cardView(oneFee!).facts[0]!, 'INR')).toEqual({ text: '$300', secondary: '≈ ₹25,000' });
  });
});
