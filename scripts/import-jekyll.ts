/**
 * `npm run import:jekyll -- <folder> [--out <folder>]`: converts a folder of Jekyll certification pages
 * (front matter + Markdown, like the original entry) into MDX entries in the certifications folder.
 * Every field is kept; what MDX would misread is escaped. Each file is reported as converted (with
 * what changed) or refused (with the reason); a refused file is not written. Exits 1 if any was refused.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { convertJekyllPage } from '../src/lib/editor/jekyll-import';
import { checkCertificationSource } from '../src/lib/files/check-file';
import { formatProblemLine } from '../src/lib/files/problem';
import { siteConfig } from '../src/site.config';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
const source = positionals[0];
if (!source || !existsSync(source)) {
  console.error('Usage: npm run import:jekyll -- <folder of Jekyll pages> [--out <folder>]');
  process.exit(2);
}
const out = path.resolve(values.out ?? siteConfig.certificationsDir);
const names = readdirSync(source)
  .filter((name) => /\.(md|markdown)$/i.test(name))
  .sort();
let refused = 0;

for (const name of names) {
  const result = convertJekyllPage(name, readFileSync(path.join(source, name), 'utf8'));
  const target = result.ok ? path.join(out, `${result.slug}.mdx`) : '';
  const relativeTarget = path.relative(process.cwd(), target);
  let reason = result.ok ? undefined : result.reason;
  if (result.ok && existsSync(target)) reason = `${relativeTarget} already exists`;
  if (result.ok && !reason) {
    const errors = checkCertificationSource(relativeTarget, result.mdx).problems.filter(
      (problem) => problem.severity === 'error',
    );
    if (errors.length > 0)
      reason = `its front matter does not pass the schema:\n    ${errors.map(formatProblemLine).join('\n    ')}`;
  }
  if (reason || !result.ok) {
    refused += 1;
    console.log(`refused    ${name}: ${reason}`);
    continue;
  }
  writeFileSync(target, result.mdx);
  console.log(`converted  ${name} → ${relativeTarget}${result.notes.length ? ` (${result.notes.join('; ')})` : ''}`);
}
console.log(`${names.length - refused} converted, ${refused} refused.`);
process.exitCode = refused > 0 ? 1 : 0;
