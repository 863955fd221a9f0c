/**
 * The certification files that differ between two commits, with their texts at each side, for the facts
 * diff (facts-diff.ts): one `git diff --raw` over the certifications folder, from the commit where the
 * head's branch left the base (what a pull request shows, not what the base has gained since), renames
 * followed; then one `git cat-file --batch` for every text. Errors say which commit git does not know and
 * how to get it, since the usual cause is a clone without that history.
 */
import { blobTexts, gitOutput, parseRawLine } from '../catalogue/git-objects';
import { isCertificationFile } from '../files/list';
import type { ChangedFile } from './facts-diff';

/** A comparison git cannot make (no repository, an unknown commit, no common history), said for the reader. */
export class GitRangeError extends Error {
  override name = 'GitRangeError';
}

/** The changed files between two commits, and the commits compared (full ids). */
export interface ComparedCommits {
  /** Where the head's branch left the base: the commit the head is compared with. */
  base: string;
  head: string;
  files: ChangedFile[];
}

/** The blob id git gives the missing side of an added or deleted file. */
const NO_BLOB = /^0+$/;

/** The full id of the commit `ref` names; throws when git knows none. */
function commitOf(ref: string, side: 'base' | 'head', cwd: string): string {
  const commit = gitOutput(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd)?.trim();
  if (commit) return commit;
  throw new GitRangeError(
    `${side} "${ref}": git knows no commit by that name here. Fetch it first (such as "git fetch origin main"), ` +
      `or name a branch, tag or commit id this clone has (such as "origin/main" or "HEAD~1").`,
  );
}

/** The branch a pull request usually goes into, when none is named: `origin/main`, else `main`. */
export function defaultBaseRef(cwd: string): string {
  const ref = ['origin/main', 'main'].find((name) =>
    gitOutput(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], cwd),
  );
  if (ref) return ref;
  throw new GitRangeError('base: neither "origin/main" nor "main" is known here; name the base commit (--base <ref>).');
}

/**
 * The certification files of `folder` (paths relative to it) that the head changed since it left the
 * base, with their texts; `.md`/`.mdx` files only (not redirects.json).
 */
export function changedCertificationFiles(folder: string, baseRef: string, headRef: string): ComparedCommits {
  if (gitOutput(['rev-parse', '--show-toplevel'], folder) === undefined)
    throw new GitRangeError(
      `${folder} is not in a git repository (or git is missing): there are no commits to compare.`,
    );
  const head = commitOf(headRef, 'head', folder);
  const base = gitOutput(['merge-base', commitOf(baseRef, 'base', folder), head], folder)?.trim();
  if (!base)
    throw new GitRangeError(
      `base "${baseRef}" and head "${headRef}" share no commit in this clone. A shallow clone lacks the history: ` +
        `run "git fetch --unshallow" (in CI, check out with fetch-depth: 0).`,
    );
  const raw = gitOutput(
    ['diff', '--raw', '--no-abbrev', '-M', '--relative', '--no-color', '--no-ext-diff', base, head, '--', '.'],
    folder,
  );
  if (raw === undefined) throw new GitRangeError(`git diff ${base} ${head} failed in ${folder}.`);
  const changes = raw
    .split('\n')
    .map(parseRawLine)
    .filter((change) => change !== undefined)
    .filter(({ from, to }) => isCertificationFile(from) || isCertificationFile(to));
  const blobs = changes.flatMap(({ fromBlob, toBlob }) => [fromBlob, toBlob]).filter((blob) => !NO_BLOB.test(blob));
  const texts = blobTexts([...new Set(blobs)], folder);
  if (!texts) throw new GitRangeError(`git cat-file could not read the changed files' texts in ${folder}.`);
  const side = (path: string, blob: string) => (NO_BLOB.test(blob) ? undefined : { path, text: texts.get(blob) ?? '' });
  const files = changes.map(({ from, to, fromBlob, toBlob }): ChangedFile => {
    const [before, after] = [side(from, fromBlob), side(to, toBlob)];
    return { ...(before && { base: before }), ...(after && { head: after }) };
  });
  return { base, head, files };
}
