/**
 * The kinds of questions an exam asks, normalised to a short list a student can compare ("is it
 * practical or multiple choice?"). Providers' own names are read into these.
 */
import { parsedField } from './field';
import { cleanItems, textListInput } from './lists';
import { FieldProblem } from './problem';

/** The question types the site knows, each with the words that name it, most specific first. */
const QUESTION_TYPES: readonly { name: string; pattern: RegExp }[] = [
  {
    name: 'multiple response',
    pattern: /multiple[\s_-]*(?:select|response|answer)|select all|multiple choice \(multiple\)/i,
  },
  { name: 'drag and drop', pattern: /drag/i },
  { name: 'hot area', pattern: /hot\s*(?:area|spot)/i },
  { name: 'build list', pattern: /build list|ordering|sequenc/i },
  { name: 'case study', pattern: /case|scenario|testlet/i },
  { name: 'performance-based / lab', pattern: /performance|\blabs?\b|practical|hands[- ]on|simulation|task-based/i },
  { name: 'true or false', pattern: /true\s*(?:\/|or)\s*false/i },
  { name: 'matching', pattern: /matching/i },
  { name: 'fill in the blank', pattern: /fill[\s-]*in|numeric/i },
  { name: 'essay', pattern: /essay|constructed|written|free[\s-]*response|extended response|short answer/i },
  { name: 'oral', pattern: /oral|interview|defen[cs]e/i },
  {
    name: 'multiple choice',
    pattern: /multiple[\s_-]*choice|single best answer|selected[\s-]*response|objective|mcq/i,
  },
];

/** The site's name for a question type a provider names, or undefined when it names none of them. */
export function normaliseQuestionType(text: string): string | undefined {
  return QUESTION_TYPES.find(({ pattern }) => pattern.test(text))?.name;
}

/** Reads a list of question types into the site's names, each once, in the order written. */
export function parseQuestionTypes(value: string | readonly string[]): string[] {
  const found: string[] = [];
  for (const item of cleanItems(typeof value === 'string' ? value.split(',') : value)) {
    const name = normaliseQuestionType(item);
    if (!name) throw new FieldProblem(`"${item}" is not a question type this site knows`);
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

export const questionTypesField = parsedField(
  {
    description: 'The kinds of questions the exam asks; providers’ own names are read into the site’s list.',
    expected: `a list of question types: ${QUESTION_TYPES.map(({ name }) => name).join(', ')}`,
    examples: ['question_types: [multiple choice, multiple response]', 'question_types: "performance-based / lab"'],
  },
  textListInput,
  parseQuestionTypes,
);
