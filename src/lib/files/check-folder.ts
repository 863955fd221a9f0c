/**
 * The certification files of a folder, read and checked one by one, then as a catalogue. A
 * `CheckedFolder` keeps each file's result with its text, so that checking again after an edit (in
 * `astro dev`) re-checks only the files whose text changed, then the catalogue rules over all of them;
 * given a cache file, it also keeps the results between builds, keyed by each file's path and text and
 * by a digest of the checker's own code, so the next build re-checks only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { certAtlasRecordFiles } from '../catalogue/cert-atlas-records';
import type { CalendarDate } from '../values/calendar-date';
import { checkCatalogue } from './check-catalogue';
import { checkCertificationSource, type CheckedFile } from './check-file';
import { slugOfFile } from './file-name';
import { listCertificationFiles } from './list';
import type { ContentProblem } from './problem';
import { bodyOf } from './read';
import { checkRedirects, readRedirects } from './redirects';
import { codeDigest } from '../catalogue/cache-key';

/** One file as last read: its text, and the checker's result for that text. */
export interface ReadFile {
  /** The path shown in problems, relative to the project root. */
  file: string;
  source: string;
  /** Set when the file passed its own checks. */
  checked?: CheckedFile;
  problems: ContentProblem[];
}

/** One file's check as a cache file keeps it (the body is read again from the text). */
interface CachedCheck {
  problems: ContentProblem[];
  checked?: Omit<CheckedFile, 'body'>;
}

interface CheckCacheFile {
  version: string;
  checks: Record<string, CachedCheck>;
}

/**
 * A digest of the checker's code and rules (src/lib, src/data) and of the packages locked, for keying
 * cached checks: the same digest the page cache keys use, over fewer files.
 */
export function checkerVersion(projectRoot: string): string {
  return codeDigest(projectRoot, ['src/lib', 'src/data', 'package-lock.json']).slice(0, 16);
}

export class CheckedFolder {
  private readonly byPath = new Map<string, ReadFile>();
  /** The checks the cache file held when this folder was first read. */
  private previous: Readonly<Record<string, CachedCheck>> | undefined;

  /**
   * `folder` is absolute; `relativeTo` shortens paths in problems; `today` dates the date rules;
   * `cache` names a file to keep the checks in between builds, and the checker's version.
   */
  constructor(
    readonly folder: string,
    private readonly options: {
      today: CalendarDate;
      relativeTo: string;
      cache?: { file: string; version: string };
    },
  ) {}

  /**
   * Reads every file again (or only `changed`, absolute paths the watcher named), checking only those
   * whose text changed; files gone are forgotten.
   */
  async refresh(changed?: readonly string[]): Promise<void> {
    this.previous ??= this.readCache();
    const listed = listCertificationFiles(this.folder);
    const present = new Set(listed);
    for (const known of this.byPath.keys()) if (!present.has(known)) this.byPath.delete(known);
    const paths = changed ? changed.filter((file) => present.has(file)) : listed;
    await Promise.all(
      paths.map(async (absolute) => {
        const source = await readFile(absolute, 'utf8');
        if (this.byPath.get(absolute)?.source === source) return;
        const file = path.relative(this.options.relativeTo, absolute).split(path.sep).join('/');
        const cached = this.previous?.[cacheKey(file, source)];
        const result: Pick<ReadFile, 'checked' | 'problems'> = cached
          ? {
              problems: cached.problems,
              ...(cached.checked && { checked: { ...cached.checked, body: bodyOf(source) } }),
            }
          : checkCertificationSource(file, source);
        this.byPath.set(absolute, { file, source, ...result });
      }),
    );
  }

  /** Writes every file's check to the cache file, for the next build. */
  saveCache(): void {
    const { cache } = this.options;
    if (!cache) return;
    const checks: Record<string, CachedCheck> = {};
    for (const { file, source, problems, checked } of this.byPath.values()) {
      const { body: _body, ...kept } = checked ?? { body: '' };
      checks[cacheKey(file, source)] = { problems, ...(checked && { checked: kept as Omit<CheckedFile, 'body'> }) };
    }
    mkdirSync(path.dirname(cache.file), { recursive: true });
    writeFileSync(cache.file, JSON.stringify({ version: cache.version, checks } satisfies CheckCacheFile));
  }

  /** The cached checks, when the cache file is of this checker's version. */
  private readCache(): Record<string, CachedCheck> {
    const { cache } = this.options;
    if (!cache || !existsSync(cache.file)) return {};
    try {
      const stored = JSON.parse(readFileSync(cache.file, 'utf8')) as CheckCacheFile;
      return stored.version === cache.version ? stored.checks : {};
    } catch {
      return {};
    }
  }

  /** Every file, in name order. */
  files(): ReadFile[] {
    return [...this.byPath.keys()].sort().map((absolute) => this.byPath.get(absolute)!);
  }

  /** Every problem: each file's own, then the catalogue's. */
  problems(): ContentProblem[] {
    const files = this.files();
    const checked = files.flatMap((read) => (read.checked ? [read.checked] : []));
    const slugs = new Set(files.map((read) => slugOfFile(read.file)));
    const records = certAtlasRecordFiles(this.options.relativeTo);
    const redirects = readRedirects(this.folder);
    return [
      ...files.flatMap((read) => read.problems),
      ...checkCatalogue(checked, this.options.today, records, slugs),
      ...redirects.problems,
      ...checkRedirects(redirects.file, redirects.redirects, slugs),
    ];
  }
}

/** The key of a file's check: its path and its text. */
function cacheKey(file: string, source: string): string {
  return createHash('sha256').update(file).update('\u0000').update(source).digest('base64url');
}

/** Every file and every problem of a folder; `relativeTo` shortens the paths in problems. */
export async function checkCertificationFolder(
  folder: string,
  options: { today: CalendarDate; relativeTo?: string },
): Promise<{ files: string[]; checked: CheckedFile[]; problems: ContentProblem[] }> {
  const checkedFolder = new CheckedFolder(folder, {
    today: options.today,
    relativeTo: options.relativeTo ?? process.cwd(),
  });
  await checkedFolder.refresh();
  const files = checkedFolder.files();
  return {
    files: files.map((read) => read.file),
    checked: files.flatMap((read) => (read.checked ? [read.checked] : [])),
    problems: checkedFolder.problems(),
  };
}
