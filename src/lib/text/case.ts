/**
 * The one case conversion between the three spellings of a field: snake_case in front matter
 * (`short_description`), camelCase in typed data (`shortDescription`), kebab-case as a command-line
 * flag (`--short-description`).
 */

/** `short_description` → `shortDescription`, at the type level. */
export type CamelCase<Key extends string> = Key extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : Key;

/** `short_description` → `shortDescription`. */
export function camelCase<Key extends string>(key: Key): CamelCase<Key> {
  return key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase()) as CamelCase<Key>;
}

/** `short_description` → `short-description`. */
export function kebabCase(key: string): string {
  return key.replaceAll('_', '-');
}

/** `course certificate` → `Course certificate`: the first letter in upper case, the rest as written. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
