/** The languages the exam can be taken in. */
import { parsedField } from './field';
import { cleanItems, textListInput } from './lists';
import { FieldProblem } from './problem';

/** Reads a list of languages (or one comma-separated string), each named once. */
export function parseLanguages(value: string | readonly string[]): string[] {
  const languages = cleanItems(typeof value === 'string' ? value.split(',') : value);
  const seen = new Set<string>();
  for (const language of languages) {
    const key = language.toLowerCase();
    if (seen.has(key)) throw new FieldProblem(`"${language}" is listed twice`);
    seen.add(key);
  }
  return languages;
}

/** `1 language: English`, `3 languages: English, French, Spanish`. */
export function formatLanguages(languages: readonly string[]): string {
  return `${languages.length} ${languages.length === 1 ? 'language' : 'languages'}: ${languages.join(', ')}`;
}

export const languagesField = parsedField(
  {
    description: 'The languages the exam can be taken in.',
    expected: 'a list of languages, or one comma-separated string',
    examples: ['languages: [English, Japanese, Korean]', 'languages: "English, French"'],
  },
  textListInput,
  parseLanguages,
);
