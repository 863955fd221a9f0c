/** The catalogue rule of `roles`: every id names a role of src/data/roles.json (the closest is suggested). */
import { ROLE_IDS } from '../catalogue/roles';
import { closest } from '../text/edit-distance';
import type { CheckedFile } from './check-file';
import type { Report } from './report';

/** Reports every role id that is not a role of the roles file. */
export function checkRoles(
  files: readonly CheckedFile[],
  report: Report,
  roleIds: ReadonlySet<string> = ROLE_IDS,
): void {
  const ids = [...roleIds].sort();
  for (const checked of files) {
    for (const id of checked.data.roles) {
      if (roleIds.has(id)) continue;
      const suggestion = closest(id, ids, Math.max(3, Math.floor(id.length / 3)));
      report(checked, 'roles', 'error', {
        reason: `src/data/roles.json has no role "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        found: id,
        expected: 'the id of a role of src/data/roles.json',
        example: `roles: [${suggestion ?? 'cloud-architect'}]`,
      });
    }
  }
}
