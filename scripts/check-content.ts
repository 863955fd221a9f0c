/**
 * `npm run check` (first half): checks every certification file and the catalogue as a whole, and
 * prints each problem as `file:line: field: message`. With GITHUB_ACTIONS set, each problem is also
 * printed as a GitHub annotation so it shows on the pull request's diff. Exits 1 when there is an error.
 */
import path from 'node:path';
import { checkCertificationFolder } from '../src/lib/files/check-folder';
import { formatGithubAnnotation, formatProblemLine } from '../src/lib/files/problem';
import { countOf } from '../src/lib/text/plural';
import { siteConfig } from '../src/site.config';

const folder = path.resolve(siteConfig.certificationsDir);
const { files, problems } = await checkCertificationFolder(folder, { today: siteConfig.today });
const errors = problems.filter((problem) => problem.severity === 'error');

for (const problem of problems) {
  console.log(formatProblemLine(problem));
  if (process.env.GITHUB_ACTIONS) console.log(formatGithubAnnotation(problem));
}
const filesWithErrors = new Set(errors.map((problem) => problem.file)).size;
console.log(
  `Checked ${countOf(files.length, 'file')} in ${path.relative(process.cwd(), folder) || '.'}: ` +
    `${countOf(errors.length, 'error')} in ${countOf(filesWithErrors, 'file')}, ` +
    `${countOf(problems.length - errors.length, 'warning')}.`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
