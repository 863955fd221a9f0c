/**
 * What `npm run new` asks, in order, with existing providers and categories offered first so
 * spellings stay consistent. Each answer is checked by the parser the schema uses, so the file
 * written passes `npm run check`.
 */
import { FIELD_DOCS, TEXT_LIMITS } from '../../src/lib/certification-schema';
import { slugProblem } from '../../src/lib/content-check';
import { FieldProblem } from '../../src/lib/fields/problem';
import { parseExamFormat } from '../../src/lib/fields/exam-format';
import { parseFee } from '../../src/lib/fields/fee';
import { LEVELS } from '../../src/lib/fields/level';
import { parseOfficialLink } from '../../src/lib/fields/link';
import { parseValidity } from '../../src/lib/fields/validity';
import { proposeSlug, type NewEntry } from '../../src/lib/new-entry';
import { similarName } from '../../src/lib/taxonomy';
import type { Prompter } from './prompter';

/** What the flow needs to know about the catalogue already there. */
export interface CatalogueContext {
  providers: string[];
  categories: string[];
  /** Slugs already taken by files. */
  slugs: Set<string>;
}

const NEW_PROVIDER = '__new__';

/** A validator from a parser: the parser's reason and the field's accepted forms when it throws. */
function validatorFor(parse: (text: string) => unknown, field: keyof typeof FIELD_DOCS, optional = false) {
  return (answer: string): string | undefined => {
    if (optional && answer.trim() === '') return undefined;
    try {
      parse(answer);
      return undefined;
    } catch (error) {
      if (error instanceof FieldProblem) return `${error.reason}. Accepted: ${FIELD_DOCS[field].expected}`;
      throw error;
    }
  };
}

const required = (label: string, max?: number) => (answer: string) => {
  if (answer.trim() === '') return `${label} is required`;
  if (max !== undefined && [...answer.trim()].length > max) return `${label} is ${[...answer.trim()].length} characters; at most ${max}`;
  return undefined;
};

/** Asks for every field, starting from `draft` (a Cert Atlas record, or flags), and returns the entry and its slug. */
export async function askForNewEntry(prompter: Prompter, context: CatalogueContext, draft: NewEntry = {}): Promise<{ entry: NewEntry; slug: string }> {
  const title = (await prompter.text({ message: 'Title, as the provider writes it', initial: draft.title, validate: required('The title', TEXT_LIMITS.title) })).trim();

  const providerChoice = await prompter.select({
    message: 'Provider',
    choices: [
      ...context.providers.map((provider) => ({ value: provider, label: provider })),
      { value: NEW_PROVIDER, label: 'Another provider (type its name)' },
    ],
    // Preselect the catalogue's spelling of the draft's provider (a Cert Atlas record says "AWS").
    ...(draft.provider && { initial: context.providers.includes(draft.provider) ? draft.provider : similarName(draft.provider, context.providers) ?? NEW_PROVIDER }),
  });
  const provider =
    providerChoice === NEW_PROVIDER
      ? (await prompter.text({ message: 'Provider name', initial: draft.provider, validate: required('The provider', TEXT_LIMITS.provider) })).trim()
      : providerChoice;

  const level = await prompter.select({
    message: 'Level',
    choices: LEVELS.map((value) => ({ value, label: value })),
    ...(draft.level ? { initial: draft.level } : {}),
  });
  const fee = await prompter.text({ message: 'Exam fee (leave empty if unknown)', initial: draft.fee, placeholder: '$300 (approx ₹25,000)', validate: validatorFor(parseFee, 'fee', true) });
  const examFormat = await prompter.text({ message: 'Exam format (leave empty if unknown)', initial: draft.examFormat, placeholder: '65 questions, 180 minutes, online proctored', validate: validatorFor(parseExamFormat, 'exam_format', true) });
  const validity = await prompter.text({ message: 'Validity (leave empty if unknown)', initial: draft.validity, placeholder: '3 years', validate: validatorFor(parseValidity, 'validity', true) });
  const link = await prompter.text({ message: 'Official link (https://...)', initial: draft.link, validate: validatorFor(parseOfficialLink, 'link') });

  const chosen = await prompter.multiselect({
    message: 'Categories (pick existing ones; type to filter)',
    choices: context.categories.map((category) => ({ value: category, label: category })),
    initial: (draft.categories ?? []).filter((category) => context.categories.includes(category)),
  });
  const added = (await prompter.text({ message: 'New categories, comma-separated (leave empty for none)' }))
    .split(',')
    .map((category) => category.trim())
    .filter(Boolean);
  const categories = [...chosen, ...added];
  if (categories.length === 0) throw new Error('At least one category is needed; nothing was written.');

  const overview = (await prompter.text({ message: 'Overview: what it proves, one or two sentences', initial: draft.overview, validate: required('The overview', TEXT_LIMITS.overview) })).trim();
  const shortDescription = (
    await prompter.text({ message: `Short description for cards and search engines (at most ${TEXT_LIMITS.short_description} characters)`, initial: draft.shortDescription, validate: required('The short description', TEXT_LIMITS.short_description) })
  ).trim();
  const slug = await prompter.text({ message: 'File name (the page address)', initial: proposeSlug(title), validate: (answer) => slugProblem(answer, context.slugs) });

  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    slug,
    entry: {
      ...draft,
      title,
      provider,
      level,
      fee: optional(fee),
      examFormat: optional(examFormat),
      validity: optional(validity),
      link: link.trim(),
      categories,
      overview,
      shortDescription,
    },
  };
}
