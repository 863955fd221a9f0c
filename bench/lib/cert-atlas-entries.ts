/**
 * Every record of a Cert Atlas dataset as benchmark entries, through the importer's own planning
 * (src/lib/editor/cert-atlas-import.ts) and rules (data/cert-atlas/mapping.json) with its exclusions
 * lifted: vendors left out or not in the mapping take the record's certifying body as provider, records
 * from unofficial sources are kept, a record no rule gives a category gets a default one,
 * and a record missing from the project's snapshot (data/cert-atlas/records, which the checker traces
 * `source: cert-atlas/<id>` to) names its source_url as source instead. Each default is marked by a
 * `# bench default` comment line above its key. Records the importer
 * still refuses (an exam named only by its code, the same certification twice, an entry that would not
 * pass the check) are returned as skipped, with the importer's reason.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { certAtlasRecordFiles } from '../../src/lib/catalogue/cert-atlas-records';
import { asCertAtlasRecord } from '../../src/lib/editor/cert-atlas';
import { planImport, type DatasetRecord, type ImportOutcome } from '../../src/lib/editor/cert-atlas-import';
import { categoriesOf, providerOf, readMapping, type Mapping } from '../../src/lib/editor/cert-atlas-mapping';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const MAPPING = path.join(PROJECT_ROOT, 'data/cert-atlas/mapping.json');
/** The category of a record no category rule places. */
const DEFAULT_CATEGORY = 'Other';
/** The comment line above a front-matter key whose value the benchmark chose. */
const DEFAULT_MARK = '# bench default';

/** What importing a dataset for the benchmark wrote and left out. */
export interface CertAtlasEntries {
  records: number;
  files: string[];
  skipped: { examId: string; reason: string }[];
  /** Records with at least one default value, and which keys have one. */
  defaulted: { examId: string; keys: string[] }[];
}

/** The records of a dataset folder (one folder per vendor, one JSON file per exam), in the importer's order. */
function readRecords(dataset: string): DatasetRecord[] {
  const vendors = readdirSync(dataset, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return vendors.flatMap((vendor) =>
    readdirSync(path.join(dataset, vendor))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({
        vendor,
        record: asCertAtlasRecord(JSON.parse(readFileSync(path.join(dataset, vendor, name), 'utf8'))),
      })),
  );
}

/** The mapping with nothing excluded: every vendor mapped, its provider the certifying body of its first record. */
function mappingForEveryRecord(mapping: Mapping, records: readonly DatasetRecord[]): Mapping {
  const vendors = { ...mapping.vendors };
  for (const { vendor, record } of records) vendors[vendor] ??= { provider: record.certifying_body.trim() };
  return { ...mapping, vendors, excluded: {}, unofficialSources: {} };
}

/** The front-matter keys of a record whose values are the benchmark's defaults, by the reviewed mapping. */
function defaultedKeys(reviewed: Mapping, mapping: Mapping, { vendor, record }: DatasetRecord): string[] {
  const provider = providerOf(vendor, record, mapping) ?? record.certifying_body;
  return [
    ...(reviewed.vendors[vendor] || reviewed.records[record.exam_id]?.provider ? [] : ['provider']),
    ...(categoriesOf(record.exam_id, provider, record).length > 0 ? [] : ['categories']),
    ...(certAtlasRecordFiles(PROJECT_ROOT).has(record.exam_id) ? [] : ['source']),
  ];
}

/** A file's text with its `source: cert-atlas/<id>` replaced by the record's own page. */
function withSourceUrl(text: string, { record }: DatasetRecord): string {
  return text.replace(`\nsource: cert-atlas/${record.exam_id}\n`, `\nsource: ${JSON.stringify(record.source_url)}\n`);
}

/** A file's text with a `# bench default` line above each of the given top-level front-matter keys. */
function markDefaults(text: string, keys: readonly string[]): string {
  const end = text.indexOf('\n---', 3);
  const frontMatter = text
    .slice(0, end)
    .replace(/^([a-z_]+):/gm, (line, key: string) => (keys.includes(key) ? `${DEFAULT_MARK}\n${line}` : line));
  return frontMatter + text.slice(end);
}

/**
 * Imports every record of `datasetFolder` (a dataset root or its data/ folder) into `folder` as MDX
 * files, with defaults where the mapping has no rule; nothing in the project is read or written but
 * the mapping.
 */
export function writeCertAtlasEntries(datasetFolder: string, folder: string): CertAtlasEntries {
  const dataset = existsSync(path.join(datasetFolder, 'data')) ? path.join(datasetFolder, 'data') : datasetFolder;
  const records = readRecords(dataset);
  const reviewed = readMapping(JSON.parse(readFileSync(MAPPING, 'utf8')));
  const mapping = mappingForEveryRecord(reviewed, records);
  // A record no category rule places gets the default category (and a mark saying so).
  const outcomes = planImport({ records, files: [], mapping, folder, fallbackCategory: DEFAULT_CATEGORY });
  const written = (planned: readonly ImportOutcome[]) =>
    planned.flatMap((outcome) => ('text' in outcome ? [{ file: outcome.file, text: outcome.text }] : []));
  const byId = new Map(records.map((entry) => [entry.record.exam_id, entry]));
  const defaulted: CertAtlasEntries['defaulted'] = [];
  mkdirSync(folder, { recursive: true });
  for (const outcome of outcomes) {
    if (!('text' in outcome)) continue;
    const entry = byId.get(outcome.examId)!;
    const keys = defaultedKeys(reviewed, mapping, entry);
    if (keys.length > 0) defaulted.push({ examId: outcome.examId, keys });
    const text = keys.includes('source') ? withSourceUrl(outcome.text, entry) : outcome.text;
    writeFileSync(outcome.file, markDefaults(text, keys));
  }
  return {
    records: records.length,
    files: written(outcomes).map(({ file }) => file),
    skipped: outcomes.flatMap((outcome) =>
      outcome.kind === 'skipped' ? [{ examId: outcome.examId, reason: outcome.reason }] : [],
    ),
    defaulted,
  };
}
