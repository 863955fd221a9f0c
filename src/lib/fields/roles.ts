/**
 * The job roles a certification leads to: ids of the reviewed roles file (`src/data/roles.json`).
 * Whether each id is a role of the file is checked over the whole catalogue
 * (`files/check-roles.ts`). Without this field, the roles file's rules give a certification its roles.
 */
import { FILE_SLUG_FORMAT } from '../text/slug';
import { parsedField } from './field';
import { textListInput } from './lists';
import { FieldProblem } from './problem';

/** Reads a role id or a list of them: each in slug form, none twice. */
export function parseRoleIds(value: string | readonly string[]): string[] {
  const ids = (typeof value === 'string' ? [value] : value).map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) throw new FieldProblem('the list is empty');
  const seen = new Set<string>();
  for (const id of ids) {
    if (!FILE_SLUG_FORMAT.test(id))
      throw new FieldProblem(`"${id}" is not a role id (lowercase words joined by hyphens)`);
    if (seen.has(id)) throw new FieldProblem(`"${id}" is listed twice`);
    seen.add(id);
  }
  return ids;
}

export const rolesField = parsedField(
  {
    description:
      'The job roles this certification leads to: ids of src/data/roles.json. Leave it out to let the roles ' +
      'file’s reviewed rules decide; write it when an editor knows better (the "Career Outlook" of a page).',
    expected: 'a list of role ids from src/data/roles.json, such as [cloud-architect]',
    examples: ['roles: [cloud-architect]', 'roles: [data-scientist, machine-learning-engineer]'],
  },
  textListInput,
  parseRoleIds,
);
