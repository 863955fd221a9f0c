/**
 * The front matter of a certification file: every field, what it accepts, and the typed value each
 * one becomes. Editors' strings are parsed here, once; pages only see `Certification` data.
 */
import { z } from 'astro/zod';
import { parseCalendarDate, type CalendarDate } from './fields/calendar-date';
import { parseDomains, type DomainObject, type ExamDomain } from './fields/domains';
import { examFormatFromObject, parseExamFormat, type ExamFormat, type ExamFormatObject } from './fields/exam-format';
import { feeFromObject, parseFee, type Fee, type FeeObject } from './fields/fee';
import { fieldMessage, parsedField, textField, type FieldDoc } from './fields/field';
import { parseLevel, type Level } from './fields/level';
import { parseOfficialLink } from './fields/link';
import { FieldProblem } from './fields/problem';
import { parseStatus, type Status } from './fields/status';
import { parseCommaList, parseTextList } from './fields/text-list';
import { parseValidity, validityFromObject, type Validity, type ValidityObject } from './fields/validity';
import { editDistance, slugify } from './taxonomy';

const money = z.object({ amount: z.number(), currency: z.string() });
const whole = z.number().int();

/** The most characters each text field may hold. */
export const TEXT_LIMITS = { title: 150, provider: 80, overview: 600, short_description: 200, exam_code: 40 } as const;

/** Category names become page addresses, so they are kept short. */
export const MAX_CATEGORY_LENGTH = 60;

export const FIELD_DOCS = {
  title: {
    description: 'The certification’s official name, as the provider writes it.',
    expected: `text of at most ${TEXT_LIMITS.title} characters`,
    examples: ['title: "AWS Certified Machine Learning – Specialty"'],
  },
  provider: {
    description: 'The organisation that awards the certification. Use the spelling other files already use.',
    expected: `the provider’s name, at most ${TEXT_LIMITS.provider} characters`,
    examples: ['provider: "Amazon Web Services (AWS)"'],
  },
  level: {
    description: 'How far along a learner should be: Beginner, Intermediate, Advanced or Expert.',
    expected: 'one of Beginner, Intermediate, Advanced, Expert (any letter case)',
    examples: ['level: Intermediate'],
  },
  overview: {
    description: 'One or two sentences on what the certification proves; shown as the page’s opening paragraph.',
    expected: `text of at most ${TEXT_LIMITS.overview} characters`,
    examples: ['overview: "Validates the skills to build, train and deploy machine learning models on AWS."'],
  },
  short_description: {
    description: 'One sentence shown on cards and as the description search engines display.',
    expected: `text of at most ${TEXT_LIMITS.short_description} characters`,
    examples: ['short_description: "Advanced certification for deploying and managing ML models using AWS services."'],
  },
  categories: {
    description: 'The subjects the certification belongs to. Reuse existing names; a new name creates a new category.',
    expected: `a list of one or more category names, each at most ${MAX_CATEGORY_LENGTH} characters`,
    examples: ['categories: ["Machine Learning", "Cloud", "AI"]'],
  },
  link: {
    description: 'The provider’s official page for the certification, where the facts on this page can be checked.',
    expected: 'an absolute https:// URL',
    examples: ['link: "https://aws.amazon.com/certification/certified-machine-learning-specialty/"'],
  },
  fee: {
    description:
      'What one exam attempt costs. A second amount in brackets is an approximate conversion into another currency.',
    expected:
      'Free, or an amount with a currency symbol ($ € £ ₹ ¥) or ISO code before or after it ("$300", "USD 300", "300 EUR", "$19.99"), optionally followed by "(approx ₹25,000)" or "(~₹25,000)"; or { amount, currency, approx: [{ amount, currency }] }',
    examples: ['fee: "$300 (approx ₹25,000)"', 'fee: Free', 'fee: "150 EUR"', 'fee: { amount: 200, currency: USD }'],
  },
  exam_format: {
    description:
      'Comma-separated parts: the number of questions, the duration, and how the exam is taken (any other text).',
    expected:
      'parts such as "65 questions", "50-60 questions", "up to 90 questions", "90 minutes", "2 hours 30 minutes", "online proctored"; or { questions, duration_minutes, delivery: [...] }',
    examples: [
      'exam_format: "65 questions, 180 minutes, online proctored"',
      'exam_format: "up to 90 questions, 2 hours, in-person"',
      'exam_format: { questions: 60, duration_minutes: 90, delivery: [online proctored] }',
    ],
  },
  validity: {
    description: 'How long the certification stays valid before it must be renewed.',
    expected: '"<N> years", "<N> months", Lifetime, No expiry or Does not expire; or { years }, { months }, { lifetime: true }',
    examples: ['validity: "3 years"', 'validity: Lifetime', 'validity: { months: 18 }'],
  },
  skills: {
    description: 'What a holder can do, as short phrases.',
    expected: 'a comma-separated string or a list of skills',
    examples: ['skills: "Model Deployment, Feature Engineering"', 'skills: [Model Deployment, Feature Engineering]'],
  },
  prerequisites: {
    description: 'What to know or hold before attempting the exam. A string is kept whole; a list gives one item each.',
    expected: 'a string or a list of strings',
    examples: ['prerequisites: "One year of hands-on experience with AWS"', 'prerequisites: [Linux basics, Networking basics]'],
  },
  domains: {
    description:
      'The topic areas of the exam and the share of the exam each one weighs, as the provider’s exam guide lists them; shown as a bar chart.',
    expected: 'a list of { name, weight } where weight is a percentage above 0 and at most 100 (leave weight out when the guide gives none)',
    examples: ['domains: [{ name: "Data Engineering", weight: 20 }, { name: "Modeling", weight: 36 }]'],
  },
  exam_code: {
    description: 'The provider’s code for the current exam.',
    expected: `a short code, at most ${TEXT_LIMITS.exam_code} characters; quote it if it is only digits`,
    examples: ['exam_code: MLS-C01'],
  },
  status: {
    description: 'Whether the certification can still be earned. Defaults to active.',
    expected: 'one of active, retiring, retired',
    examples: ['status: retiring'],
  },
  retirement_date: {
    description: 'The day the provider retires (or retired) the exam. Required when status is retired.',
    expected: 'a date written YYYY-MM-DD',
    examples: ['retirement_date: 2026-03-31'],
  },
  last_verified: {
    description: 'The day an editor last checked these facts against the official link.',
    expected: 'a date written YYYY-MM-DD, not in the future',
    examples: ['last_verified: 2026-06-13'],
  },
  layout: {
    description:
      'Ignored. Accepted so that pages copied from the original Jekyll site build unchanged; the site chooses the layout.',
    expected: 'any text',
    examples: ['layout: certifications/certifications-individual'],
  },
} satisfies Record<string, FieldDoc>;

export type FieldKey = keyof typeof FIELD_DOCS;

/** The keys an editor may write, for "did you mean" suggestions. */
export const FIELD_KEYS = Object.keys(FIELD_DOCS) as FieldKey[];

function categoryNames(names: readonly (string | number)[]): string[] {
  const cleaned = names.map((name) => String(name).trim());
  const seen = new Map<string, string>();
  for (const name of cleaned) {
    if ([...name].length > MAX_CATEGORY_LENGTH) throw new FieldProblem(`"${name.slice(0, 30)}…" is longer than ${MAX_CATEGORY_LENGTH} characters`);
    const slug = slugify(name);
    if (!slug) throw new FieldProblem(`${JSON.stringify(name)} has no letters or digits`);
    const earlier = seen.get(slug);
    if (earlier !== undefined) throw new FieldProblem(`"${earlier}" and "${name}" are the same category`);
    seen.set(slug, name);
  }
  return cleaned;
}

const date = (doc: FieldDoc) => parsedField(doc, z.union([z.string(), z.date()]), parseCalendarDate).optional();

/** The message for a key the schema does not know, suggesting the field the editor probably meant. */
export function unknownFieldMessage(key: string): string {
  const nearest = FIELD_KEYS.map((known) => ({ known, distance: editDistance(key.toLowerCase(), known, 3) }))
    .filter(({ distance }) => distance <= 3)
    .sort((a, b) => a.distance - b.distance)[0];
  const hint = nearest ? ` (did you mean "${nearest.known}"?)` : '';
  return `unknown field "${key}"${hint}; expected: only these fields: ${FIELD_KEYS.join(', ')}`;
}

/** The front-matter shape; a key not listed here is an error. */
export const frontMatterSchema = z.strictObject({
  title: textField(FIELD_DOCS.title, { maxLength: TEXT_LIMITS.title }),
  provider: textField(FIELD_DOCS.provider, { maxLength: TEXT_LIMITS.provider }),
  level: parsedField(FIELD_DOCS.level, z.string(), parseLevel),
  overview: textField(FIELD_DOCS.overview, { maxLength: TEXT_LIMITS.overview }),
  short_description: textField(FIELD_DOCS.short_description, { maxLength: TEXT_LIMITS.short_description }),
  categories: parsedField(FIELD_DOCS.categories, z.array(z.union([z.string(), z.number()])).min(1), categoryNames),
  link: parsedField(FIELD_DOCS.link, z.string(), parseOfficialLink),
  fee: parsedField(
    FIELD_DOCS.fee,
    z.union([z.string(), z.strictObject({ amount: z.number(), currency: z.string(), approx: z.array(money).optional() })]),
    (value: string | FeeObject): Fee => (typeof value === 'string' ? parseFee(value) : feeFromObject(value)),
  ).optional(),
  exam_format: parsedField(
    FIELD_DOCS.exam_format,
    z.union([
      z.string(),
      z.strictObject({
        questions: z.union([whole, z.strictObject({ min: whole.optional(), max: whole })]).optional(),
        duration_minutes: z.number().optional(),
        delivery: z.array(z.string()).optional(),
      }),
    ]),
    (value: string | ExamFormatObject): ExamFormat =>
      typeof value === 'string' ? parseExamFormat(value) : examFormatFromObject(value),
  ).optional(),
  validity: parsedField(
    FIELD_DOCS.validity,
    z.union([
      z.string(),
      z.strictObject({ years: z.number() }),
      z.strictObject({ months: z.number() }),
      z.strictObject({ lifetime: z.literal(true) }),
    ]),
    (value: string | ValidityObject): Validity => (typeof value === 'string' ? parseValidity(value) : validityFromObject(value)),
  ).optional(),
  skills: parsedField(FIELD_DOCS.skills, z.union([z.string(), z.array(z.string())]), parseCommaList).optional(),
  prerequisites: parsedField(FIELD_DOCS.prerequisites, z.union([z.string(), z.array(z.string())]), parseTextList).optional(),
  domains: parsedField(
    FIELD_DOCS.domains,
    z.array(z.strictObject({ name: z.string(), weight: z.number().optional() })),
    (value: DomainObject[]): ExamDomain[] => parseDomains(value),
  ).optional(),
  exam_code: textField(FIELD_DOCS.exam_code, { maxLength: TEXT_LIMITS.exam_code, numbers: false }).optional(),
  status: parsedField(FIELD_DOCS.status, z.string(), parseStatus).optional(),
  retirement_date: date(FIELD_DOCS.retirement_date),
  last_verified: date(FIELD_DOCS.last_verified),
  layout: z.unknown().meta({ ...FIELD_DOCS.layout }).optional(),
}, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map(unknownFieldMessage).join(' | ')
      : `the front matter is not a list of "field: value" lines; found: ${typeof issue.input}`,
});

/** A certification's facts, typed. */
export interface CertificationData {
  title: string;
  provider: string;
  level: Level;
  overview: string;
  shortDescription: string;
  categories: string[];
  link: string;
  fee?: Fee;
  examFormat?: ExamFormat;
  validity?: Validity;
  skills: string[];
  prerequisites: string[];
  /** Topic areas of the exam, in the provider's order; empty when not listed. */
  domains: ExamDomain[];
  examCode?: string;
  status: Status;
  retirementDate?: CalendarDate;
  lastVerified?: CalendarDate;
}

/** Fields whose unquoted YAML dates the schema reads as dates; everywhere else a date is the text written. */
const DATE_FIELDS = new Set(['retirement_date', 'last_verified']);

/**
 * Astro's YAML reader turns unquoted date-like text (`exam_code: 2024-01-15`) into a Date; the checker's
 * reader keeps it as text. Turning such Dates back into text makes both read every file the same way.
 */
function datesAsText(value: unknown, key?: string): unknown {
  if (value instanceof Date && !(key && DATE_FIELDS.has(key))) {
    return Number.isNaN(value.getTime()) ? value : value.toISOString().replace('T00:00:00.000Z', '');
  }
  if (Array.isArray(value)) return value.map((item) => datesAsText(item));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([entryKey, entry]) => [entryKey, datesAsText(entry, key ? undefined : entryKey)]));
  }
  return value;
}

/** The schema of the `certifications` collection: the front matter, checked as a whole, as `CertificationData`. */
export const certificationSchema = z
  .preprocess((data) => datesAsText(data), frontMatterSchema)
  .superRefine((data, context) => {
    if (!data || typeof data !== 'object') return;
    const status = data.status ?? 'active';
    if (status === 'retired' && !data.retirement_date) {
      context.addIssue({
        code: 'custom',
        path: ['retirement_date'],
        message: fieldMessage(FIELD_DOCS.retirement_date, undefined, 'a retired certification needs its retirement date'),
        // The field is missing, so point the editor at the line that asks for it.
        params: { line_of: 'status' },
      });
    }
    if (status === 'active' && data.retirement_date) {
      context.addIssue({
        code: 'custom',
        path: ['status'],
        message: fieldMessage(
          FIELD_DOCS.status,
          data.status,
          `a retirement date is set, so the status is retiring or retired, not active`,
        ),
      });
    }
    // Run even when another field has an error, so an editor sees every problem at once.
  }, { when: () => true })
  .transform(
    (data): CertificationData => ({
      title: data.title,
      provider: data.provider,
      level: data.level,
      overview: data.overview,
      shortDescription: data.short_description,
      categories: data.categories,
      link: data.link,
      fee: data.fee,
      examFormat: data.exam_format,
      validity: data.validity,
      skills: data.skills ?? [],
      prerequisites: data.prerequisites ?? [],
      domains: data.domains ?? [],
      examCode: data.exam_code,
      status: data.status ?? 'active',
      retirementDate: data.retirement_date,
      lastVerified: data.last_verified,
    }),
  );
