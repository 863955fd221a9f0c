/** The provider's code for the current exam (`MLS-C01`, `SY0-701`). */
import { textField } from './field';

/** The most characters an exam code may have. */
export const MAX_EXAM_CODE_LENGTH = 40;

export const examCodeField = textField(
  {
    description: 'The provider’s code for the current exam.',
    expected: `a short code, at most ${MAX_EXAM_CODE_LENGTH} characters; quote it if it is only digits`,
    examples: ['exam_code: MLS-C01'],
  },
  { maxLength: MAX_EXAM_CODE_LENGTH, numbers: false },
);
