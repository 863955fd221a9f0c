/** The committed Cert Atlas snapshot and mapping, read the way the importer reads them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { certAtlasRecordFiles } from '../../src/lib/catalogue/cert-atlas-records';
import { asCertAtlasRecord, type CertAtlasRecord } from '../../src/lib/editor/cert-atlas';
import { readMapping, type Mapping } from '../../src/lib/editor/cert-atlas-mapping';
import { PROJECT_ROOT } from './build-site';

export interface SnapshotRecord {
  vendor: string;
  record: CertAtlasRecord;
}

let records: SnapshotRecord[] | undefined;

/** Every record of data/cert-atlas/records, with its vendor folder, listed as the site lists them. */
export function snapshotRecords(): SnapshotRecord[] {
  records ??= [...certAtlasRecordFiles(PROJECT_ROOT).values()].map((file) => ({
    vendor: path.basename(path.dirname(file)),
    record: asCertAtlasRecord(JSON.parse(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'))),
  }));
  return records;
}

/** The raw JSON of data/cert-atlas/mapping.json, and the mapping the importer makes of it. */
export function committedMapping(): { json: MappingJson; mapping: Mapping } {
  const json = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data/cert-atlas/mapping.json'), 'utf8')) as MappingJson;
  return { json, mapping: readMapping(json) };
}

export interface MappingJson {
  vendors: Record<string, { provider: string }>;
  records: Record<string, { provider?: string; leaveOut?: boolean; reason: string }>;
  excluded: Record<string, string>;
  unofficialSources: Record<string, string>;
}
