/**
 * When each certification file was added and when it last changed, from git history: one `git log`
 * for the whole folder.
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

/** The dates of a file's first and last commits. */
export interface CommitDates {
  added: CalendarDate;
  changed: CalendarDate;
}

/** Absolute file path → dates of its first and last commits (`YYYY-MM-DD`), or undefined when git cannot say. */
export function commitDates(folder: string): Map<string, CommitDates> | undefined {
  const root = git(['rev-parse', '--show-toplevel'], folder)?.trim();
  if (!root || git(['rev-parse', '--is-shallow-repository'], folder)?.trim() !== 'false') return undefined;
  const log = git(['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', '.'], folder);
  if (log === undefined) return undefined;
  const dates = new Map<string, CommitDates>();
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n').filter(Boolean);
    for (const file of files) {
      const absolute = path.join(root, file);
      // git log lists the newest commit first: the first date seen is the last change, the last seen the first.
      const known = dates.get(absolute);
      if (known) known.added = date;
      else dates.set(absolute, { added: date, changed: date });
    }
  }
  return dates;
}
