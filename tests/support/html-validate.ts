/**
 * Validates every HTML file of a test build with html-validate's recommended rules (the project's
 * .htmlvalidate.json); the gates call it once per build, from two files so the builds run in parallel.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { listFiles } from './built-pages';
import { PROJECT_ROOT } from './build-site';
import { siteDir } from './test-sites';
import type { TestSiteName } from './sites';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Every error in the build's HTML files as `file:line:column: rule: message`, and how many files were read. */
export async function htmlErrors(
  name: TestSiteName,
  overrides: object = {},
): Promise<{ files: number; errors: string[] }> {
  const root = siteDir(name);
  const files = listFiles(root).filter((file) => file.endsWith('.html'));
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(
      readFileSync(path.join(root, file), 'utf8'),
      path.join(PROJECT_ROOT, 'dist', file),
      overrides,
    );
    for (const result of report.results) {
      for (const message of result.messages)
        errors.push(`${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`);
    }
  }
  return { files: files.length, errors };
}
