/**
 * Reading one record of the open Cert Atlas dataset (MIT, https://atlas.quizforge.ai/) into a draft
 * entry: fee, questions, minutes, delivery, validity, exam code, official link and domain weights.
 * The dataset has no level, categories or descriptions, and its facts still need checking, so those
 * fields and `last_verified` are left for the editor.
 */
import type { EntryDraft } from './new-entry';

/** The parts of a Cert Atlas record this project reads (see the dataset's README for the rest). */
export interface CertAtlasRecord {
  exam_id: string;
  exam_name: string;
  exam_code?: string | null;
  certifying_body: string;
  certification_name?: string | null;
  source_url?: string | null;
  total_questions?: number | null;
  duration_minutes?: number | null;
  exam_price_usd?: number | null;
  online_proctoring_available?: boolean | null;
  testing_centers?: unknown[] | null;
  certification_validity_years?: number | null;
  renewal_required?: boolean | null;
  prerequisites?: { description?: string | null }[] | null;
  domains?: { name?: string | null; weight_percent?: number | null }[] | null;
}

/** Checks that a parsed JSON value looks like a Cert Atlas record; says what is missing otherwise. */
export function asCertAtlasRecord(value: unknown): CertAtlasRecord {
  const record = value as Partial<CertAtlasRecord> | null;
  const missing = (['exam_id', 'exam_name', 'certifying_body'] as const).filter(
    (key) => typeof record?.[key] !== 'string',
  );
  if (!record || typeof record !== 'object' || missing.length > 0) {
    throw new Error(
      `not a Cert Atlas exam record: ${missing.length ? `missing ${missing.join(', ')}` : 'expected a JSON object'}`,
    );
  }
  return record as CertAtlasRecord;
}

const formatUsd = (amount: number) => `$${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

function examFormatOf(record: CertAtlasRecord): string | undefined {
  const whole = (value: number | null | undefined) =>
    value && Number.isInteger(value) && value > 0 ? value : undefined;
  const parts = [
    whole(record.total_questions) && `${record.total_questions} questions`,
    whole(record.duration_minutes) && `${record.duration_minutes} minutes`,
    record.online_proctoring_available && 'online proctored',
    record.testing_centers?.length && 'test center',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function validityOf(record: CertAtlasRecord): string | undefined {
  const years = record.certification_validity_years;
  if (years && years > 0 && Number.isInteger(years)) return years === 1 ? '1 year' : `${years} years`;
  if (record.renewal_required === false) return 'No expiry';
  return undefined;
}

/** A draft entry from a record; fields the record lacks stay undefined. */
export function draftFromCertAtlas(record: CertAtlasRecord): EntryDraft {
  const link = record.source_url?.startsWith('https://') ? record.source_url : undefined;
  const price = record.exam_price_usd;
  const domains = (record.domains ?? [])
    .filter((domain) => domain.name?.trim())
    .map((domain) => ({
      name: domain.name!.trim(),
      ...(domain.weight_percent ? { weight: domain.weight_percent } : {}),
    }));
  const prerequisites = (record.prerequisites ?? [])
    .map((prerequisite) => prerequisite.description?.trim())
    .filter((text): text is string => Boolean(text));
  return {
    title: (record.certification_name || record.exam_name).trim(),
    provider: record.certifying_body.trim(),
    link,
    fee: price === 0 ? 'Free' : price && price > 0 ? formatUsd(price) : undefined,
    exam_format: examFormatOf(record),
    validity: validityOf(record),
    exam_code: record.exam_code?.trim() || undefined,
    domains: domains.length > 0 ? domains : undefined,
    prerequisites: prerequisites.length > 0 ? prerequisites : undefined,
  };
}
