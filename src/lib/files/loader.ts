/**
 * The `certifications` collection: Astro's `glob()` loader over the certification files, after every
 * file and the catalogue as a whole have passed the checks, and the schema Astro applies to what its
 * own YAML reader read. One bad file fails the build with every problem listed, each naming its file,
 * line and field.
 */
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { CalendarDate } from '../fields/calendar-date';
import { certificationSchema } from '../schema';
import { checkCertificationFolder } from './check-folder';
import { slugOfFile } from './file-name';
import { CERTIFICATION_GLOB } from './list';
import { formatProblemBlock, formatProblemReport, type ContentProblem } from './problem';
import { asCheckerReadsIt } from './read';

/** A reference to a certification, as Astro's `reference('certifications')` gives it. */
export interface CertificationReference {
  collection: 'certifications';
  id: string;
}

/** Astro's `reference()` (from `astro:content`, which only the content config may import). */
export type ReferenceSchema = (collection: 'certifications') => z.ZodType<CertificationReference, string>;

/**
 * The collection's schema: Astro's YAML read as the checker reads it, then the certification schema,
 * with `builds_on` and `leads_to` as Astro references to other certifications. That each one exists,
 * and that they form no cycle, the catalogue check has already said (with file, line and field).
 */
export function collectionSchema(reference: ReferenceSchema) {
  const references = z.array(reference('certifications'));
  return z.preprocess(asCheckerReadsIt, certificationSchema).transform((data) => ({
    ...data,
    buildsOn: references.parse(data.buildsOn),
    leadsTo: references.parse(data.leadsTo),
  }));
}

/** Raised when certification files have errors; its message is the whole report. */
export class CertificationContentError extends Error {
  /** Shown by Astro under the message. */
  readonly hint = 'CONTRIBUTING.md describes every field with an example; `npm run check` lists the same problems.';
  /** Where the first problem is, for the dev server's error overlay. */
  readonly loc: { file: string; line: number; column: number };

  constructor(errors: readonly ContentProblem[], root: string) {
    super(`Certification files have errors. Fix them, then run the command again.\n\n${formatProblemReport(errors)}\n`);
    this.name = 'CertificationContentError';
    const [first] = errors;
    this.loc = { file: path.resolve(root, first?.file ?? ''), line: first?.line ?? 1, column: 1 };
    // The report says where each problem is; a stack trace would only bury it.
    this.stack = '';
  }
}

async function checkFolder(folder: string, today: CalendarDate, context: LoaderContext): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const { problems } = await checkCertificationFolder(folder, { today, relativeTo: root });
  const errors = problems.filter((problem) => problem.severity === 'error');
  for (const warning of problems.filter((problem) => problem.severity === 'warning')) {
    context.logger.warn(formatProblemBlock(warning));
  }
  if (errors.length > 0) throw new CertificationContentError(errors, root);
}

/** Folders already watched in this process: `load` runs again on config changes, the listener must not pile up. */
const watchedFolders = new Set<string>();

/**
 * The certifications loader for a folder (relative to the project root, or absolute); `today` decides
 * which dates are in the future or too old.
 */
export function certificationLoader(folder: string, today: CalendarDate): Loader {
  const base = glob({
    pattern: CERTIFICATION_GLOB,
    base: folder,
    // The slug is the file name as the editor chose it; the checks enforce its format.
    generateId: ({ entry }) => slugOfFile(entry),
  });
  return {
    name: 'certification-loader',
    load: async (context) => {
      const absoluteFolder = path.resolve(fileURLToPath(context.config.root), folder);
      await checkFolder(absoluteFolder, today, context);
      // Astro keeps entries between builds and reuses one whose content is unchanged, path included.
      // When CERTIFICATIONS_DIR points elsewhere, start afresh so no entry keeps a path from the old folder.
      if (context.meta.get('folder') !== absoluteFolder) {
        context.store.clear();
        context.meta.set('folder', absoluteFolder);
      }
      await base.load(context);
      // In `astro dev`, re-check the catalogue whenever a file changes so cross-file problems show up too.
      if (context.watcher && !watchedFolders.has(absoluteFolder)) {
        watchedFolders.add(absoluteFolder);
        context.watcher.on('all', (_event, changed) => {
          if (!changed.startsWith(absoluteFolder + path.sep)) return;
          checkFolder(absoluteFolder, today, context).catch((error: Error) => context.logger.error(error.message));
        });
      }
    },
  };
}
