/**
 * `npm run report [-- --limit 40] [-- --json]`: the catalogue report for editors: counts by kind and
 * status, the age of the checks against official pages, levels by provider and where they come from,
 * categories, and the entries most in need of a check, with why.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { catalogueReport, formatCatalogueReport } from '../src/lib/editor/catalogue-report';
import { checkCertificationFolder } from '../src/lib/files/check-folder';
import { siteConfig } from '../src/site.config';

const { values } = parseArgs({ options: { limit: { type: 'string' }, json: { type: 'boolean' } } });
const { checked, problems } = await checkCertificationFolder(path.resolve(siteConfig.certificationsDir), {
  today: siteConfig.today,
});
const errors = problems.filter((problem) => problem.severity === 'error').length;
if (errors > 0)
  console.error(`${errors} error(s) in the catalogue: npm run check lists them; the report leaves those files out.`);
const report = catalogueReport(checked, siteConfig.today);
console.log(values.json ? JSON.stringify(report, null, 2) : formatCatalogueReport(report, Number(values.limit ?? 25)));
