/**
 * The reviewed rules that place Cert Atlas records in the catalogue (data/cert-atlas/mapping.json):
 * each vendor's provider name and categories, the vendors left out and why, keyword rules for the
 * level, and keyword rules that add categories from an exam's name and domains.
 */
import { LEVELS, type Level } from '../fields/level';
import { termSlug } from '../text/slug';
import type { CertAtlasRecord } from './cert-atlas';

interface Rule<Value> {
  value: Value;
  pattern: RegExp;
}

/** A reviewed correction for one record the vendor's rules would get wrong, with why. */
export interface RecordOverride {
  provider?: string;
  level?: Level;
  reason: string;
}

export interface Mapping {
  vendors: Record<string, { provider: string; categories: string[] }>;
  /** Exam id → a correction the rules cannot make (a record filed under the wrong body, say). */
  records: Record<string, RecordOverride>;
  /** Vendor slug → why its exams are not in the catalogue. */
  excluded: Record<string, string>;
  /** Host name → why a `source_url` there is not the provider's page (its records are skipped). */
  unofficialSources: Record<string, string>;
  levels: { byVendor: Record<string, Rule<Level>[]>; general: Rule<Level>[] };
  categories: Rule<string>[];
}

interface MappingFile {
  vendors: Record<string, { provider: string; categories: string[] }>;
  records?: Record<string, { provider?: string; level?: string; reason: string }>;
  excluded: Record<string, string>;
  unofficialSources?: Record<string, string>;
  levels: {
    byVendor: Record<string, { level: string; pattern: string }[]>;
    general: { level: string; pattern: string }[];
  };
  categories: { category: string; pattern: string }[];
}

function checkedLevel(level: string, where: string): Level {
  if (!(LEVELS as readonly string[]).includes(level)) throw new Error(`${where}: "${level}" is not a level`);
  return level as Level;
}

function levelRule(rule: { level: string; pattern: string }, where: string): Rule<Level> {
  return { value: checkedLevel(rule.level, where), pattern: new RegExp(rule.pattern, 'i') };
}

/** Reads and checks the mapping file's JSON; a broken rule fails with where it is. */
export function readMapping(value: unknown): Mapping {
  const file = value as MappingFile;
  for (const vendor of Object.keys(file.vendors)) {
    if (file.excluded[vendor]) throw new Error(`mapping: ${vendor} is both mapped and excluded`);
  }
  const records = Object.fromEntries(
    Object.entries(file.records ?? {}).map(([examId, override]) => {
      if (!override.reason?.trim()) throw new Error(`mapping: records.${examId} gives no reason`);
      const level = override.level && checkedLevel(override.level, `records.${examId}`);
      return [examId, { ...override, ...(level && { level }) } as RecordOverride];
    }),
  );
  return {
    vendors: file.vendors,
    records,
    excluded: file.excluded,
    unofficialSources: file.unofficialSources ?? {},
    levels: {
      byVendor: Object.fromEntries(
        Object.entries(file.levels.byVendor).map(([vendor, rules]) => [
          vendor,
          rules.map((rule, index) => levelRule(rule, `levels.byVendor.${vendor}[${index}]`)),
        ]),
      ),
      general: file.levels.general.map((rule, index) => levelRule(rule, `levels.general[${index}]`)),
    },
    categories: file.categories.map((rule) => ({ value: rule.category, pattern: new RegExp(rule.pattern, 'i') })),
  };
}

/** The names an exam goes by, for the rules: its exam name and its certification's name. */
function namesOf(record: CertAtlasRecord): string {
  return [record.exam_name, record.certification_name].filter(Boolean).join(' | ');
}

/** The provider's display name: the record's correction, else its vendor's name. */
export function providerOf(vendor: string, record: CertAtlasRecord, mapping: Mapping): string | undefined {
  return mapping.records[record.exam_id]?.provider ?? mapping.vendors[vendor]?.provider;
}

/**
 * The level of an exam: the record's correction, else the first rule that matches its names (the
 * vendor's rules first), else undefined.
 */
export function levelOf(vendor: string, record: CertAtlasRecord, mapping: Mapping): Level | undefined {
  const override = mapping.records[record.exam_id]?.level;
  if (override) return override;
  const names = namesOf(record);
  return [...(mapping.levels.byVendor[vendor] ?? []), ...mapping.levels.general].find((rule) =>
    rule.pattern.test(names),
  )?.value;
}

/** The most categories an imported entry gets. */
const MAX_CATEGORIES = 3;
/** The share of an exam its matching domains must make up for their category to count. */
const MIN_DOMAIN_SHARE = 0.25;

/**
 * The share of the exam the domains matching `pattern` make up: by their weights when every domain has
 * one, else by their number. One "Data security" domain in eight does not make an exam a data exam.
 */
function domainShare(record: CertAtlasRecord, pattern: RegExp): number {
  const domains = (record.domains ?? []).filter((domain) => domain.name?.trim());
  if (domains.length === 0) return 0;
  const weighted = domains.every((domain) => typeof domain.weight_percent === 'number' && domain.weight_percent > 0);
  const size = (domain: (typeof domains)[number]) => (weighted ? domain.weight_percent! : 1);
  const total = domains.reduce((sum, domain) => sum + size(domain), 0);
  const matching = domains.filter((domain) => pattern.test(domain.name!));
  return matching.reduce((sum, domain) => sum + size(domain), 0) / total;
}

/**
 * The vendor's categories, then those the exam's name names, then those its domains name where they
 * make up at least a quarter of the exam; each once, at most three.
 */
export function categoriesOf(vendor: string, record: CertAtlasRecord, mapping: Mapping): string[] {
  const names = namesOf(record);
  const found = [
    ...(mapping.vendors[vendor]?.categories ?? []),
    ...mapping.categories.filter((rule) => rule.pattern.test(names)).map((rule) => rule.value),
    ...mapping.categories
      .filter((rule) => domainShare(record, rule.pattern) >= MIN_DOMAIN_SHARE)
      .map((rule) => rule.value),
  ];
  const seen = new Set<string>();
  return found
    .filter((category) => !seen.has(termSlug(category)) && seen.add(termSlug(category)))
    .slice(0, MAX_CATEGORIES);
}
