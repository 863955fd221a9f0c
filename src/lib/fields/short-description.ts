/** One sentence for cards and search engines. */
import { textField } from './field';

/** The most characters a short description may have: search engines cut longer ones. */
export const MAX_SHORT_DESCRIPTION_LENGTH = 200;

export const shortDescriptionField = textField(
  {
    description: 'One sentence shown on cards and as the description search engines display.',
    expected: `text of at most ${MAX_SHORT_DESCRIPTION_LENGTH} characters`,
    examples: ['short_description: "Advanced certification for deploying and managing ML models using AWS services."'],
  },
  { maxLength: MAX_SHORT_DESCRIPTION_LENGTH },
);
