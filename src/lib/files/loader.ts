/**
 * The `certifications` collection's loader. Before anything reaches Astro, every file and the catalogue
 * as a whole pass the checks: one bad file fails the build with every problem listed, each naming its
 * file, line and field. Then each entry is stored with its body already rendered to HTML by the
 * renderer the content config gives (one that renders exactly as MDX does, without a module per file),
 * keyed by a digest of the file and of the renderer, so the next build reuses what has not changed. A
 * body the renderer leaves to MDX (or every body, without a renderer) goes through the MDX integration.
 * In `astro dev` an edited file is checked and rendered again on its own, the catalogue rules over all.
 */
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { CalendarDate } from '../values/calendar-date';
import { certificationSchema } from '../schema';
import { CheckedFolder, checkerVersion } from './check-folder';
import { formatProblemBlock, formatProblemReport, type ContentProblem } from './problem';
import type { RenderedBody } from '../text/rendered-body';

/** A reference to a certification, as Astro's `reference('certifications')` gives it. */
export interface CertificationReference {
  collection: 'certifications';
  id: string;
}

/** Astro's `reference()` (from `astro:content`, which only the content config may import). */
export type ReferenceSchema = (collection: 'certifications') => z.ZodType<CertificationReference, string>;

/**
 * The collection's schema: the certification schema over the front matter as the checker read it,
 * with `builds_on` and `leads_to` as Astro references to other certifications. That each one exists,
 * and that they form no cycle, the catalogue check has already said (with file, line and field).
 */
export function collectionSchema(reference: ReferenceSchema) {
  const references = z.array(reference('certifications'));
  return certificationSchema.transform((data) => ({
    ...data,
    buildsOn: references.parse(data.buildsOn),
    leadsTo: references.parse(data.leadsTo),
  }));
}

/** Renders bodies in the loader; `version` changes whenever its output could (its code, its packages). */
export interface BodyRenderer {
  render: (body: string) => Promise<RenderedBody | undefined>;
  version: string;
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

/** Checks the folder (again, or only the files that changed); warnings are logged, errors thrown as one report. */
async function check(
  folder: CheckedFolder,
  root: string,
  context: LoaderContext,
  changed?: readonly string[],
): Promise<void> {
  await folder.refresh(changed);
  const problems = folder.problems();
  // After an edit, only the edited files' warnings are news; errors are always listed in full.
  const changedFiles = changed && new Set(changed.map((file) => path.relative(root, file).split(path.sep).join('/')));
  for (const warning of problems.filter((problem) => problem.severity === 'warning')) {
    if (!changedFiles || changedFiles.has(warning.file)) context.logger.warn(formatProblemBlock(warning));
  }
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new CertificationContentError(errors, root);
}

/**
 * Stores every checked file: an entry whose digest is unchanged is kept as it is (rendered body
 * included); a new or changed one is parsed with the collection's schema and its body rendered; an
 * entry whose file is gone is deleted. Returns how many bodies were rendered.
 */
async function store(
  folder: CheckedFolder,
  renderer: BodyRenderer | undefined,
  context: LoaderContext,
): Promise<number> {
  const { store: entries, generateDigest, parseData } = context;
  const stale = new Set(entries.keys());
  let rendered = 0;
  for (const { file, source, checked } of folder.files()) {
    if (!checked) continue;
    const id = checked.slug;
    stale.delete(id);
    const digest = generateDigest(`${renderer?.version ?? 'mdx'}\u0000${source}`);
    const existing = entries.get(id);
    if (existing?.digest === digest && existing.filePath === file) {
      // The MDX integration's module of an unchanged file is still wanted.
      if (existing.deferredRender) entries.addModuleImport(file);
      continue;
    }
    const data = await parseData({ id, data: { ...checked.frontMatter }, filePath: file });
    const html = renderer ? await renderer.render(checked.body) : undefined;
    if (html) rendered += 1;
    entries.set({ id, data, filePath: file, digest, ...(html ? { rendered: html } : { deferredRender: true }) });
  }
  for (const id of stale) entries.delete(id);
  return rendered;
}

/** Where, in Astro's cache folder, each file's check is kept for the next build. */
const CHECK_CACHE_FILE = 'cert-compass-checks.json';

/** Folders already watched in this process: `load` runs again on config changes, the listener must not pile up. */
const watchedFolders = new Set<string>();

/**
 * The certifications loader for a folder (relative to the project root, or absolute); `today` decides
 * which dates are in the future or too old; `renderer` renders bodies (without one, MDX renders them all).
 */
export function certificationLoader(folder: string, today: CalendarDate, renderer?: BodyRenderer): Loader {
  let checkedFolder: CheckedFolder | undefined;
  return {
    name: 'certification-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const absoluteFolder = path.resolve(root, folder);
      if (checkedFolder?.folder !== absoluteFolder) {
        const cacheFile = fileURLToPath(new URL(CHECK_CACHE_FILE, context.config.cacheDir));
        const cache = { file: cacheFile, version: checkerVersion(root) };
        checkedFolder = new CheckedFolder(absoluteFolder, { today, relativeTo: root, cache });
      }
      const current = checkedFolder;
      const started = performance.now();
      await check(current, root, context);
      const checkedAt = performance.now();
      // Entries of another folder (CERTIFICATIONS_DIR changed) would keep their old paths: start afresh.
      if (context.meta.get('folder') !== absoluteFolder) {
        context.store.clear();
        context.meta.set('folder', absoluteFolder);
      }
      const rendered = await store(current, renderer, context);
      current.saveCache();
      const files = current.files().length;
      const milliseconds = (from: number, to: number) => `${Math.round(to - from)} ms`;
      context.logger.info(
        `${files} certifications checked in ${milliseconds(started, checkedAt)}; ${rendered} bodies rendered ` +
          `(${files - rendered} kept or left to MDX) in ${milliseconds(checkedAt, performance.now())}.`,
      );
      // In `astro dev`, check and store again whenever a file changes: only what changed is re-read.
      if (context.watcher && !watchedFolders.has(absoluteFolder)) {
        watchedFolders.add(absoluteFolder);
        context.watcher.add(absoluteFolder);
        context.watcher.on('all', (_event, changed) => {
          if (!changed.startsWith(absoluteFolder + path.sep)) return;
          const started = performance.now();
          check(current, root, context, [changed])
            .then(() => store(current, renderer, context))
            .then((rendered) =>
              context.logger.info(
                `${path.basename(changed)} checked, ${rendered} rendered ` +
                  `in ${Math.round(performance.now() - started)} ms.`,
              ),
            )
            .catch((error: Error) => context.logger.error(error.message));
        });
      }
    },
  };
}
