/**
 * Every committed version of every file in a folder, from git, in two commands whatever the number of
 * files: one `git log --raw` over the folder (renames followed), then one `git cat-file --batch` for the
 * texts. A file renamed or moved keeps its history under its name of today; a file deleted is not
 * listed. Returns nothing when git is missing, the folder is not in a repository, or the clone is
 * shallow: a shallow clone knows one commit, and would date every file to it (a wrong history). CI and
 * deploy jobs that want the history clone with `fetch-depth: 0`.
 */
import path from 'node:path';
import type { CalendarDate } from '../values/calendar-date';
import { blobTexts, gitOutput, parseRawLine } from './git-objects';

/** One committed version of a file. */
export interface FileVersion {
  /** The full commit id. */
  commit: string;
  /** The commit's date (committer date, `YYYY-MM-DD`). */
  date: CalendarDate;
  /** The file's text at that commit. */
  text: string;
}

/** Why git could not give the history, for the build log. */
export type HistoryUnavailable = 'no-git' | 'shallow';

/**
 * Absolute path of each file in `folder` that git knows today → its committed versions, oldest first;
 * or why git cannot say.
 */
export function fileVersions(folder: string): Map<string, FileVersion[]> | HistoryUnavailable {
  const root = gitOutput(['rev-parse', '--show-toplevel'], folder)?.trim();
  if (!root) return 'no-git';
  const shallow = gitOutput(['rev-parse', '--is-shallow-repository'], folder)?.trim();
  if (shallow !== 'false') return shallow === 'true' ? 'shallow' : 'no-git';
  const log = gitOutput(['log', '--format=%x00%H %cs', '--raw', '--no-abbrev', '-M', '--', '.'], folder);
  if (log === undefined) return 'no-git';
  const today = gitOutput(['ls-files', '--full-name', '--', '.'], folder);
  if (today === undefined) return 'no-git';
  // Each path as it was at the commit being read → the file's path today. git log lists the newest
  // commit first, so a rename is met before the commits that knew the file by its old name.
  const nameToday = new Map(
    today
      .split('\n')
      .filter(Boolean)
      .map((file) => [file, file]),
  );
  const newestFirst = new Map<string, { commit: string; date: CalendarDate; blob: string }[]>();
  for (const record of log.split('\0').slice(1)) {
    const [header = '', ...lines] = record.split('\n');
    const [commit = '', date = ''] = header.split(' ');
    for (const change of lines.map(parseRawLine)) {
      if (!change || change.status === 'D') continue;
      const current = nameToday.get(change.to);
      if (current === undefined) continue;
      const versions = newestFirst.get(current) ?? [];
      versions.push({ commit, date, blob: change.toBlob });
      newestFirst.set(current, versions);
      if (change.status === 'R') {
        nameToday.delete(change.to);
        nameToday.set(change.from, current);
      }
      // Before its first commit, a file added here did not exist: an older file of that name is another.
      if (change.status === 'A' || change.status === 'C') nameToday.delete(change.to);
    }
  }
  const texts = blobTexts([...new Set([...newestFirst.values()].flat().map(({ blob }) => blob))], root);
  if (!texts) return 'no-git';
  const versions = new Map<string, FileVersion[]>();
  for (const [file, list] of newestFirst) {
    versions.set(
      path.join(root, file),
      list.reverse().map(({ commit, date, blob }) => ({ commit, date, text: texts.get(blob) ?? '' })),
    );
  }
  return versions;
}
