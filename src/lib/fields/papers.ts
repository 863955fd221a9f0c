/**
 * The papers of a qualification, in the order a student sits them: the slugs of their files. Each must
 * be an entry of kind paper, listed by exactly one qualification (checked over the whole catalogue).
 */
import { parsedField } from './field';
import { textListInput } from './lists';
import { parseRelatedSlugs } from './relations';

export const papersField = parsedField(
  {
    description:
      'For a qualification: its papers (exams) in the order a student sits them, as the slugs of their ' +
      'files. Each paper’s page then links back to the qualification, and the qualification shows how ' +
      'many papers there are, their total fees and total exam time.',
    expected: 'a list of slugs of entries of kind paper, such as [business-and-technology-bt-f1]',
    examples: ['papers: [business-and-technology-bt-f1, management-accounting-ma-f2, financial-accounting-fa-f3]'],
  },
  textListInput,
  parseRelatedSlugs,
);
