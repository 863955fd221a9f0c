/**
 * The site's queries over the `certifications` collection. Pages ask here; they never sort, group or
 * filter. A build reads the collection once and builds the catalogue once, whatever the number of
 * pages (every grouping, related list, path, facet, map and feed is computed from that one catalogue);
 * the test builds count both. In `astro dev` the collection is
 * read per request, and the catalogue built again only when an entry changed (its digest says so).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../site.config';
import { buildCatalogue, pathPlaceOf, type Catalogue } from './catalogue';
import { certAtlasRecordFiles } from './cert-atlas-records';
import { factHistory, type FactHistory } from './fact-history';
import { fileVersions, type FileVersion } from './git-history';
import { committedVersionData } from '../files/check-file';
import { readRedirects } from '../files/redirects';
import type { CalendarDate } from '../values/calendar-date';

export type CertificationEntry = CollectionEntry<'certifications'>;

interface LoadedCatalogue {
  catalogue: Catalogue;
  /** The collection entries by slug, for rendering a body. */
  entries: ReadonlyMap<string, CertificationEntry>;
}

let cached: { key: string; loaded: Promise<LoadedCatalogue> } | undefined;

/** How often this build read the collection and built the catalogue. */
const reads = { collection: 0, catalogue: 0 };

/**
 * Counts a read and, when `CATALOGUE_READS_FILE` names a file (the test builds do), writes the counts
 * there, so a test can see that a build of any size reads the collection and builds the catalogue once.
 */
function count(what: keyof typeof reads): void {
  reads[what] += 1;
  const file = process.env.CATALOGUE_READS_FILE;
  if (file) writeFileSync(file, `${JSON.stringify(reads)}\n`);
}

/** What git knows of a file: when it was added and last changed, and the history of its facts. */
interface FileHistory {
  added: CalendarDate;
  changed: CalendarDate;
  history: FactHistory;
}

/**
 * Each certification file's history, read once per process (an edit in `astro dev` is not a commit):
 * every committed version typed by today's field parsers, then what changed between them. Without git's whole
 * history (no repository, a shallow clone) pages show no history and fall back to `last_verified`;
 * the build log says so.
 */
let fileHistories: Map<string, FileHistory> | undefined;

function historiesOf(folder: string): Map<string, FileHistory> {
  const versions = fileVersions(folder);
  if (typeof versions === 'string') {
    console.warn(
      `Fact history left out: ${versions === 'shallow' ? 'the clone is shallow' : 'git cannot read the folder'}` +
        ' (clone with the whole history, fetch-depth: 0, for the history, "Last updated" and "Added" dates).',
    );
    return new Map();
  }
  // A commit that changed only the body leaves the front matter as it was: its data is the version before's.
  const frontMatterOf = (text: string) => text.slice(0, text.indexOf('\n---', 4) + 1);
  const typed = (list: FileVersion[]) => {
    let previous: { frontMatter: string; data: ReturnType<typeof committedVersionData> } | undefined;
    return list.map(({ commit, date, text }) => {
      const frontMatter = frontMatterOf(text);
      const data = previous?.frontMatter === frontMatter ? previous.data : committedVersionData(text);
      previous = { frontMatter, data };
      return { commit, date, data };
    });
  };
  return new Map(
    [...versions].map(([file, list]) => [
      file,
      { added: list[0]!.date, changed: list.at(-1)!.date, history: factHistory(typed(list)) },
    ]),
  );
}

async function loadCatalogue(entries: readonly CertificationEntry[]): Promise<LoadedCatalogue> {
  count('catalogue');
  fileHistories ??= historiesOf(path.resolve(siteConfig.certificationsDir));
  const histories = fileHistories;
  const records = certAtlasRecordFiles();
  const catalogue = buildCatalogue(
    entries.map((entry) => {
      // The loader gives paths relative to the project root, which is the repository root.
      const { filePath } = entry;
      if (!filePath) throw new Error(`The certification ${entry.id} has no file path`);
      const known = histories.get(path.resolve(filePath));
      const { source } = entry.data;
      const sourceFile = source?.kind === 'cert-atlas' ? records.get(source.examId) : undefined;
      return {
        slug: entry.id,
        data: {
          ...entry.data,
          buildsOn: entry.data.buildsOn.map((related) => related.id),
          leadsTo: entry.data.leadsTo.map((related) => related.id),
        },
        filePath,
        lastCommitDate: known?.changed,
        addedDate: known?.added,
        history: known?.history,
        ...(sourceFile && { sourceFile }),
      };
    }),
    { today: siteConfig.today, relatedCount: siteConfig.relatedCount },
  );
  return { catalogue, entries: new Map(entries.map((entry) => [entry.id, entry])) };
}

async function loaded(): Promise<LoadedCatalogue> {
  // A build's content cannot change while it runs: the first catalogue serves every page.
  if (cached && !import.meta.env.DEV) return cached.loaded;
  count('collection');
  const entries = await getCollection('certifications');
  // The entries' ids and digests change exactly when a file is added, removed or edited.
  const key = entries.map((entry) => `${entry.id}:${entry.digest ?? ''}`).join('\n');
  if (cached?.key !== key) cached = { key, loaded: loadCatalogue(entries) };
  return cached.loaded;
}

/** The whole catalogue. */
export async function getCatalogue(): Promise<Catalogue> {
  return (await loaded()).catalogue;
}

/** The old addresses that lead to a certification now, with the certification they lead to. */
export async function redirectPaths() {
  const { catalogue } = await loaded();
  return readRedirects(path.resolve(siteConfig.certificationsDir)).redirects.flatMap(({ from, to }) => {
    // The checks refuse a redirect to an unknown slug before a build; one is left out here rather than broken.
    const target = catalogue.bySlug.get(to);
    return target ? [{ params: { slug: from }, props: { target: { slug: target.slug, title: target.title } } }] : [];
  });
}

/**
 * Every certification page's props: the certification, its place in title order (for sorting by
 * name), its related certifications, its place on its provider's path and its entry to render.
 */
export async function certificationPaths() {
  const { catalogue, entries } = await loaded();
  return catalogue.certifications.map((certification, nameRank) => {
    const entry = entries.get(certification.slug);
    if (!entry) throw new Error(`The certification ${certification.slug} has no collection entry`);
    const related = catalogue.related.get(certification.slug) ?? [];
    const path = pathPlaceOf(catalogue, certification.slug);
    return { params: { slug: certification.slug }, props: { certification, nameRank, related, path, entry } };
  });
}
