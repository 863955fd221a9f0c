/**
 * `npm run check:external`: checks that every official link and every external link in the bodies of
 * certification files still answers, and lists the dead ones as `file:line: field: url (status)`, for
 * editors to fix. Needs internet, so it never runs in CI. Exits 1 when a link is dead.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkUrl, externalLinksOf, type ExternalLink, type LinkStatus } from '../src/lib/editor/external-links';
import { listCertificationFiles } from '../src/lib/files/list';
import { countOf } from '../src/lib/text/plural';
import { siteConfig } from '../src/site.config';

const CONCURRENCY = 6;
const folder = path.resolve(siteConfig.certificationsDir);
const files = listCertificationFiles(folder);
const links: ExternalLink[] = [];
for (const absolute of files) {
  links.push(...externalLinksOf(path.relative(process.cwd(), absolute), await readFile(absolute, 'utf8')));
}

const urls = [...new Set(links.map((link) => link.url))];
const statuses = new Map<string, LinkStatus>();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      statuses.set(url, await checkUrl(url));
    }
  }),
);

const dead = links.filter((link) => !statuses.get(link.url)?.ok);
for (const link of dead)
  console.log(`${link.file}:${link.line}: ${link.field}: ${link.url} (${statuses.get(link.url)?.status})`);
console.log(`Checked ${urls.length} external URLs from ${files.length} files: ${countOf(dead.length, 'dead link')}.`);
process.exitCode = dead.length > 0 ? 1 : 0;
