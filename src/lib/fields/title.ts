/** The certification's official name. */
import { textField } from './field';

/** The most characters a title may have. */
export const MAX_TITLE_LENGTH = 150;

export const titleField = textField(
  {
    description: 'The certification’s official name, as the provider writes it.',
    expected: `text of at most ${MAX_TITLE_LENGTH} characters`,
    examples: ['title: "AWS Certified Machine Learning – Specialty"'],
  },
  { maxLength: MAX_TITLE_LENGTH },
);
