/**
 * The front matter of a certification file: which fields there are, which are required, how they
 * relate, and the typed `CertificationData` they become. Each field (its documentation, the forms it
 * accepts, its parser) lives in its own module in `fields/`; a new field is one module and one line here.
 */
import { z } from 'astro/zod';
import { camelCase, type CamelCase } from './text/case';
import { closest } from './text/edit-distance';
import { categoriesField } from './fields/categories';
import { domainsField } from './fields/domains';
import { examCodeField } from './fields/exam-code';
import { examFormatField } from './fields/exam-format';
import { examsField } from './fields/exams';
import { feeField } from './fields/fee';
import { formerTitlesField } from './fields/former-titles';
import { addFieldIssue, fieldProblem, fieldSpecOf, type FieldDoc } from './fields/field';
import { languagesField } from './fields/languages';
import { kindField } from './fields/kind';
import { lastBookingDateField } from './fields/last-booking-date';
import { lastVerifiedField } from './fields/last-verified';
import { layoutField } from './fields/layout';
import { levelField } from './fields/level';
import { linkField } from './fields/link';
import { overviewField } from './fields/overview';
import { papersField } from './fields/papers';
import { passingScoreField } from './fields/passing-score';
import { prerequisitesField } from './fields/prerequisites';
import { buildsOnField, leadsToField } from './fields/relations';
import { problemMessage, type ProblemParts } from './fields/problem';
import { providerField } from './fields/provider';
import { questionTypesField } from './fields/question-types';
import { feeVariesByCountryField, regionalFeesField } from './fields/regional-fees';
import { replacedByField } from './fields/replaced-by';
import { requiredCourseField } from './fields/required-course';
import { annualFeeField, renewalFeeField, renewalField } from './fields/renewal';
import { retakePolicyField } from './fields/retake-policy';
import { retirementDateField } from './fields/retirement-date';
import { rolesField } from './fields/roles';
import { studyHoursField } from './fields/study-hours';
import { shortDescriptionField } from './fields/short-description';
import { skillsField } from './fields/skills';
import { sourceField } from './fields/source';
import { statusField } from './fields/status';
import { statusSourceField } from './fields/status-source';
import { studyResourcesField } from './fields/study-resources';
import { titleField } from './fields/title';
import { validityField } from './fields/validity';
import { verifiedAgainstField } from './fields/verified-against';

/** Every front-matter field, in the order the field reference and `npm run new` list them. */
export const frontMatterShape = {
  title: titleField,
  provider: providerField,
  level: levelField,
  overview: overviewField,
  short_description: shortDescriptionField,
  categories: categoriesField,
  link: linkField,
  kind: kindField.default('certification'),
  papers: papersField.default([]),
  former_titles: formerTitlesField.default([]),
  fee: feeField.optional(),
  fee_varies_by_country: feeVariesByCountryField.default(false),
  regional_fees: regionalFeesField.default([]),
  exams: examsField.default([]),
  required_course: requiredCourseField.optional(),
  exam_format: examFormatField.optional(),
  validity: validityField.optional(),
  passing_score: passingScoreField.optional(),
  question_types: questionTypesField.default([]),
  languages: languagesField.default([]),
  skills: skillsField.default([]),
  prerequisites: prerequisitesField.default([]),
  study_hours: studyHoursField.optional(),
  builds_on: buildsOnField.default([]),
  leads_to: leadsToField.default([]),
  roles: rolesField.default([]),
  domains: domainsField.default([]),
  exam_code: examCodeField.optional(),
  retake_policy: retakePolicyField.optional(),
  renewal: renewalField.optional(),
  renewal_fee: renewalFeeField.optional(),
  annual_fee: annualFeeField.optional(),
  study_resources: studyResourcesField.default([]),
  status: statusField.default('active'),
  status_source: statusSourceField.default('official'),
  retirement_date: retirementDateField.optional(),
  last_booking_date: lastBookingDateField.optional(),
  replaced_by: replacedByField.optional(),
  last_verified: lastVerifiedField.optional(),
  verified_against: verifiedAgainstField.optional(),
  source: sourceField.optional(),
  layout: layoutField.optional(),
};

export type FieldKey = keyof typeof frontMatterShape;

/** The keys an editor may write, in schema order. */
export const FIELD_KEYS = Object.keys(frontMatterShape) as FieldKey[];

/** Keys accepted from files made elsewhere and left out of the typed data. */
const IGNORED_KEYS = ['layout'] as const satisfies readonly FieldKey[];

/** The documentation of a field. */
export function fieldDoc(key: FieldKey): FieldDoc {
  const spec = fieldSpecOf(frontMatterShape[key]);
  if (!spec) throw new Error(`The field ${key} was not built with a field builder`);
  return spec.doc;
}

/** The problem with a key the schema does not know, suggesting the field the editor probably meant. */
export function unknownFieldProblem(key: string): ProblemParts {
  const nearest = closest(key.toLowerCase(), FIELD_KEYS, 3);
  return {
    reason: `unknown field "${key}"${nearest ? ` (did you mean "${nearest}"?)` : ''}`,
    found: JSON.stringify(key),
    expected: `only these fields: ${FIELD_KEYS.join(', ')}`,
    example: nearest ? fieldDoc(nearest as FieldKey).examples[0] : fieldDoc('title').examples[0],
  };
}

/** The front-matter shape; a key not listed here is an error. */
export const frontMatterSchema = z.strictObject(frontMatterShape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => problemMessage(unknownFieldProblem(key))).join(' | ')
      : `the front matter is not a list of "field: value" lines; found: ${typeof issue.input}`,
});

type FrontMatter = z.output<typeof frontMatterSchema>;

/** A certification's facts, typed: the front matter with camelCase keys, legacy keys left out. */
export type CertificationData = {
  [Key in Exclude<keyof FrontMatter, (typeof IGNORED_KEYS)[number]> as CamelCase<Key>]: FrontMatter[Key];
};

/** The keys of `CertificationData`, in schema order. */
export const CERTIFICATION_DATA_KEYS = FIELD_KEYS.filter(
  (key) => !(IGNORED_KEYS as readonly string[]).includes(key),
).map((key) => camelCase(key)) as (keyof CertificationData)[];

/**
 * The rules between fields. They run even when a field failed, so that an editor sees every problem
 * at once; a failed field's value is then not of its type, hence the loose parameter type.
 */
function crossFieldRules(frontMatter: Readonly<Record<string, unknown>>, context: z.RefinementCtx): void {
  const status = typeof frontMatter.status === 'string' ? frontMatter.status.trim().toLowerCase() : 'active';
  const kind = typeof frontMatter.kind === 'string' ? frontMatter.kind.trim().toLowerCase() : 'certification';
  // The rules see each field as parsed when it parsed (defaults included), else as written.
  const has = (key: FieldKey) => isGiven(frontMatter[key]);
  const addProblem = (key: FieldKey, problem: ProblemParts, lineOf?: FieldKey) =>
    addFieldIssue(context, { problem, ...(lineOf && { lineOf }) }, [key]);
  /** A field that needs another one that is missing: the problem points at the line that asks for it. */
  const needs = (present: FieldKey, missing: FieldKey, reason: string) => {
    if (has(present) && !has(missing)) addProblem(missing, fieldProblem(fieldDoc(missing), undefined, reason), present);
  };
  /** A field that only makes sense in another state: the problem points at the field. */
  const refuse = (key: FieldKey, reason: string) => {
    if (has(key)) addProblem(key, fieldProblem(fieldDoc(key), frontMatter[key], reason));
  };

  if (status !== 'active') {
    // A retirement may be announced before its date is; once it has happened, the date is known.
    if (status === 'retired' && !has('retirement_date')) {
      const reason = 'a retired certification needs its retirement date';
      addProblem('retirement_date', fieldProblem(fieldDoc('retirement_date'), undefined, reason), 'status');
    }
  } else {
    if (has('retirement_date')) {
      const reason = 'a retirement date is set, so the status is retiring or retired, not active';
      addProblem('status', fieldProblem(fieldDoc('status'), frontMatter.status, reason));
    }
    refuse('replaced_by', 'only a retiring or retired certification has a successor; set its status first');
    if (frontMatter.status_source === 'reported')
      refuse('status_source', 'only a retirement is reported; an active certification needs no source for it');
    refuse('last_booking_date', 'only a retiring or retired certification has a last day to book');
  }
  const lastBooking = frontMatter.last_booking_date;
  const retirement = frontMatter.retirement_date;
  if (dateText(lastBooking) && dateText(retirement) && dateText(lastBooking)! > dateText(retirement)!) {
    refuse('last_booking_date', `the last day to book comes after the retirement date (${dateText(retirement)})`);
  }

  if (kind === 'qualification') {
    if (!has('papers')) {
      const reason = 'a qualification lists its papers';
      addProblem('papers', fieldProblem(fieldDoc('papers'), undefined, reason), 'kind');
    }
  } else {
    refuse('papers', 'only a qualification (kind: qualification) lists papers');
  }

  needs('last_verified', 'verified_against', 'a check is made against a page: name the official page you read');
  needs('verified_against', 'last_verified', 'say on which day you checked the facts against that page');

  if (has('exams')) {
    for (const key of ['fee', 'exam_code', 'exam_format'] as const)
      refuse(key, 'the exams list gives each exam’s code, fee and format; leave this field out');
  }
  const course = frontMatter.required_course as { includes_exam?: unknown; includesExam?: unknown } | undefined;
  if (course !== undefined && isFree(frontMatter.fee)) {
    refuse('fee', 'a credential whose required course costs money is not free; leave fee out');
  } else if (course?.includes_exam === true || course?.includesExam === true) {
    refuse('fee', 'the exam is included in the required course; its price goes under required_course');
  }
  for (const key of ['fee_varies_by_country', 'regional_fees'] as const) {
    if (has(key) && !has('fee') && !has('exams')) needs(key, 'fee', 'prices by country go with the United States fee');
  }
}

/** True when a field holds something: not missing, not an empty list, not false. */
function isGiven(value: unknown): boolean {
  return value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
}

/** True for a free fee, written (`Free`) or parsed (`{ kind: 'free' }`). */
function isFree(value: unknown): boolean {
  if (typeof value === 'string') return /^\s*free\s*$/i.test(value);
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'free';
}

/** A date as the YAML reader gives it (a string or a Date), as `YYYY-MM-DD`; undefined otherwise. */
function dateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
}

/** Renames front-matter keys to the camelCase of `CertificationData`, leaving out the ignored ones. */
function asCertificationData(frontMatter: FrontMatter): CertificationData {
  const ignored: readonly string[] = IGNORED_KEYS;
  const entries = Object.entries(frontMatter).filter(([key]) => !ignored.includes(key));
  return Object.fromEntries(entries.map(([key, value]) => [camelCase(key), value])) as CertificationData;
}

/** The schema of a certification file's front matter, checked as a whole, as `CertificationData`. */
export const certificationSchema = frontMatterSchema
  .superRefine(crossFieldRules, { when: () => true })
  .transform(asCertificationData);

/**
 * How a committed version of a file is read for its fact history: each field as today's schema reads
 * it, fields since removed ignored, and no rule between fields (a version may predate one, such as
 * `verified_against` beside `last_verified`). A field today's parser refuses makes the version unreadable.
 */
export const committedVersionSchema = z.object(frontMatterShape).transform(asCertificationData);
