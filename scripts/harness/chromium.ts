/**
 * Test harness, shared by the browser tests (`tests/`), the audit and the screenshots (`scripts/`).
 *
 * Which Chromium the browser tests drive: `CHROME_PATH` when set, else the system Chromium
 * (Debian's `chromium` package), else Playwright's own download on machines that have one.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable to launch, or undefined for Playwright's bundled browser. */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
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
