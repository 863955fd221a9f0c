/**
 * The reviewed rules that place Cert Atlas records in the catalogue (data/cert-atlas/mapping.json):
 * each vendor's provider name, corrections for single records, and the vendors left out and why. The
 * level and the categories of a record come from the rules every entry follows (the providers'
 * ladders, src/data/ladders.json; the category rules, src/data/categories.json).
 */
import { placeCategories } from '../catalogue/category-rules';
import { placeLevel, type LevelPlacement } from '../catalogue/ladders';
import type { Level } from '../fields/level';
import { draftFromCertAtlas, titleOf, type CertAtlasRecord } from './cert-atlas';

/** A reviewed correction for one record the vendor's rules would get wrong, with why. */
export interface RecordOverride {
  provider?: string;
  /** The record is left out of the catalogue (it contradicts itself, say). */
  leaveOut?: boolean;
  reason: string;
}

export interface Mapping {
  vendors: Record<string, { provider: string }>;
  /** Exam id → a correction the rules cannot make (a record filed under the wrong body, say). */
  records: Record<string, RecordOverride>;
  /** Vendor slug → why its exams are not in the catalogue. */
  excluded: Record<string, string>;
  /** Host name → why a `source_url` there is not the provider's page (its records are skipped). */
  unofficialSources: Record<string, string>;
}

interface MappingFile {
  vendors: Record<string, { provider: string }>;
  records?: Record<string, RecordOverride>;
  excluded: Record<string, string>;
  unofficialSources?: Record<string, string>;
}

/** Reads and checks the mapping file's JSON; a broken entry fails with where it is. */
export function readMapping(value: unknown): Mapping {
  const file = value as MappingFile;
  for (const vendor of Object.keys(file.vendors)) {
    if (file.excluded[vendor]) throw new Error(`mapping: ${vendor} is both mapped and excluded`);
  }
  for (const [examId, override] of Object.entries(file.records ?? {})) {
    if (!override.reason?.trim()) throw new Error(`mapping: records.${examId} gives no reason`);
  }
  return {
    vendors: file.vendors,
    records: file.records ?? {},
    excluded: file.excluded,
    unofficialSources: file.unofficialSources ?? {},
  };
}

/** The provider's display name: the record's correction, else its vendor's name. */
export function providerOf(vendor: string, record: CertAtlasRecord, mapping: Mapping): string | undefined {
  return mapping.records[record.exam_id]?.provider ?? mapping.vendors[vendor]?.provider;
}

/** What the shared rules read of a record: its title, provider, exam code and domains, under its file's slug. */
function entryOfRecord(slug: string, provider: string, record: CertAtlasRecord) {
  return {
    slug,
    title: titleOf(record),
    provider,
    ...(record.exam_code?.trim() && { examCode: record.exam_code.trim() }),
    domains: (record.domains ?? []).flatMap((domain) =>
      domain.name?.trim()
        ? [{ name: domain.name.trim(), ...(domain.weight_percent ? { weight: domain.weight_percent } : {}) }]
        : [],
    ),
  };
}

/** Where the level of a new record's entry comes from: its provider's ladder or the general rule. */
export function levelPlacementOfRecord(slug: string, provider: string, record: CertAtlasRecord): LevelPlacement {
  const prerequisites = draftFromCertAtlas(record).prerequisites;
  return placeLevel({
    ...entryOfRecord(slug, provider, record),
    prerequisites: Array.isArray(prerequisites)
      ? prerequisites.map(String)
      : prerequisites
        ? [String(prerequisites)]
        : [],
  });
}

/** The level of a record's entry, from its provider's ladder or the general rule. */
export function levelOf(slug: string, provider: string, record: CertAtlasRecord): Level {
  return levelPlacementOfRecord(slug, provider, record).level;
}

/** The categories of a record's entry, from the category rules. */
export function categoriesOf(slug: string, provider: string, record: CertAtlasRecord): string[] {
  return placeCategories(entryOfRecord(slug, provider, record));
}
