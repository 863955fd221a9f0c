/**
 * The W3C's Nu HTML Checker (the `vnu-jar` package, run on Java) on every page of the test builds: it
 * finds what html-validate forgives, such as a module script after `</html>` ("Stray start tag script").
 * It is the one HTML validator of the build under BASE_PATH=/certs/, whose markup is the root build's
 * with other URLs (html-validate reads the root and edge builds, tests/gates/html-validate.test.ts).
 * Full tier only (`npm run test:full`); `.ci/run` installs Java from Debian's packages when it is missing.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../support/test-sites';
import { QUICK_TIER } from '../support/tiers';

const VNU_JAR = (createRequire(import.meta.url)('vnu-jar') as { toString(): string }).toString();

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/**
 * What the checker reports on stderr (`--format json`) about the HTML files under `folders`: one Java
 * process for all of them, so the checker starts and warms up once.
 */
function checkFolders(folders: readonly string[]): Promise<NuMessage[]> {
  return new Promise((resolve, reject) => {
    const options = ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json'];
    const child = spawn('java', [...options, ...folders]);
    let report = '';
    child.stderr.on('data', (chunk: Buffer) => (report += chunk.toString('utf8')));
    child.on('error', (error) =>
      reject(new Error(`java could not run the Nu HTML Checker (${error.message}): install a JRE`)),
    );
    child.on('close', () => {
      try {
        resolve((JSON.parse(report) as { messages: NuMessage[] }).messages);
      } catch {
        reject(new Error(`the Nu HTML Checker gave no report: ${report.slice(0, 2000)}`));
      }
    });
  });
}

const BUILDS = ['root', 'base', 'edge'] as const;

describe.skipIf(QUICK_TIER)('the Nu HTML Checker', () => {
  it(`finds no error on any page of the ${BUILDS.join(', ')} builds`, async () => {
    const folders = BUILDS.map((name) => siteDir(name));
    const messages = await checkFolders(folders);
    // Every build was read: an empty folder or a wrong path would leave nothing to check.
    for (const folder of folders) expect(readdirSync(folder)).toContain('index.html');
    const errors = messages.map(
      (message) => `${message.url.replace('file:', '')}:${message.lastLine}: ${message.message}`,
    );
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
