/**
 * `npm run import:cert-atlas -- <dataset dir> [--vendor aws,microsoft] [--dry-run] [--out <folder>]
 * [--snapshot <folder>]`: imports Cert Atlas records (one JSON file per exam, under <vendor>/ folders)
 * into the catalogue, one MDX file per exam, placing each with the rules of data/cert-atlas/mapping.json.
 * Every record is reported as imported, updated, merged, unchanged or skipped with the reason, then counted. With
 * --dry-run it writes nothing and says what it would change. The records used are copied into
 * data/cert-atlas/records/<vendor>/ (or --snapshot), the snapshot the next import compares editors'
 * text against; it has the dataset's layout, so `npm run import:cert-atlas -- data/cert-atlas/records`
 * imports from it again.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { asCertAtlasRecord, type CertAtlasRecord } from '../src/lib/editor/cert-atlas';
import { planImport, type DatasetRecord, type ImportOutcome } from '../src/lib/editor/cert-atlas-import';
import { readMapping } from '../src/lib/editor/cert-atlas-mapping';
import { listCertificationFiles } from '../src/lib/files/list';
import { CERT_ATLAS_RECORDS } from '../src/lib/catalogue/cert-atlas-records';
import { countOf } from '../src/lib/text/plural';
import { siteConfig } from '../src/site.config';

const MAPPING = 'data/cert-atlas/mapping.json';

const { values, positionals } = parseArgs({
  options: {
    vendor: { type: 'string' },
    'dry-run': { type: 'boolean' },
    out: { type: 'string' },
    snapshot: { type: 'string' },
  },
  allowPositionals: true,
});
const [datasetArgument] = positionals;
if (!datasetArgument || !existsSync(datasetArgument)) {
  console.error(
    'Usage: npm run import:cert-atlas -- <dataset dir> [--vendor aws,microsoft] [--dry-run] [--out <folder>]' +
      ' [--snapshot <folder>]',
  );
  process.exit(2);
}
const dataset = existsSync(path.join(datasetArgument, 'data')) ? path.join(datasetArgument, 'data') : datasetArgument;
const vendors = values.vendor
  ?.split(',')
  .map((vendor) => vendor.trim())
  .filter(Boolean);
const dryRun = values['dry-run'] === true;
const out = values.out ?? siteConfig.certificationsDir;
const SNAPSHOT = values.snapshot ?? CERT_ATLAS_RECORDS;
const folder = path.relative(process.cwd(), path.resolve(out)).split(path.sep).join('/');

/** A record with the file it was read from, copied byte for byte into the snapshot. */
type ReadRecord = DatasetRecord & { file: string };

/** The records of a dataset folder laid out as Cert Atlas is: one folder per vendor, one JSON file per exam. */
function readRecords(dataset: string, vendors: readonly string[] | undefined): ReadRecord[] {
  const folders = readdirSync(dataset, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return folders
    .filter((entry) => !vendors || vendors.includes(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) =>
      readdirSync(path.join(dataset, entry.name))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => {
          const file = path.join(dataset, entry.name, name);
          return { vendor: entry.name, file, record: asCertAtlasRecord(JSON.parse(readFileSync(file, 'utf8'))) };
        }),
    );
}

function readSnapshot(): Map<string, CertAtlasRecord> {
  if (!existsSync(SNAPSHOT)) return new Map();
  return new Map(readRecords(SNAPSHOT, undefined).map(({ record }) => [record.exam_id, record] as const));
}

const records = readRecords(dataset, vendors);
const files = listCertificationFiles(path.resolve(out)).map((absolute) => ({
  file: path.relative(process.cwd(), absolute).split(path.sep).join('/'),
  text: readFileSync(absolute, 'utf8'),
}));
const outcomes = planImport({
  records,
  files,
  mapping: readMapping(JSON.parse(readFileSync(MAPPING, 'utf8'))),
  folder,
  previous: readSnapshot(),
});

const describe = (outcome: ImportOutcome) => {
  switch (outcome.kind) {
    case 'skipped':
      return `skipped    ${outcome.examId}: ${outcome.reason}`;
    case 'imported':
      return `imported   ${outcome.examId} → ${outcome.file}`;
    case 'unchanged':
      return [
        `unchanged  ${outcome.examId} (${outcome.file})`,
        ...(outcome.kept ?? []).map((line) => `           kept as the editor wrote it: ${line}`),
      ].join('\n');
    default:
      return [
        `${outcome.kind.padEnd(10)} ${outcome.examId} → ${outcome.file} (${outcome.changes.join(', ')})`,
        ...(outcome.kept ?? []).map((line) => `           kept as the editor wrote it: ${line}`),
      ].join('\n');
  }
};
for (const outcome of outcomes) console.log(describe(outcome));

if (!dryRun) {
  mkdirSync(path.resolve(out), { recursive: true });
  const byId = new Map(records.map((entry) => [entry.record.exam_id, entry]));
  for (const outcome of outcomes) {
    if ('text' in outcome) writeFileSync(outcome.file, outcome.text);
    const imported = byId.get(outcome.examId);
    if (outcome.kind !== 'skipped' && imported) {
      // The snapshot keeps the dataset's layout, so it can be imported from again.
      mkdirSync(path.join(SNAPSHOT, imported.vendor), { recursive: true });
      const copy = path.join(SNAPSHOT, imported.vendor, `${outcome.examId}.json`);
      if (path.resolve(copy) !== path.resolve(imported.file)) copyFileSync(imported.file, copy);
    }
  }
}

const counts = new Map<string, number>();
for (const outcome of outcomes) counts.set(outcome.kind, (counts.get(outcome.kind) ?? 0) + 1);
const summary = ['imported', 'updated', 'merged', 'unchanged', 'skipped'].map(
  (kind) => `${counts.get(kind) ?? 0} ${kind}`,
);
console.log(
  `\n${countOf(records.length, 'record')}: ${summary.join(', ')}.${dryRun ? ' Dry run: nothing was written.' : ''}`,
);
