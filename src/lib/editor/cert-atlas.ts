/**
 * Reading one record of the open Cert Atlas dataset (MIT, https://atlas.quizforge.ai/) into the
 * front-matter facts of an entry: fee, questions, minutes, delivery, validity, passing score, question
 * types, languages, retake policy, renewal, exam code, official link, domain weights, study resources
 * and the record as `source`. Facts the record lacks stay out, never guessed. The dataset has no
 * level, categories or descriptions: `npm run new` leaves them to the editor, the bulk importer derives
 * them from data/cert-atlas/mapping.json.
 */
import { normaliseQuestionType } from '../fields/question-types';
import { MAX_EXAM_CODE_LENGTH } from '../fields/exam-code';
import { MAX_RENEWAL_LENGTH } from '../fields/renewal';
import type { EntryDraft } from './new-entry';

/** The parts of a Cert Atlas record this project reads (see the dataset's README for the rest). */
export interface CertAtlasRecord {
  exam_id: string;
  exam_name: string;
  exam_code?: string | null;
  certifying_body: string;
  certification_name?: string | null;
  source_url?: string | null;
  passing_score?: number | null;
  passing_score_scale?: string | null;
  total_questions?: number | null;
  question_types?: string[] | null;
  duration_minutes?: number | null;
  exam_price_usd?: number | null;
  /** Free text such as "Linear (online proctored)" or "Online self-administered (not proctored)". */
  exam_format?: string | null;
  online_proctoring_available?: boolean | null;
  testing_centers?: { provider?: string | null }[] | null;
  certification_validity_years?: number | null;
  renewal_required?: boolean | null;
  renewal_options?: string | null;
  available_languages?: string[] | null;
  prerequisites?: { description?: string | null }[] | null;
  retake_policy?: { waiting_period_days?: number | null; notes?: string | null } | null;
  domains?: { name?: string | null; weight_percent?: number | null }[] | null;
  official_study_resources?:
    { title?: string | null; url?: string | null; is_official?: boolean | null; price_usd?: number | null }[] | null;
  aliases?: string[] | null;
  /** Who the exam is for, in the record's words: "System administrators in a cloud operations role". */
  target_audience?: string | null;
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
const positiveWhole = (value: number | null | undefined) =>
  value && Number.isInteger(value) && value > 0 ? value : undefined;

/** The certification's name: the record's certification name, else its exam name. */
export function titleOf(record: CertAtlasRecord): string {
  return (record.certification_name || record.exam_name).trim();
}

/** A testing-centre entry that is a website, not a place: "Online (scrum.org)", "ProctorU (Remote)". */
const ONLINE_ONLY = /\bonline\b|\bremote\b|proctoru|proctorio|examity|self-paced/i;
const A_PLACE = /cent(?:er|re)|\bsites?\b|in-person|pearson vue|prometric/i;
const NOT_PROCTORED = /not proctored|unproctored|self-administered/i;

/**
 * How the exam is taken. A testing centre counts only when the record names a place: several records
 * list their own website as the "testing centre" ("Online (scrum.org)"), which is an online exam.
 */
function deliveryOf(record: CertAtlasRecord): string[] {
  const centres = (record.testing_centers ?? []).map((centre) => centre?.provider?.trim() ?? '').filter(Boolean);
  const inPlace = centres.some((name) => A_PLACE.test(name) || !ONLINE_ONLY.test(name));
  const online = record.online_proctoring_available === true;
  const onlineOnly = !online && centres.some((name) => ONLINE_ONLY.test(name) && !A_PLACE.test(name));
  const unproctored = NOT_PROCTORED.test(record.exam_format ?? '');
  return [
    ...(online ? ['online proctored'] : []),
    ...(onlineOnly ? [unproctored ? 'online (not proctored)' : 'online'] : []),
    ...(inPlace ? ['test center'] : []),
  ];
}

function examFormatOf(record: CertAtlasRecord): string | undefined {
  const questions = positiveWhole(record.total_questions);
  const minutes = positiveWhole(record.duration_minutes);
  const parts = [
    ...(questions ? [`${questions} questions`] : []),
    ...(minutes ? [`${minutes} minutes`] : []),
    ...deliveryOf(record),
  ];
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function validityOf(record: CertAtlasRecord): string | undefined {
  const years = positiveWhole(record.certification_validity_years);
  if (years) return years === 1 ? '1 year' : `${years} years`;
  if (record.renewal_required === false) return 'No expiry';
  return undefined;
}

/**
 * The passing score, only when the record says what it is out of: a percentage, or a score on a
 * range such as "100-1000" or "400/999 scaled score". A bare number is left out: 700 of what?
 */
function passingScoreOf(record: CertAtlasRecord): string | undefined {
  const score = record.passing_score;
  const scale = record.passing_score_scale ?? '';
  if (typeof score !== 'number' || !(score > 0)) return undefined;
  if (/^percent(age)?\b/i.test(scale.trim()) && score <= 100) return `${score}%`;
  const maximum = /^\s*\d+\s*[-–/]\s*(\d+)\b/.exec(scale)?.[1];
  return maximum && score <= Number(maximum) ? `${score} of ${maximum}` : undefined;
}

function retakePolicyOf(record: CertAtlasRecord): EntryDraft['retake_policy'] {
  const days = record.retake_policy?.waiting_period_days;
  const notes = record.retake_policy?.notes?.trim();
  const waiting = typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : undefined;
  if (waiting === undefined && !notes) return undefined;
  return { ...(waiting !== undefined && { waiting_days: waiting }), ...(notes && { notes }) };
}

/** The renewal text, whole when it fits the field, else cut after its last sentence that fits. */
function renewalOf(record: CertAtlasRecord): string | undefined {
  const text = record.renewal_options?.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  if (text.length <= MAX_RENEWAL_LENGTH) return text;
  const cut = text.slice(0, MAX_RENEWAL_LENGTH);
  const end = cut.lastIndexOf('. ');
  return end > 40 ? cut.slice(0, end + 1) : undefined;
}

/** `$125/year`, `$125 per year`: a yearly fee the renewal text states. */
const ANNUAL_FEE = /\$\s?(\d[\d,]*(?:\.\d+)?)\s*(?:\/\s*year|per year|a year|each year)\b/i;
/** `$429 renewal fee`, `renewal fee ($100)`: what renewing costs, as the renewal text states it. */
const RENEWAL_FEE = /\$\s?(\d[\d,]*(?:\.\d+)?)\s+renewal fee|renewal fee \(\$\s?(\d[\d,]*(?:\.\d+)?)\)/i;

/** The fees the record's renewal text states in dollars; only these two exact phrasings are read. */
function renewalFeesOf(record: CertAtlasRecord): Pick<EntryDraft, 'renewal_fee' | 'annual_fee'> {
  const text = record.renewal_options ?? '';
  const amount = (match: RegExpExecArray | null) => {
    const digits = match?.slice(1).find(Boolean)?.replaceAll(',', '');
    return digits && Number(digits) > 0 ? formatUsd(Number(digits)) : undefined;
  };
  const annual = amount(ANNUAL_FEE.exec(text));
  const renewal = amount(RENEWAL_FEE.exec(text));
  return { ...(annual && { annual_fee: annual }), ...(renewal && { renewal_fee: renewal }) };
}

function studyResourcesOf(record: CertAtlasRecord): EntryDraft['study_resources'] {
  const resources = (record.official_study_resources ?? [])
    .filter(
      (resource) => resource.is_official !== false && resource.title?.trim() && resource.url?.startsWith('https://'),
    )
    .slice(0, 6)
    .map((resource) => ({
      title: resource.title!.trim(),
      url: resource.url!,
      ...(typeof resource.price_usd === 'number' && { free: resource.price_usd === 0 }),
    }));
  return resources.length > 0 ? resources : undefined;
}

/** The exam code, unless the record gives a name there instead (longer than a code may be). */
function examCodeOf(record: CertAtlasRecord): string | undefined {
  const code = record.exam_code?.trim();
  return code && code.length <= MAX_EXAM_CODE_LENGTH ? code : undefined;
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The record's facts as front matter; fields the record lacks stay undefined. */
export function draftFromCertAtlas(record: CertAtlasRecord): EntryDraft {
  const link = record.source_url?.startsWith('https://') ? record.source_url : undefined;
  const price = record.exam_price_usd;
  const domains = (record.domains ?? [])
    .filter((domain) => domain.name?.trim())
    .map((domain) => ({
      name: domain.name!.trim(),
      ...(domain.weight_percent && domain.weight_percent > 0 && domain.weight_percent <= 100
        ? { weight: domain.weight_percent }
        : {}),
    }));
  const prerequisites = (record.prerequisites ?? [])
    .map((prerequisite) => prerequisite.description?.trim())
    .filter((text): text is string => Boolean(text));
  const questionTypes = unique((record.question_types ?? []).flatMap((type) => normaliseQuestionType(type) ?? []));
  const languages = unique((record.available_languages ?? []).map((language) => language.trim()).filter(Boolean));
  const draft: EntryDraft = {
    title: titleOf(record),
    provider: record.certifying_body.trim(),
    link,
    fee: price === 0 ? 'Free' : price && price > 0 ? formatUsd(price) : undefined,
    exam_format: examFormatOf(record),
    validity: validityOf(record),
    passing_score: passingScoreOf(record),
    question_types: questionTypes.length > 0 ? questionTypes : undefined,
    languages: languages.length > 0 ? languages : undefined,
    exam_code: examCodeOf(record),
    domains: domains.length > 0 ? domains : undefined,
    prerequisites: prerequisites.length > 0 ? prerequisites : undefined,
    retake_policy: retakePolicyOf(record),
    renewal: renewalOf(record),
    ...renewalFeesOf(record),
    study_resources: studyResourcesOf(record),
    source: `cert-atlas/${record.exam_id}`,
  };
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined)) as EntryDraft;
}
