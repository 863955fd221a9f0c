/**
 * The command-line flags of `npm run new`, derived from the schema: one flag per field that can be
 * written as text (`short_description` → `--short-description`), read the way the field reads text.
 */
import { fieldSpecOf } from '../fields/field';
import { frontMatterShape, type FieldKey } from '../schema';
import { kebabCase } from '../text/case';
import { DRAFT_FIELDS, REQUIRED_FIELDS, type EntryDraft } from './new-entry';

/** How a flag's text becomes a draft value: kept as text, or split on commas for a field that takes only a list. */
type FlagForm = 'text' | 'comma-list';

function flagForm(key: FieldKey): FlagForm | undefined {
  const accepts = fieldSpecOf(frontMatterShape[key])?.accepts;
  if (accepts?.safeParse('text').success) return 'text';
  if (accepts?.safeParse(['text']).success) return 'comma-list';
  return undefined;
}

/** Every flag, with its field and form, in schema order (`domains` has none: it is a list of objects). */
export const DRAFT_FLAGS: readonly { flag: string; key: FieldKey; form: FlagForm }[] = DRAFT_FIELDS.flatMap((key) => {
  const form = flagForm(key);
  return form ? [{ flag: kebabCase(key), key, form }] : [];
});

/** The flag of a field: `short_description` → `--short-description`. */
export function flagOf(key: FieldKey): string {
  return `--${kebabCase(key)}`;
}

/**
 * A draft from flag values. A field whose text form is a list keeps the list its parser reads
 * (`--skills "SQL, Python"` → two skills; `--prerequisites` stays one item), so the file shows a list.
 */
export function draftFromFlags(values: Readonly<Record<string, unknown>>): EntryDraft {
  const draft: Record<string, unknown> = {};
  for (const { flag, key, form } of DRAFT_FLAGS) {
    const text = values[flag];
    if (typeof text !== 'string') continue;
    if (form === 'comma-list') {
      draft[key] = text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      continue;
    }
    const parsed = frontMatterShape[key].safeParse(text);
    draft[key] = parsed.success && Array.isArray(parsed.data) ? parsed.data : text;
  }
  return draft as EntryDraft;
}

/** The flags of required fields a draft has no value for, in schema order. */
export function missingRequiredFlags(draft: EntryDraft): string[] {
  return REQUIRED_FIELDS.filter((key) => {
    const value = draft[key];
    return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  }).map(flagOf);
}
