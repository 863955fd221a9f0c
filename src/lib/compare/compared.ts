/**
 * A certification as the compare and plan pages read it: the parts of its API file
 * (`/api/certifications/<slug>.json`, `ApiCertification`) that the table, the plan and My plan use. Declared
 * here by shape so that browser code needs nothing from the build; `site/api.ts` fails the type check
 * when the API stops giving it (`API_GIVES_WHAT_COMPARE_READS`).
 */
import type { Fee } from '../values/money';
import type { ExamFormat } from '../values/exam-format';
import type { ShownFact } from '../values/shown-fact';
import type { Status } from '../values/status';
import type { Validity } from '../values/validity';

/** One fact of the certification page's facts panel, as text; a fee also as the fee, to redraw it. */
export type ComparedFact = ShownFact;

export interface ComparedCertification {
  slug: string;
  url: string;
  title: string;
  level: string;
  provider: { name: string };
  categories: { name: string }[];
  officialLink: string;
  fee: Fee | null;
  /** What earning it costs in all (every exam, a required course); null when a part has no fixed price. */
  totalCost: Fee | null;
  /** The exam time in minutes, all its exams added up; null when not listed. */
  examMinutes: number | null;
  status: Status;
  /** A day, a month (`YYYY-MM`) or `not given`. */
  retirementDate: string | null;
  /** The last day to book the exam before it retires, when given. */
  lastBookingDate: string | null;
  /** For a retiring or retired certification: its successor. */
  replacedBy: { slug: string; title: string } | null;
  examFormat: ExamFormat | null;
  validity: Validity | null;
  skills: string[];
  prerequisites: string[];
  renewal: string | null;
  renewalFee: Fee | null;
  /** Everything before it on its paths, however far back. */
  comesAfter?: string[];
  facts?: ComparedFact[];
}
