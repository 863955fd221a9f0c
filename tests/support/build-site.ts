/** Runs a real `astro build` into a folder of its own, for tests that need a built site. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/** Builds the site with extra environment variables (BASE_PATH, CERTIFICATIONS_DIR ...) into `outDir`. */
export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
  const absoluteOutDir = path.resolve(PROJECT_ROOT, outDir);
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', absoluteOutDir],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir: absoluteOutDir };
}
