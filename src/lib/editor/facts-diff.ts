/**
 * The facts diff of a pull request: for each certification file it changes, which tracked facts change,
 * old → new, compared as the fact history compares two commits (`factChanges`), so a reviewer sees
 * "Fee: $300 → $330" without reading YAML. Each side is read by today's lenient parsers for committed
 * versions (`committedVersionData`); a side they refuse is reported, never skipped. Pure: the texts come
 * from git (changed-certification-files.ts), the Markdown is written by scripts/lib/facts-diff-markdown.ts.
 */
import { factChanges, type FactChange } from '../catalogue/fact-history';
import { committedVersionData } from '../files/check-file';
import type { CertificationData } from '../schema';
import { titleKeys } from '../text/title-key';

/** A file as one commit has it. */
export interface CommittedFile {
  /** The path, relative to the certifications folder. */
  path: string;
  text: string;
}

/** A certification file that differs between two commits: as the base has it, as the head has it. */
export interface ChangedFile {
  /** Missing for a file the head adds. */
  base?: CommittedFile;
  /** Missing for a file the head deletes. */
  head?: CommittedFile;
}

/** How one side of a file was read: not there (added or deleted), read, or refused by today's parsers. */
export type Reading = 'absent' | 'read' | 'refused';

/** What one changed file does to the catalogue's facts. */
export type FileFactsDiff =
  /** A new certification, with each tracked fact it has (as added). */
  | { kind: 'added'; path: string; title: string; facts: FactChange[] }
  /** A certification deleted, with each tracked fact it had (as removed). */
  | { kind: 'removed'; path: string; title: string; facts: FactChange[] }
  /** A certification whose tracked facts change, or whose file is renamed (its page moves), or both. */
  | { kind: 'changed'; path: string; title: string; renamedFrom?: string; changes: FactChange[] }
  /** A file today's parsers refuse on one side or both: its facts cannot be compared. */
  | { kind: 'unreadable'; path: string; title?: string; renamedFrom?: string; base: Reading; head: Reading };

/** The facts diff of a set of changed files. */
export interface FactsDiff {
  /** Files that change facts, add, remove, rename, or cannot be read; in the order given. */
  files: FileFactsDiff[];
  /** Files changed in their text or untracked fields only: counted, not listed. */
  unchanged: number;
}

/**
 * True when two versions name the same certification: git pairs a deleted file with an added one by
 * similar text, and two certification files share most of theirs, so a pair is a rename only when the
 * new version keeps the title, or lists the old one among its former titles (in any of their spellings).
 */
function sameCertification(before: CertificationData, after: CertificationData): boolean {
  const keysBefore = new Set(titleKeys(before.title, before.provider));
  return [after.title, ...after.formerTitles].some((title) =>
    titleKeys(title, after.provider).some((key) => keysBefore.has(key)),
  );
}

/** What one changed file does: nothing when no tracked fact changes and the name stays; two for an unrelated pair. */
function fileFactsDiffs({ base, head }: ChangedFile): FileFactsDiff[] {
  const path = head?.path ?? base?.path ?? '';
  const renamedFrom = base && head && base.path !== head.path ? base.path : undefined;
  const [before, after] = [base && committedVersionData(base.text), head && committedVersionData(head.text)];
  const reading = (file?: CommittedFile, data?: CertificationData): Reading =>
    !file ? 'absent' : data ? 'read' : 'refused';
  const sides = { base: reading(base, before), head: reading(head, after) };
  if (sides.base === 'refused' || sides.head === 'refused') {
    const title = (after ?? before)?.title;
    return [
      {
        kind: 'unreadable',
        path,
        ...(title !== undefined && { title }),
        ...(renamedFrom && { renamedFrom }),
        ...sides,
      },
    ];
  }
  if (!before && after) return [{ kind: 'added', path, title: after.title, facts: factChanges(undefined, after) }];
  if (before && !after) return [{ kind: 'removed', path, title: before.title, facts: factChanges(before, undefined) }];
  if (!before || !after) return [];
  if (renamedFrom && !sameCertification(before, after))
    return [...fileFactsDiffs({ base }), ...fileFactsDiffs({ head })];
  const changes = factChanges(before, after);
  if (changes.length === 0 && !renamedFrom) return [];
  return [{ kind: 'changed', path, title: after.title, ...(renamedFrom && { renamedFrom }), changes }];
}

/** What `changedFiles` do to the tracked facts, file by file. */
export function factsDiff(changedFiles: readonly ChangedFile[]): FactsDiff {
  const files: FileFactsDiff[] = [];
  let unchanged = 0;
  for (const changedFile of changedFiles) {
    const diffs = fileFactsDiffs(changedFile);
    if (diffs.length === 0) unchanged += 1;
    files.push(...diffs);
  }
  return { files, unchanged };
}
