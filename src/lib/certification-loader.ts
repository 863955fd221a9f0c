/**
 * The loader of the `certifications` collection: Astro's `glob()` loader over `*.md` and `*.mdx`, after
 * every file and the catalogue as a whole have passed `content-check`. One bad file fails the build
 * with every problem listed, each naming its file, line and field.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { checkCertificationFolder } from './content-check';
import { formatProblemBlock, formatProblemReport, type ContentProblem } from './content-problem';
import { siteConfig } from '../site.config';

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

async function checkFolder(folder: string, context: LoaderContext): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const { problems } = await checkCertificationFolder(folder, { today: siteConfig.today, relativeTo: root });
  const errors = problems.filter((problem) => problem.severity === 'error');
  for (const warning of problems.filter((problem) => problem.severity === 'warning')) {
    context.logger.warn(formatProblemBlock(warning));
  }
  if (errors.length > 0) throw new CertificationContentError(errors, root);
}

/** Folders already watched in this process: `load` runs again on config changes, the listener must not pile up. */
const watchedFolders = new Set<string>();

/** The certifications loader for a folder (relative to the project root, or absolute). */
export function certificationLoader(folder: string): Loader {
  const base = glob({
    pattern: '*.{md,mdx}',
    base: folder,
    // The slug is the file name as the editor chose it; content-check enforces its format.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
  return {
    name: 'certification-loader',
    load: async (context) => {
      const absoluteFolder = path.resolve(fileURLToPath(context.config.root), folder);
      await checkFolder(absoluteFolder, context);
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
          checkFolder(absoluteFolder, context).catch((error: Error) => context.logger.error(error.message));
        });
      }
    },
  };
}
