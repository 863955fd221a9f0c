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
import { feeField } from './fields/fee';
import { addFieldIssue, fieldProblem, fieldSpecOf, type FieldDoc } from './fields/field';
import { languagesField } from './fields/languages';
import { lastVerifiedField } from './fields/last-verified';
import { layoutField } from './fields/layout';
import { levelField } from './fields/level';
import { linkField } from './fields/link';
import { overviewField } from './fields/overview';
import { passingScoreField } from './fields/passing-score';
import { prerequisitesField } from './fields/prerequisites';
import { buildsOnField, leadsToField } from './fields/relations';
import { problemMessage, type ProblemParts } from './fields/problem';
import { providerField } from './fields/provider';
import { questionTypesField } from './fields/question-types';
import { annualFeeField, renewalFeeField, renewalField } from './fields/renewal';
import { retakePolicyField } from './fields/retake-policy';
import { retirementDateField } from './fields/retirement-date';
import { shortDescriptionField } from './fields/short-description';
import { skillsField } from './fields/skills';
import { sourceField } from './fields/source';
import { statusField } from './fields/status';
import { studyResourcesField } from './fields/study-resources';
import { titleField } from './fields/title';
import { validityField } from './fields/validity';

/** Every front-matter field, in the order the field reference and `npm run new` list them. */
export const frontMatterShape = {
  title: titleField,
  provider: providerField,
  level: levelField,
  overview: overviewField,
  short_description: shortDescriptionField,
  categories: categoriesField,
  link: linkField,
  fee: feeField.optional(),
  exam_format: examFormatField.optional(),
  validity: validityField.optional(),
  passing_score: passingScoreField.optional(),
  question_types: questionTypesField.default([]),
  languages: languagesField.default([]),
  skills: skillsField.default([]),
  prerequisites: prerequisitesField.default([]),
  builds_on: buildsOnField.default([]),
  leads_to: leadsToField.default([]),
  domains: domainsField.default([]),
  exam_code: examCodeField.optional(),
  retake_policy: retakePolicyField.optional(),
  renewal: renewalField.optional(),
  renewal_fee: renewalFeeField.optional(),
  annual_fee: annualFeeField.optional(),
  study_resources: studyResourcesField.default([]),
  status: statusField.default('active'),
  retirement_date: retirementDateField.optional(),
  last_verified: lastVerifiedField.optional(),
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
  const status = typeof frontMatter.status === 'string' ? frontMatter.status : 'active';
  const hasRetirementDate = frontMatter.retirement_date !== undefined;
  const addProblem = (key: FieldKey, problem: ProblemParts, lineOf?: FieldKey) =>
    addFieldIssue(context, { problem, ...(lineOf && { lineOf }) }, [key]);
  if (status === 'retired' && !hasRetirementDate) {
    // The field is missing, so the problem points at the line that asks for it.
    const problem = fieldProblem(
      fieldDoc('retirement_date'),
      undefined,
      'a retired certification needs its retirement date',
    );
    addProblem('retirement_date', problem, 'status');
  }
  if (status === 'active' && hasRetirementDate) {
    const reason = 'a retirement date is set, so the status is retiring or retired, not active';
    addProblem('status', fieldProblem(fieldDoc('status'), frontMatter.status, reason));
  }
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
