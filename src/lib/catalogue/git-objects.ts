/**
 * What the fact history (git-history.ts) and the pull requests' facts diff (src/lib/editor/) both read from
 * git: a command's output, the change lines of `--raw` output, and the texts of many blobs in one
 * `git cat-file --batch`, so neither starts one git process per file.
 */
import { spawnSync } from 'node:child_process';

/** The output of `git <args>` run in `cwd`, or nothing when git is missing or the command fails. */
export function gitOutput(args: readonly string[], cwd: string): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** One line of `git log --raw` or `git diff --raw`: the blobs before and after, the status letter and the paths. */
export interface RawChange {
  /** The blob before the change (zeros for an added file). */
  fromBlob: string;
  /** The blob after the change (zeros for a deleted file). */
  toBlob: string;
  /** `A`, `M`, `D`, `R` ... without the similarity score of a rename. */
  status: string;
  /** The path before a rename; the path otherwise. */
  from: string;
  /** The path after the change. */
  to: string;
}

/** A `--raw` line read as a change; nothing for any other line (a commit header, a blank line). */
export function parseRawLine(line: string): RawChange | undefined {
  // :100644 100644 <old blob> <new blob> M\tpath   or   ... R087\told path\tnew path
  const match = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*\t([^\t]+)(?:\t(.+))?$/.exec(line);
  if (!match) return undefined;
  const [, fromBlob = '', toBlob = '', status = '', first = '', second] = match;
  return { fromBlob, toBlob, status, from: first, to: second ?? first };
}

/** The texts of `blobs`, read by one `git cat-file --batch`; nothing when git fails or one is not a blob. */
export function blobTexts(blobs: readonly string[], cwd: string): Map<string, string> | undefined {
  const texts = new Map<string, string>();
  if (blobs.length === 0) return texts;
  const result = spawnSync('git', ['cat-file', '--batch'], {
    cwd,
    input: `${blobs.join('\n')}\n`,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status !== 0) return undefined;
  const output = result.stdout;
  let at = 0;
  while (at < output.length) {
    const headerEnd = output.indexOf(0x0a, at);
    const [blob = '', type, size] = output.subarray(at, headerEnd).toString('utf8').split(' ');
    if (type !== 'blob') return undefined;
    const start = headerEnd + 1;
    texts.set(blob, output.subarray(start, start + Number(size)).toString('utf8'));
    at = start + Number(size) + 1;
  }
  return texts;
}
