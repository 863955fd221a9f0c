/** The organisation that awards the certification; files spelling it alike share a provider page. */
import { textField } from './field';

/** The most characters a provider's name may have. */
export const MAX_PROVIDER_LENGTH = 80;

export const providerField = textField(
  {
    description: 'The organisation that awards the certification. Use the spelling other files already use.',
    expected: `the provider’s name, at most ${MAX_PROVIDER_LENGTH} characters`,
    examples: ['provider: "Amazon Web Services (AWS)"'],
  },
  { maxLength: MAX_PROVIDER_LENGTH },
);
