/**
 * When each certification file last changed, from git history: one `git log` for the whole folder.
 * Returns nothing when git is missing, the folder is not in a repository, or the clone is shallow
 * (a shallow clone would date every file to its one commit); pages then fall back to `last_verified`.
 * CI and deploy jobs that want real dates must clone with full history (`fetch-depth: 0`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { CalendarDate } from '../fields/calendar-date';

function git(args: string[], cwd: string): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** Absolute file path → date of its last commit (`YYYY-MM-DD`), or undefined when git cannot say. */
export function lastCommitDates(folder: string): Map<string, CalendarDate> | undefined {
  const root = git(['rev-parse', '--show-toplevel'], folder)?.trim();
  if (!root || git(['rev-parse', '--is-shallow-repository'], folder)?.trim() !== 'false') return undefined;
  const log = git(['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', '.'], folder);
  if (log === undefined) return undefined;
  const dates = new Map<string, CalendarDate>();
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n').filter(Boolean);
    for (const file of files) {
      const absolute = path.join(root, file);
      // git log lists the newest commit first, so the first date seen for a file is its latest change.
      if (!dates.has(absolute)) dates.set(absolute, date);
    }
  }
  return dates;
}
