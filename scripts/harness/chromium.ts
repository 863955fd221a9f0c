/**
 * Test harness, shared by the browser tests (`tests/`), the audit and the screenshots (`scripts/`).
 *
 * Which Chromium the browser tests drive, first found of:
 * 1. `CHROME_PATH` when set;
 * 2. the system's headless shell (Debian's `chromium-headless-shell` package, which `.ci/run` installs):
 *    Chromium's old headless mode, a separate implementation without the full browser's code, which
 *    Playwright itself runs for headless tests (since 1.49). It costs half the processor time of the
 *    full browser in its headless mode: the full tier's browser stage took 191 s with it and 345 s with
 *    Debian's `chromium` (2026-12-05, the same 120 tests). The visual references are drawn by it
 *    (tests/e2e/visual.spec.ts);
 * 3. Playwright's own download, on machines that have one (then Playwright picks its headless shell);
 * 4. a system Chromium or Chrome (the full browser, in its headless mode).
 */
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HEADLESS_SHELL_PATHS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];
const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Whether Playwright's own browsers (`npx playwright install`) are on this machine. */
function hasPlaywrightDownload(): boolean {
  const folder = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), '.cache', 'ms-playwright');
  try {
    return readdirSync(folder).some((name) => name.startsWith('chromium'));
  } catch {
    return false;
  }
}

/** The Chromium executable to launch, or undefined for Playwright's bundled browser. */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const shell = HEADLESS_SHELL_PATHS.find((candidate) => existsSync(candidate));
  if (shell) return shell;
  if (hasPlaywrightDownload()) return undefined;
  return SYSTEM_CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
}

/** Flags that keep a headless Chromium from reaching out to the network on its own. */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];
