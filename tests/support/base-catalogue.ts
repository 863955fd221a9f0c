/**
 * The catalogue the base-path build (`BASE_PATH=/certs/`) is made of: a fixed part of the real one.
 * That build proves what a base path can break (every URL, the data browse, compare and the guide
 * fetch, the search index); its markup is the root build's with other URLs, and the root build holds
 * the whole catalogue. So it takes every tenth file, the files the `@base-path` browser tests open, and
 * every file those name (paths, successors, papers, a paper's qualification, and a link in the body to
 * another certification's page), about a fifth of the
 * catalogue: its build and the gates that read each of its pages cost a fifth of what they would.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { catalogueFiles } from './catalogue-files';
import { PROJECT_ROOT } from './build-site';

/** The files the `@base-path` browser tests open or search for. */
export const BASE_PATH_TEST_FILES = [
  'aws-certified-solutions-architect-associate',
  'aws-certified-machine-learning-specialty',
  'isc2-cissp',
  'comptia-security-plus',
];

const fileOf = (slug: string) => path.join(PROJECT_ROOT, 'src/content/certifications', `${slug}.mdx`);

/** One file in this many, in the catalogue's file order. */
const EVERY = 10;

const RELATION_FIELDS = ['builds_on', 'leads_to', 'replaced_by', 'papers'];

/** The slugs of the base-path build's catalogue: the sample, the tests' files, and all they name. */
export function baseCatalogueSlugs(): string[] {
  const files = catalogueFiles();
  const slugs = new Set(files.map(({ slug }) => slug));
  const linkedFromBody = (slug: string) =>
    [...readFileSync(fileOf(slug), 'utf8').matchAll(/\]\(\.\.\/([a-z0-9-]+)\/[^)]*\)/g)]
      .map((match) => match[1]!)
      .filter((linked) => slugs.has(linked));
  const named = new Map(
    files.map(({ slug, frontMatter }) => [
      slug,
      [...RELATION_FIELDS.flatMap((field) => [frontMatter[field] ?? []].flat().map(String)), ...linkedFromBody(slug)],
    ]),
  );
  const qualificationOf = new Map(
    files.flatMap(({ slug, frontMatter }) => [frontMatter.papers ?? []].flat().map((paper) => [String(paper), slug])),
  );
  const chosen = new Set([...files.filter((_, index) => index % EVERY === 0).map(({ slug }) => slug)]);
  for (const slug of BASE_PATH_TEST_FILES) {
    if (!named.has(slug)) throw new Error(`The base-path tests open ${slug}, which the catalogue no longer has`);
    chosen.add(slug);
  }
  const queue = [...chosen];
  for (let slug = queue.pop(); slug; slug = queue.pop()) {
    const qualification = qualificationOf.get(slug);
    for (const next of [...(named.get(slug) ?? []), ...(qualification ? [qualification] : [])]) {
      if (chosen.has(next)) continue;
      chosen.add(next);
      queue.push(next);
    }
  }
  return [...chosen].sort();
}

/** Copies those files into `target` (emptied first). */
export function copyBaseCatalogue(target: string): number {
  const folder = path.join(PROJECT_ROOT, target);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const slugs = baseCatalogueSlugs();
  for (const slug of slugs) cpSync(fileOf(slug), path.join(folder, `${slug}.mdx`));
  return slugs.length;
}
