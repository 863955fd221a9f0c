/**
 * What `npm run new` asks, in order, with existing providers and categories offered first so
 * spellings stay consistent. Each answer is checked by the parser the schema uses, so the file
 * written passes `npm run check`.
 */
import { similarName } from '../../src/lib/catalogue/taxonomy';
import type { EntryDraft } from '../../src/lib/editor/new-entry';
import { fieldIssueParams } from '../../src/lib/fields/field';
import { LEVELS } from '../../src/lib/fields/level';
import { MAX_SHORT_DESCRIPTION_LENGTH } from '../../src/lib/fields/short-description';
import { slugProblem } from '../../src/lib/files/file-name';
import { frontMatterShape, type FieldKey } from '../../src/lib/schema';
import { fileSlug } from '../../src/lib/text/slug';
import type { Prompter } from './prompter';

/** What the flow needs to know about the catalogue already there. */
export interface CatalogueContext {
  providers: string[];
  categories: string[];
  /** Slugs already taken by files. */
  slugs: Set<string>;
}

const NEW_PROVIDER = '__new__';

/**
 * A validator from the field's own schema: the reason it refuses an answer, and what it accepts.
 * An `optional` question takes an empty answer as "unknown".
 */
function validatorFor(key: FieldKey, optional = false) {
  return (answer: string): string | undefined => {
    if (optional && answer.trim() === '') return undefined;
    const result = frontMatterShape[key].safeParse(answer);
    if (result.success) return undefined;
    const problem = result.error.issues.map(fieldIssueParams).find((params) => params !== undefined)?.problem;
    return problem ? `${problem.reason}. Accepted: ${problem.expected}` : result.error.issues[0]?.message;
  };
}

/** A draft value to offer as an answer, when it is text (an object form cannot be edited as a line). */
function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Asks for every field, starting from `draft` (a Cert Atlas record, or flags), and returns the entry and its slug. */
export async function askForNewEntry(
  prompter: Prompter,
  context: CatalogueContext,
  draft: EntryDraft = {},
): Promise<{ entry: EntryDraft; slug: string }> {
  const title = (
    await prompter.text({
      message: 'Title, as the provider writes it',
      initial: draft.title,
      validate: validatorFor('title'),
    })
  ).trim();

  const providerChoice = await prompter.select({
    message: 'Provider',
    choices: [
      ...context.providers.map((provider) => ({ value: provider, label: provider })),
      { value: NEW_PROVIDER, label: 'Another provider (type its name)' },
    ],
    // Preselect the catalogue's spelling of the draft's provider (a Cert Atlas record says "AWS").
    ...(draft.provider && {
      initial: context.providers.includes(draft.provider)
        ? draft.provider
        : (similarName(draft.provider, context.providers) ?? NEW_PROVIDER),
    }),
  });
  const provider =
    providerChoice === NEW_PROVIDER
      ? (
          await prompter.text({ message: 'Provider name', initial: draft.provider, validate: validatorFor('provider') })
        ).trim()
      : providerChoice;

  const level = await prompter.select({
    message: 'Level',
    choices: LEVELS.map((value) => ({ value, label: value })),
    ...(draft.level ? { initial: draft.level } : {}),
  });
  const fee = await prompter.text({
    message: 'Exam fee (leave empty if unknown)',
    initial: asText(draft.fee),
    placeholder: '$300 (approx ₹25,000)',
    validate: validatorFor('fee', true),
  });
  const examFormat = await prompter.text({
    message: 'Exam format (leave empty if unknown)',
    initial: asText(draft.exam_format),
    placeholder: '65 questions, 180 minutes, online proctored',
    validate: validatorFor('exam_format', true),
  });
  const validity = await prompter.text({
    message: 'Validity (leave empty if unknown)',
    initial: asText(draft.validity),
    placeholder: '3 years',
    validate: validatorFor('validity', true),
  });
  const link = await prompter.text({
    message: 'Official link (https://...)',
    initial: draft.link,
    validate: validatorFor('link'),
  });

  const chosen = await prompter.multiselect({
    message: 'Categories (pick existing ones; type to filter)',
    choices: context.categories.map((category) => ({ value: category, label: category })),
    initial: (draft.categories ?? []).map(String).filter((category) => context.categories.includes(category)),
  });
  const added = (await prompter.text({ message: 'New categories, comma-separated (leave empty for none)' }))
    .split(',')
    .map((category) => category.trim())
    .filter(Boolean);
  const categories = [...chosen, ...added];
  if (categories.length === 0) throw new Error('At least one category is needed; nothing was written.');

  const overview = (
    await prompter.text({
      message: 'Overview: what it proves, one or two sentences',
      initial: draft.overview,
      validate: validatorFor('overview'),
    })
  ).trim();
  const shortDescription = (
    await prompter.text({
      message: `Short description for cards and search engines (at most ${MAX_SHORT_DESCRIPTION_LENGTH} characters)`,
      initial: draft.short_description,
      validate: validatorFor('short_description'),
    })
  ).trim();
  const slug = await prompter.text({
    message: 'File name (the page address)',
    initial: fileSlug(title),
    validate: (answer) => slugProblem(answer, context.slugs),
  });

  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    slug,
    entry: {
      ...draft,
      title,
      provider,
      level,
      fee: optional(fee),
      exam_format: optional(examFormat),
      validity: optional(validity),
      link: link.trim(),
      categories,
      overview,
      short_description: shortDescription,
    },
  };
}
