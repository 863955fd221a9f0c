/**
 * The shape of one certification in the JSON API, as a Zod schema: the TypeScript type the API is
 * built as (`ApiCertification`) and the JSON Schema published at `/api/certification.schema.json`
 * both come from it. The compile-time checks at the end keep it equal to `CertificationData`, so a new
 * front-matter field cannot reach the API without reaching this schema (and its documentation) too.
 */
import { z } from 'astro/zod';
import { LEVELS } from '../fields/level';
import { STATUSES } from '../values/status';
import { STATUS_SOURCES } from '../fields/status-source';
import { KINDS } from '../values/kinds';
import type { CertificationData } from '../schema';
import { DATE_NOT_GIVEN } from '../fields/retirement-date';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A calendar date, YYYY-MM-DD.');
const money = z.object({
  amount: z.number().describe('The amount, in units of the currency (not cents).'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .describe('ISO 4217 code.'),
});
const fee = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('free') }),
    z.object({
      kind: z.literal('paid'),
      price: money.describe('The official price, in the currency the provider states it in.'),
      approx: z.array(money).describe('The editor’s own approximate conversions into other currencies.'),
    }),
  ])
  .describe('A fee: free, or a price.');
const termLink = z.object({
  slug: z.string().describe('The term’s slug, as in the site’s addresses.'),
  name: z.string().describe('Its display name.'),
});
const relatedLink = z.object({
  slug: z.string().describe('The other certification’s slug (its page and its API file are named after it).'),
  title: z.string(),
});

/** One certification in `/api/certifications.json`, and (with `facts` and `comesAfter`) in its own file. */
export const apiCertificationSchema = z
  .object({
    slug: z
      .string()
      .describe('The certification’s slug: its page is /<slug>/, its API file /api/certifications/<slug>.json.'),
    url: z.string().describe('The absolute URL of its page on this site.'),
    title: z.string(),
    provider: termLink,
    level: z.enum(LEVELS),
    overview: z.string(),
    shortDescription: z.string(),
    categories: z.array(termLink),
    officialLink: z.string().describe('The provider’s official page, where every fact can be checked.'),
    kind: z
      .enum(KINDS)
      .describe('certification, qualification (made of papers), paper (one exam of a qualification) or course.'),
    papers: z.array(relatedLink).describe('For a qualification: its papers, in the order a student sits them.'),
    paperOf: relatedLink.nullable().describe('For a paper: the qualification it is a paper of.'),
    formerTitles: z.array(z.string()).describe('Earlier names of the certification.'),
    fee: fee
      .nullable()
      .describe(
        'The exam fee for one attempt (the United States price when it varies by country); null when not listed.',
      ),
    feeVariesByCountry: z.boolean().describe('The provider prices the exam by country.'),
    regionalFees: z
      .array(z.object({ country: z.string(), price: money }))
      .describe('Prices the provider itself states for particular countries.'),
    exams: z
      .array(
        z.object({
          code: z.string().optional(),
          title: z.string().optional(),
          fee: fee.optional(),
          format: z
            .object({
              questions: z.object({ min: z.number().nullable(), max: z.number() }).optional(),
              durationMinutes: z.number().optional(),
              delivery: z.array(z.string()),
            })
            .optional(),
        }),
      )
      .describe('When the certification needs two exams or more: each one.'),
    requiredCourse: z
      .object({
        price: money.optional(),
        priceSetByTrainers: z.boolean(),
        includesExam: z.boolean(),
      })
      .nullable()
      .describe('A course the provider requires: its price, or that trainers set it; whether the exam is included.'),
    examMinutes: z
      .number()
      .nullable()
      .describe('The exam time in minutes (all its exams added up when it needs several); null when not listed.'),
    totalCost: fee
      .nullable()
      .describe(
        'What earning it costs in all (every exam, and a required course), or for a qualification all its papers; ' +
          'null when a part has no fixed price. Fee bands, the fee sort, compare and the plan use it.',
      ),
    examFormat: z
      .object({
        questions: z
          .object({ min: z.number().nullable(), max: z.number() })
          .optional()
          .describe('Number of questions; min is set when the provider gives a range.'),
        durationMinutes: z.number().optional(),
        delivery: z.array(z.string()).describe('How the exam is taken, as written: "online proctored", "test center".'),
      })
      .nullable(),
    validity: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('lifetime') }),
        z.object({ kind: z.literal('years'), years: z.number() }),
        z.object({ kind: z.literal('months'), months: z.number() }),
      ])
      .nullable()
      .describe('How long the certification stays valid; null when not listed.'),
    passingScore: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('score'), score: z.number(), outOf: z.number() }),
        z.object({ kind: z.literal('percent'), percent: z.number() }),
      ])
      .nullable(),
    questionTypes: z.array(z.string()),
    languages: z.array(z.string()),
    skills: z.array(z.string()),
    prerequisites: z.array(z.string()),
    studyHours: z
      .object({
        hours: z.number(),
        basis: z.string().describe('What the hours are, as the source states them.'),
        source: z.string().describe('The provider’s page that states them.'),
        checked: z.string().describe('The day an editor read that page (YYYY-MM-DD).'),
      })
      .nullable()
      .describe('The hours of preparation the provider states (its course, learning path or required education).'),
    buildsOn: z
      .array(relatedLink)
      .describe('Certifications to hold or prepare first: those this one builds on and those that lead to it.'),
    leadsTo: z.array(relatedLink).describe('Natural next steps: those this one leads to and those that build on it.'),
    roles: z
      .object({
        ids: z.array(z.string()).describe('Ids of the job roles of src/data/roles.json it leads to.'),
        by: z
          .enum(['editor', 'rules'])
          .describe('Who gave them: the file’s own roles field, or the roles file’s reviewed rules.'),
      })
      .describe('The job roles this certification leads to.'),
    domains: z.array(
      z.object({ name: z.string(), weightPercent: z.number().optional().describe('Share of the exam, in percent.') }),
    ),
    examCode: z.string().nullable(),
    retakePolicy: z.object({ waitingDays: z.number().optional(), notes: z.string().optional() }).nullable(),
    renewal: z.string().nullable().describe('How the certification is renewed, in words.'),
    renewalFee: fee.nullable(),
    annualFee: fee.nullable(),
    studyResources: z.array(z.object({ title: z.string(), url: z.string(), free: z.boolean().optional() })),
    status: z.enum(STATUSES),
    statusSource: z
      .enum(STATUS_SOURCES)
      .describe('official when the provider announced the retirement, reported when only other sources have.'),
    retirementDate: z
      .union([
        date,
        z
          .string()
          .regex(/^\d{4}-\d{2}$/)
          .describe('A month, YYYY-MM, when the provider gives no day.'),
        z.literal(DATE_NOT_GIVEN).describe('Retired or retiring, on a date the provider has not given.'),
      ])
      .nullable()
      .describe('When it retires or retired: a day, a month, or "not given".'),
    lastBookingDate: date.nullable().describe('The last day to book the exam before it retires, when given.'),
    replacedBy: relatedLink.nullable().describe('For a retiring or retired certification: its successor.'),
    lastVerified: date.nullable().describe('When an editor last checked the facts against the official page.'),
    verifiedAgainst: z
      .array(z.string())
      .nullable()
      .describe('The official pages the facts were checked against that day.'),
    source: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('cert-atlas'), examId: z.string() }),
        z.object({ kind: z.literal('url'), url: z.string() }),
      ])
      .nullable()
      .describe('Where the facts came from: a record of the Cert Atlas open dataset, or a page.'),
    comesAfter: z
      .array(z.string())
      .optional()
      .describe(
        'Only in a certification’s own file: the slugs of everything before it on its paths, however far back.',
      ),
    facts: z
      .array(
        z.object({
          id: z.string(),
          term: z.string().describe('The label, as the page shows it.'),
          text: z.string().describe('The value, as the page shows it.'),
          secondary: z.string().optional().describe('A second line: the fee in the site’s second currency.'),
          fee: fee.optional().describe('For a fee: the fee itself, to show it in another currency.'),
          feeSuffix: z.string().optional().describe('For a fee: the words the text adds after the price.'),
        }),
      )
      .optional()
      .describe('Only in a certification’s own file: the facts panel of its page, as text.'),
    history: z
      .array(
        z.object({
          date: date.describe('The day of the commit.'),
          commit: z
            .string()
            .regex(/^[0-9a-f]{40}$/)
            .describe('The commit of the catalogue’s repository.'),
          added: z.boolean().describe('The commit added the certification to the catalogue.'),
          checked: date.nullable().describe('The day of a check against the official page this commit recorded.'),
          changes: z
            .array(
              z.object({
                fact: z.string().describe('Which fact: fee, level, status, questions, duration, validity …'),
                text: z.string().describe('The change, as the page shows it: "Fee: $300 → $330".'),
              }),
            )
            .describe('The facts this commit changed.'),
        }),
      )
      .optional()
      .describe(
        'Only in a certification’s own file: what changed in its facts, commit by commit, newest first ' +
          '(empty when the site was built without the repository’s history).',
      ),
  })
  .meta({ title: 'Certification', description: 'One certification of the Cert Compass catalogue.' });

export type ApiCertification = z.output<typeof apiCertificationSchema>;

/** The published JSON Schema of `ApiCertification`. */
export function certificationJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(apiCertificationSchema), $id: id };
}

// Compile-time: the schema holds every fact of `CertificationData`, with the same type (null for a
// fact a file leaves out), apart from the facts the API resolves to links.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Resolved = 'provider' | 'categories' | 'link' | 'buildsOn' | 'leadsTo' | 'papers' | 'replacedBy' | 'roles';
type Plain = Exclude<keyof CertificationData, Resolved>;
type AsInApi<K extends Plain> = undefined extends CertificationData[K]
  ? Exclude<CertificationData[K], undefined> | null
  : CertificationData[K];
type Mismatched = { [K in Plain]: Equal<ApiCertification[K], AsInApi<K>> extends true ? never : K }[Plain];
type Unlisted = Exclude<
  keyof ApiCertification,
  | Plain
  | Resolved
  | 'officialLink'
  | 'slug'
  | 'url'
  | 'comesAfter'
  | 'facts'
  | 'history'
  | 'totalCost'
  | 'paperOf'
  | 'examMinutes'
>;
/** Names any fact whose type differs between the schema and `CertificationData`, or that only one has. */
export type ApiSchemaDrift = Mismatched | Unlisted | Exclude<Plain, keyof ApiCertification>;
const noDrift: [ApiSchemaDrift] extends [never] ? true : ApiSchemaDrift = true;
void noDrift;
