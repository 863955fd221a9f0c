/**
 * The facts a student weighs, as one list: the certification page's facts panel shows all of them,
 * a card the few students compare first, each with the same "Not listed" for a fact a file leaves out.
 */
import type { Certification } from '../catalogue/catalogue';
import { formatCalendarDate, onCalendarDate, type CalendarDate } from '../fields/calendar-date';
import { formatQuestionCount } from '../values/exam-format';
import type { ExamCost } from '../catalogue/cost';
import type { RequiredCourse } from '../fields/required-course';
import { shownIn, type ShownFact } from '../values/shown-fact';
import { formatDuration, formatDurationShort } from '../values/duration';
import { formatFee, formatMoney, type Fee } from '../values/money';
import { formatLanguages } from '../fields/languages';
import { formatPassingScore } from '../values/passing-score';
import { formatRetakePolicy } from '../fields/retake-policy';
import { holdingCost } from './holding-cost';
import { levelSlug, type Level } from '../fields/level';
import { formatStatus } from '../values/status';
import { retirementDateText } from '../fields/retirement-date';
import { formatValidity } from '../values/validity';
import { NOT_LISTED } from '../values/labels';
import { paths } from './routes';
import { siteConfig } from '../../site.config';
import { capitalise } from '../text/case';
import type { LevelPlacement } from '../catalogue/ladders';
import { countOf } from '../text/plural';

export type FactId =
  | 'provider'
  | 'kind'
  | 'level'
  | 'fee'
  | 'regionalFees'
  | 'exams'
  | 'course'
  | 'totalCost'
  | 'papers'
  | 'papersFees'
  | 'papersTime'
  | 'questions'
  | 'duration'
  | 'delivery'
  | 'validity'
  | 'passingScore'
  | 'questionTypes'
  | 'languages'
  | 'retakePolicy'
  | 'renewalFee'
  | 'annualFee'
  | 'holdingCost'
  | 'examCode'
  | 'status'
  | 'lastBookingDate'
  | 'replacedBy'
  | 'lastVerified';

/**
 * One fact: its label and value as text (`ShownFact`, what the browser receives), and how the value is
 * shown when it is more than text.
 */
export interface Fact extends ShownFact {
  id: FactId;
  /** The label and value on a card, when shorter there; a fee's shorter words after its price. */
  short?: { term?: string; text?: string; feeSuffix?: string };
  /** The value links here. */
  href?: string;
  /** The link leaves the site (the provider's page). */
  external?: boolean;
  /** The value is this level, shown as a badge. */
  level?: Level;
  /** The value is a code, shown as such. */
  code?: boolean;
  /** The value is this date. */
  date?: CalendarDate;
}

/** Where a level comes from, said under it: a ladder's tier is the provider's; anything else is ours. */
export function levelBasisText(placement: LevelPlacement): string {
  switch (placement.by) {
    case 'ladder':
      return `The provider’s ${placement.tier} tier`;
    case 'experience':
      return `Asks for ${countOf(placement.years, 'year')} of experience`;
    case 'exception':
      return 'Set by an editor (src/data/ladders.json says why)';
    case 'general':
      return placement.rule === 'otherwise'
        ? 'Our estimate: the provider publishes no levels'
        : 'From its title: the provider publishes no levels';
  }
}

/** The facts a card shows, in order. */
const CARD_FACTS: readonly FactId[] = ['fee', 'duration', 'validity'];

/** A fact shown only when the entry gives it. */
function optionalFact(id: FactId, term: string, text: string): Fact | undefined {
  return text ? { id, term, text } : undefined;
}

/** `$265 (220-1201, Core 1)`: one exam of several, with its fee and length where known. */
function examText(exam: ExamCost, minutes: number | undefined): string {
  const name = [exam.code, exam.title].filter(Boolean).join(', ');
  const parts = [exam.fee ? formatFee(exam.fee) : NOT_LISTED, ...(minutes ? [formatDuration(minutes)] : [])];
  return `${name}: ${parts.join(', ')}`;
}

/**
 * A fact whose value is a fee: its text in the provider's currency (with `suffix`), its second line in
 * `secondCurrency`, and the fee itself, so that a page can redraw both in any currency the same way.
 */
function feeFact(id: FactId, term: string, fee: Fee | undefined, secondCurrency: string, suffix = ''): Fact {
  if (!fee) return { id, term, text: NOT_LISTED };
  const fact = { id, term, text: '', fee, ...(suffix && { feeSuffix: suffix }) };
  return { ...fact, ...shownIn(fact, secondCurrency) };
}

/** The fee facts: the exam fee (or what stands in for it), and the facts that explain it. */
function feeFacts(certification: Certification, secondCurrency: string): (Fact | undefined)[] {
  const { cost, kind } = certification;
  const term = kind === 'qualification' ? 'Registration fee' : kind === 'course' ? 'Price' : 'Exam fee';
  const [single] = cost.exams;
  const course = cost.course;
  let fee: Fact | undefined;
  if (course?.includesExam) {
    fee = {
      id: 'fee',
      term,
      text: 'Included in the required course',
      short: { term: 'Fee', text: courseShort(course) },
    };
  } else if (cost.exams.length > 1) {
    const count = cost.exams.length;
    fee = feeFact('fee', 'Exam fees', cost.total, secondCurrency, ` for ${count} exams`);
    if (cost.total) fee.short = { term: 'Fee', feeSuffix: ` (${count} exams)` };
  } else if (kind !== 'qualification' || certification.fee) {
    const suffix = cost.variesByCountry && single?.fee?.kind === 'paid' ? ' (United States)' : '';
    fee = feeFact('fee', term, single?.fee, secondCurrency, suffix);
    fee.short = { term: 'Fee', ...(suffix && { feeSuffix: '' }) };
  }
  const regional =
    cost.variesByCountry || cost.regional.length > 0
      ? [
          ...cost.regional.map((local) => `${formatMoney(local.price)} in ${local.country}`),
          ...(cost.variesByCountry ? ['the price varies by country'] : []),
        ].join('; ')
      : '';
  const minutes = (index: number) => certification.exams[index]?.format?.durationMinutes;
  return [
    fee,
    optionalFact('regionalFees', 'Price by country', regional ? capitalise(regional) : ''),
    optionalFact(
      'exams',
      'Exams',
      cost.exams.length > 1 ? cost.exams.map((exam, index) => examText(exam, minutes(index))).join('; ') : '',
    ),
    course ? { id: 'course', term: 'Required course', text: courseText(course) } : undefined,
    course && !course.includesExam && cost.total
      ? feeFact('totalCost', 'Total to earn it', cost.total, secondCurrency)
      : undefined,
  ];
}

/** `$995, exam included` or `Price set by each training partner; the exam is included`. */
function courseText(course: RequiredCourse): string {
  const price = course.priceSetByTrainers
    ? `Price set by each training partner${course.price ? ` (the provider gives ${formatMoney(course.price)})` : ''}`
    : course.price
      ? formatMoney(course.price)
      : NOT_LISTED;
  return `${price}${course.includesExam ? '; the exam is included' : ''}`;
}

/** The course as a card's fee: `Course $995`, or `Course (trainer’s price)`. */
function courseShort(course: RequiredCourse): string {
  return course.price && !course.priceSetByTrainers
    ? `Course ${formatMoney(course.price)}`
    : 'Course (trainer’s price)';
}

/** A qualification's papers: how many, their fees and their exam time, saying how many give each. */
function paperFacts(certification: Certification, secondCurrency: string): Fact[] {
  const set = certification.paperSet;
  if (!set) return [];
  const count = set.papers.length;
  const partly = (given: number) => (given < count ? ` (${given} of ${count} papers give it)` : '');
  return [
    { id: 'papers', term: 'Papers', text: String(count) },
    set.totalFee
      ? feeFact('papersFees', 'Exam fees, all papers', set.totalFee, secondCurrency)
      : { id: 'papersFees', term: 'Exam fees, all papers', text: `${NOT_LISTED}${partly(set.pricedPapers)}` },
    {
      id: 'papersTime',
      term: 'Exam time, all papers',
      text: set.totalMinutes ? formatDuration(set.totalMinutes) : `${NOT_LISTED}${partly(set.timedPapers)}`,
    },
  ];
}

/** `Retired on 31 March 2026`, `Retiring on …`, `Active`: a status with its date, as the facts panel says it. */
export function statusDateText(
  status: Certification['status'],
  retirementDate: Certification['retirementDate'],
): string {
  if (status === 'active') return formatStatus(status);
  return `${formatStatus(status)}${retirementDateText(retirementDate, onCalendarDate)}`;
}

/** The status with its date, and whether a retirement is only reported. */
function statusText(certification: Certification): string {
  const { status, retirementDate, statusSource } = certification;
  const reported = status !== 'active' && statusSource === 'reported' ? ' (reported, not yet confirmed)' : '';
  return `${statusDateText(status, retirementDate)}${reported}`;
}

/** Every fact of a certification, in the order the facts panel lists them; fees also in `secondCurrency`. */
export function certificationFacts(
  certification: Certification,
  secondCurrency: string = siteConfig.secondCurrency,
): Fact[] {
  const { examFormat, validity, examCode, lastVerified, verifiedAgainst, lastBookingDate, succession } = certification;
  const minutes = certification.examMinutes;
  const facts: (Fact | undefined)[] = [
    {
      id: 'provider',
      term: 'Provider',
      text: certification.providerLink.name,
      href: paths.provider(certification.providerLink.slug),
    },
    certification.qualification
      ? {
          id: 'kind',
          term: 'Paper of',
          text: certification.qualification.title,
          href: paths.certification(certification.qualification.slug),
        }
      : undefined,
    {
      id: 'level',
      term: 'Level',
      text: certification.level,
      // Where the level comes from, when the file follows the rules (the catalogue's always does).
      ...(certification.levelPlacement.level === certification.level && {
        secondary: levelBasisText(certification.levelPlacement),
      }),
      level: certification.level,
      href: paths.level(levelSlug(certification.level)),
    },
    ...paperFacts(certification, secondCurrency),
    ...feeFacts(certification, secondCurrency),
    {
      id: 'questions',
      term: 'Questions',
      text: examFormat?.questions ? formatQuestionCount(examFormat.questions) : NOT_LISTED,
    },
    {
      id: 'duration',
      term: certification.exams.length > 1 ? 'Duration, all exams' : 'Duration',
      text: minutes ? formatDuration(minutes) : NOT_LISTED,
      short: { term: 'Duration', text: minutes ? formatDurationShort(minutes) : NOT_LISTED },
    },
    {
      id: 'delivery',
      term: 'Delivery',
      text: examFormat?.delivery.length ? examFormat.delivery.join(', ') : NOT_LISTED,
    },
    { id: 'validity', term: 'Validity', text: validity ? formatValidity(validity) : NOT_LISTED },
    {
      id: 'passingScore',
      term: 'Passing score',
      text: certification.passingScore ? formatPassingScore(certification.passingScore) : NOT_LISTED,
    },
    optionalFact('questionTypes', 'Question types', certification.questionTypes.join(', ')),
    optionalFact(
      'languages',
      'Languages',
      certification.languages.length ? formatLanguages(certification.languages) : '',
    ),
    optionalFact(
      'retakePolicy',
      'Retakes',
      certification.retakePolicy ? formatRetakePolicy(certification.retakePolicy) : '',
    ),
    optionalFact('renewalFee', 'Renewal fee', certification.renewalFee ? formatFee(certification.renewalFee) : ''),
    optionalFact(
      'annualFee',
      'Annual fee',
      certification.annualFee ? `${formatFee(certification.annualFee)} a year` : '',
    ),
    optionalFact(
      'holdingCost',
      'Cost over its validity',
      holdingCost({ ...certification, fee: certification.cost.total }) ?? '',
    ),
    examCode === undefined ? undefined : { id: 'examCode', term: 'Exam code', text: examCode, code: true },
    { id: 'status', term: 'Status', text: statusText(certification) },
    lastBookingDate
      ? {
          id: 'lastBookingDate',
          term: 'Last day to book',
          text: formatCalendarDate(lastBookingDate),
          date: lastBookingDate,
        }
      : undefined,
    succession
      ? {
          id: 'replacedBy',
          term: 'Replaced by',
          text: succession.successor.title,
          href: paths.certification(succession.successor.slug),
        }
      : undefined,
    {
      id: 'lastVerified',
      term: 'Checked against the official page',
      text: lastVerified ? formatCalendarDate(lastVerified) : 'Not yet',
      ...(lastVerified && { date: lastVerified }),
      ...(lastVerified && verifiedAgainst?.[0] && { href: verifiedAgainst[0], external: true }),
    },
  ];
  return facts.filter((fact) => fact !== undefined);
}

/** A fact as the browser receives it: its label, text, second line and fee, nothing about how it is drawn. */
export function shownFact({ id, term, text, secondary, fee, feeSuffix }: Fact): ShownFact {
  return { id, term, text, ...(secondary && { secondary }), ...(fee && { fee }), ...(feeSuffix && { feeSuffix }) };
}

/** The facts a card shows, with their card labels and values, the fees in `secondCurrency` as on the page. */
export function cardFacts(
  certification: Certification,
  secondCurrency: string = siteConfig.secondCurrency,
): ShownFact[] {
  const facts = certificationFacts(certification, secondCurrency);
  return CARD_FACTS.flatMap((id) => {
    const fact = facts.find((candidate) => candidate.id === id);
    if (!fact) return [];
    const { term = fact.term, text = fact.text, feeSuffix = fact.feeSuffix } = fact.short ?? {};
    const card = shownFact({ ...fact, term, text, ...(feeSuffix !== undefined && { feeSuffix }) });
    return [card.fee ? { ...card, ...shownIn(card, secondCurrency) } : card];
  });
}
