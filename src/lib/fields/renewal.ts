/** How the certification is kept once earned: renewal and its costs. */
import { feeInput, parseFeeInput } from './fee';
import { parsedField, textField } from './field';

/** The most characters the renewal text may have. */
export const MAX_RENEWAL_LENGTH = 400;

export const renewalField = textField(
  {
    description: 'How the certification is kept valid: a renewal exam, continuing education, a fee.',
    expected: `text of at most ${MAX_RENEWAL_LENGTH} characters`,
    examples: [
      'renewal: "Pass the current version of the exam, or earn 40 continuing education units, every 3 years."',
    ],
  },
  { maxLength: MAX_RENEWAL_LENGTH },
);

export const renewalFeeField = parsedField(
  {
    description: 'What renewing costs each time, in the same form as the exam fee.',
    expected: 'Free, or an amount such as "$150", "USD 150" or "€125"',
    examples: ['renewal_fee: "$150"', 'renewal_fee: Free'],
  },
  feeInput,
  parseFeeInput,
);

export const annualFeeField = parsedField(
  {
    description: 'A yearly maintenance fee the holder pays to keep the certification (ISC2’s, for example).',
    expected: 'an amount such as "$135" or "USD 125", the same form as the exam fee',
    examples: ['annual_fee: "$135"'],
  },
  feeInput,
  parseFeeInput,
);
