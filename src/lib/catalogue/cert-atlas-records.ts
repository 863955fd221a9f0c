/**
 * The committed snapshot of the Cert Atlas records the catalogue was imported from, laid out as the
 * dataset is (`data/cert-atlas/records/<vendor>/<exam_id>.json`), so the importer can read it again.
 * Pages link an entry's `source: cert-atlas/<exam_id>` to its record's file; the checker refuses a
 * source with no record in the snapshot.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The snapshot's folder, relative to the repository root. */
export const CERT_ATLAS_RECORDS = 'data/cert-atlas/records';

/** The day the dataset was snapshot (its version 2026.04): the date of every record's facts, not a check. */
export const CERT_ATLAS_SNAPSHOT_DATE = '2026-06-13';

const cache = new Map<string, ReadonlyMap<string, string>>();

/** Every record of the snapshot: exam id → its file, relative to the repository root. Read once per root. */
export function certAtlasRecordFiles(root = process.cwd()): ReadonlyMap<string, string> {
  const cached = cache.get(root);
  if (cached) return cached;
  const files = new Map<string, string>();
  const folder = path.join(root, CERT_ATLAS_RECORDS);
  if (existsSync(folder)) {
    for (const vendor of readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      for (const name of readdirSync(path.join(folder, vendor.name)).filter((file) => file.endsWith('.json'))) {
        files.set(name.slice(0, -'.json'.length), `${CERT_ATLAS_RECORDS}/${vendor.name}/${name}`);
      }
    }
  }
  cache.set(root, files);
  return files;
}
