/**
 * `npm run facts:diff -- [--base <ref>] [--head <ref>] [--out <file>]`: which tracked facts of the
 * certification files change between two commits, old → new, as a Markdown table, so a reviewer sees
 * "Fee: $300 → $330" without reading YAML. Compares the head with the commit where it left the base (by
 * default `origin/main`, else `main`; the head defaults to HEAD), as a pull request does.
 *
 * In CI (.github/workflows/ci.yml), when certification files changed it also appends the table to the job
 * summary (GITHUB_STEP_SUMMARY), and it writes `changed-files=<count>` to the step's outputs
 * (GITHUB_OUTPUT) so the comment step knows whether a new comment is worth adding.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  changedCertificationFiles,
  defaultBaseRef,
  GitRangeError,
  type ComparedCommits,
} from '../src/lib/editor/changed-certification-files';
import { factsDiff } from '../src/lib/editor/facts-diff';
import { siteConfig } from '../src/site.config';
import { factsDiffMarkdown } from './lib/facts-diff-markdown';

const { values } = parseArgs({
  options: { base: { type: 'string' }, head: { type: 'string' }, out: { type: 'string' } },
});
const folder = path.resolve(siteConfig.certificationsDir);

let compared: ComparedCommits;
try {
  compared = changedCertificationFiles(folder, values.base ?? defaultBaseRef(folder), values.head ?? 'HEAD');
} catch (error) {
  if (!(error instanceof GitRangeError)) throw error;
  console.error(`facts diff: ${error.message}`);
  process.exit(1);
}

const markdown = factsDiffMarkdown(factsDiff(compared.files), compared);
console.log(markdown);
if (values.out) writeFileSync(values.out, markdown);
const { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs } = process.env;
if (summary && compared.files.length > 0) appendFileSync(summary, `${markdown}\n`);
if (outputs) appendFileSync(outputs, `changed-files=${compared.files.length}\n`);
