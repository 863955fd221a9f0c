/**
 * Measuring builds for the benchmarks: a command's wall time, CPU time and peak memory, what a built
 * site's folder holds, and medians. Peak memory is GNU time's maximum resident set size when
 * /usr/bin/time exists, else the highest VmHWM seen in /proc over the command's process tree.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** GNU time, which reports the child's maximum resident set size and CPU time as the kernel counts them. */
const TIME_BINARY = '/usr/bin/time';
/** How often the process tree is sampled when GNU time is missing. */
const POLL_MS = 100;
/** Linux reports CPU times in /proc in ticks of 1/100 s (USER_HZ) on every common architecture. */
const TICKS_PER_SECOND = 100;

/** What one run of a command cost. */
export interface CommandCost {
  wallSeconds: number;
  /** User and system time of the command and every process it waited for. */
  cpuSeconds: number;
  /** The largest resident set size of any one process of the tree, in bytes. */
  peakRssBytes: number;
}

/** What a built site's folder holds. */
export interface FolderSummary {
  bytes: number;
  files: number;
  pages: number;
  largestPage: { file: string; bytes: number; gzipBytes: number } | undefined;
}

/** How peak memory is measured on this machine, for the results file. */
export function peakRssMethod(): string {
  return existsSync(TIME_BINARY)
    ? `${TIME_BINARY} -f %M: the maximum resident set size of the largest single process of the build's tree`
    : `the highest VmHWM in /proc of any process of the build's tree, sampled every ${POLL_MS} ms`;
}

/** The middle value of a list of numbers (the mean of the two middle ones for an even count). */
export function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Every file below a folder, as paths relative to it. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) =>
    statSync(path.join(folder, name)).isFile(),
  );
}

/** The total size of the files below a folder, in bytes; 0 when it does not exist. */
export function folderBytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  return filesBelow(folder).reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);
}

/** Size, file count, HTML page count and largest HTML page (with its gzipped size) of a built site. */
export function summariseFolder(folder: string): FolderSummary {
  const files = filesBelow(folder).map((name) => ({ name, bytes: statSync(path.join(folder, name)).size }));
  const pages = files.filter((file) => file.name.endsWith('.html'));
  const largest = pages.reduce<(typeof pages)[number] | undefined>(
    (biggest, page) => (!biggest || page.bytes > biggest.bytes ? page : biggest),
    undefined,
  );
  return {
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files: files.length,
    pages: pages.length,
    largestPage: largest && {
      file: largest.name.split(path.sep).join('/'),
      bytes: largest.bytes,
      gzipBytes: gzipSync(readFileSync(path.join(folder, largest.name))).length,
    },
  };
}

/** Deletes folders below a root (missing ones are fine). */
export function removeFolders(root: string, folders: readonly string[]): void {
  for (const folder of folders) rmSync(path.join(root, folder), { recursive: true, force: true });
}

/** Parent process id of every process, read from /proc. */
function parentsOfProcesses(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      // The command name in parentheses may hold spaces: the fields after it are counted from its end.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while it was being read.
    }
  }
  return parents;
}

/** A process and all its descendants. */
function processTree(root: number): number[] {
  const parents = parentsOfProcesses();
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) {
    for (const [pid, parent] of parents) if (parent === tree[index]) tree.push(pid);
  }
  return tree;
}

/** A process's peak resident set size (VmHWM) in bytes; 0 once it has ended. */
function peakRssOfProcess(pid: number): number {
  try {
    const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kilobytes ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** CPU seconds of the children this process has waited for (cutime + cstime of /proc/self/stat). */
function waitedChildrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

/** The last lines of a log file, for an error message. */
function tailOf(file: string, characters = 4000): string {
  return readFileSync(file, 'utf8').slice(-characters);
}

/** Runs a command to its end, its output into `logFile`; resolves with the exit code. */
async function runToEnd(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
  whileRunning?: (pid: number) => void,
): Promise<number> {
  const log = openSync(options.logFile, 'w');
  try {
    return await new Promise<number>((resolve, reject) => {
      const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
      const timer = whileRunning && child.pid ? setInterval(() => whileRunning(child.pid!), POLL_MS) : undefined;
      child.on('error', reject);
      child.on('close', (code) => {
        clearInterval(timer);
        resolve(code ?? 1);
      });
    });
  } finally {
    closeSync(log);
  }
}

/** Runs a command and measures it; fails with the end of its output when it exits with an error. */
export async function measureCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<CommandCost> {
  const started = performance.now();
  if (existsSync(TIME_BINARY)) {
    const timeFile = `${options.logFile}.time`;
    const code = await runToEnd(TIME_BINARY, ['-o', timeFile, '-f', '%M %U %S', command, ...args], options);
    const wallSeconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${tailOf(options.logFile)}`);
    // GNU time writes a "Command exited with non-zero status" line before its figures when there is one.
    const [kilobytes = 0, user = 0, system = 0] = tailOf(timeFile).trim().split('\n').at(-1)!.split(' ').map(Number);
    return { wallSeconds, cpuSeconds: user + system, peakRssBytes: kilobytes * 1024 };
  }
  let peakRssBytes = 0;
  const cpuBefore = waitedChildrenCpuSeconds();
  const code = await runToEnd(command, args, options, (pid) => {
    for (const member of processTree(pid)) peakRssBytes = Math.max(peakRssBytes, peakRssOfProcess(member));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${tailOf(options.logFile)}`);
  const cpuSeconds = Math.round((waitedChildrenCpuSeconds() - cpuBefore) * TICKS_PER_SECOND) / TICKS_PER_SECOND;
  return { wallSeconds, cpuSeconds, peakRssBytes };
}

/** Other Astro processes running on the machine (a shared machine makes timings noisy), by process id. */
export function otherAstroProcesses(): number[] {
  const mine = new Set(processTree(process.pid));
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && !mine.has(Number(entry)))
    .filter((pid) => {
      try {
        return /\bastro(\.mjs)?\0(build|dev|preview|check|sync)\b/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      } catch {
        return false;
      }
    })
    .map(Number);
}
