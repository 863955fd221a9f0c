/**
 * Validates every HTML file of a test build with html-validate's recommended rules (the project's
 * .htmlvalidate.json); the gates call it once per build, from two files so the builds run in parallel.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData, type ResolvedConfig } from 'html-validate';
import { listFiles } from './built-pages';
import { PROJECT_ROOT } from './build-site';
import { siteDir } from './test-sites';
import type { TestSiteName } from './sites';

/** Where a page of a build would be in the project: html-validate finds the project's config from it. */
const PROJECT_CONFIG_HANDLE = path.join(PROJECT_ROOT, 'dist', 'index.html');

/**
 * The project's configuration, resolved once per set of overrides. html-validate's own loaders resolve it
 * again for every page (its element metadata loaded and checked anew): 12 of the 57 ms a page took.
 * Every page of a build shares the one .htmlvalidate.json at the project's root.
 */
class ResolvedOnce extends FileSystemConfigLoader {
  private readonly resolved = new Map<string, ResolvedConfig | Promise<ResolvedConfig>>();

  override getConfigFor(_filename: string, overrides?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    const key = JSON.stringify(overrides ?? {});
    let config = this.resolved.get(key);
    if (!config) this.resolved.set(key, (config = super.getConfigFor(PROJECT_CONFIG_HANDLE, overrides)));
    return config;
  }

  override flushCache(filename?: string): void {
    this.resolved.clear();
    super.flushCache(filename);
  }
}

const validator = new HtmlValidate(new ResolvedOnce());

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
