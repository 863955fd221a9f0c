/** What the certification proves: the opening paragraph of its page. */
import { textField } from './field';

/** The most characters an overview may have. */
export const MAX_OVERVIEW_LENGTH = 600;

export const overviewField = textField(
  {
    description: 'One or two sentences on what the certification proves; shown as the page’s opening paragraph.',
    expected: `text of at most ${MAX_OVERVIEW_LENGTH} characters`,
    examples: ['overview: "Validates the skills to build, train and deploy machine learning models on AWS."'],
  },
  { maxLength: MAX_OVERVIEW_LENGTH },
);
