/** Runs a real `astro build` into a folder of its own, for tests that need a built site. */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/** The command line and environment of a build into `outDir`. */
function buildCommand(outDir: string, env: Record<string, string>) {
  const absoluteOutDir = path.resolve(PROJECT_ROOT, outDir);
  return {
    absoluteOutDir,
    args: [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', absoluteOutDir],
    options: {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    },
  };
}

// eslint-disable-next-line no-control-regex
const withoutColours = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Builds the site with extra environment variables (BASE_PATH, CERTIFICATIONS_DIR ...) into `outDir`. */
export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
  const { absoluteOutDir, args, options } = buildCommand(outDir, env);
  const result = spawnSync(process.execPath, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: withoutColours(`${result.stdout}${result.stderr}`), outDir: absoluteOutDir };
}

/** The same, without blocking: several builds can run at once (each needs its own CACHE_DIR). */
export function buildSiteAsync(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const { absoluteOutDir, args, options } = buildCommand(outDir, env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, options);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: withoutColours(output), outDir: absoluteOutDir }));
  });
}
