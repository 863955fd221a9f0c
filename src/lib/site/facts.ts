/**
 * The facts a student weighs, as one list: the certification page's facts panel shows all of them,
 * a card the few students compare first, each with the same "Not listed" for a fact a file leaves out.
 */
import type { Certification } from '../catalogue/catalogue';
import { formatCalendarDate, onCalendarDate, type CalendarDate } from '../values/calendar-date';
import { formatQuestionCount } from '../values/exam-format';
import type { ExamCost } from '../catalogue/cost';
import type { RequiredCourse } from '../fields/required-course';
import { shownIn, type ShownFact } from '../values/shown-fact';
import { formatDuration, formatDurationShort, formatHours } from '../values/duration';
import { formatFee, formatMoney, type Fee } from '../values/money';
import { formatLanguages } from '../fields/languages';
import { formatPassingScore } from '../values/passing-score';
import { formatRetakePolicy } from '../fields/retake-policy';
import { holdingCost } from './holding-cost';
import { levelSlug, type Level } from '../fields/level';
import { formatStatus } from '../values/status';
import { retirementDateText } from '../fields/retirement-date';
import { formatValidity } from '../values/validity';
import { paths } from './routes';
import { siteConfig } from '../../site.config';
import { capitalise } from '../text/case';
import type { LevelPlacement } from '../catalogue/ladders';
import { messages, t, tp } from '../../i18n';

const m = messages.certification.facts;
const terms = m.terms;
const { notListed } = messages.values;

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
  | 'studyHours'
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
      return t(m.levelBasis.ladder, { tier: placement.tier });
    case 'experience':
      return tp(m.levelBasis.experience, placement.years);
    case 'exception':
      return m.levelBasis.exception;
    case 'general':
      return placement.rule === 'otherwise' ? m.levelBasis.estimate : m.levelBasis.fromTitle;
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
  const parts = [exam.fee ? formatFee(exam.fee) : notListed, ...(minutes ? [formatDuration(minutes)] : [])];
  return `${name}: ${parts.join(', ')}`;
}

/**
 * A fact whose value is a fee: its text in the provider's currency (with `suffix`), its second line in
 * `secondCurrency`, and the fee itself, so that a page can redraw both in any currency the same way.
 */
function feeFact(id: FactId, term: string, fee: Fee | undefined, secondCurrency: string, suffix = ''): Fact {
  if (!fee) return { id, term, text: notListed };
  const fact = { id, term, text: '', fee, ...(suffix && { feeSuffix: suffix }) };
  return { ...fact, ...shownIn(fact, secondCurrency) };
}

/** The fee facts: the exam fee (or what stands in for it), and the facts that explain it. */
function feeFacts(certification: Certification, secondCurrency: string): (Fact | undefined)[] {
  const { cost, kind } = certification;
  const term = kind === 'qualification' ? terms.registrationFee : kind === 'course' ? terms.price : terms.examFee;
  const [single] = cost.exams;
  const course = cost.course;
  let fee: Fact | undefined;
  if (course?.includesExam) {
    fee = {
      id: 'fee',
      term,
      text: m.includedInCourse,
      short: { term: terms.fee, text: courseShort(course) },
    };
  } else if (cost.exams.length > 1) {
    const count = cost.exams.length;
    fee = feeFact('fee', terms.examFees, cost.total, secondCurrency, tp(m.forExams, count));
    if (cost.total) fee.short = { term: terms.fee, feeSuffix: tp(m.examsShort, count) };
  } else if (kind !== 'qualification' || certification.fee) {
    const suffix = cost.variesByCountry && single?.fee?.kind === 'paid' ? m.unitedStates : '';
    fee = feeFact('fee', term, single?.fee, secondCurrency, suffix);
    fee.short = { term: terms.fee, ...(suffix && { feeSuffix: '' }) };
  }
  const regional =
    cost.variesByCountry || cost.regional.length > 0
      ? [
          ...cost.regional.map((local) => t(m.priceIn, { price: formatMoney(local.price), country: local.country })),
          ...(cost.variesByCountry ? [m.variesByCountry] : []),
        ].join('; ')
      : '';
  const minutes = (index: number) => certification.exams[index]?.format?.durationMinutes;
  return [
    fee,
    optionalFact('regionalFees', terms.regionalFees, regional ? capitalise(regional) : ''),
    optionalFact(
      'exams',
      terms.exams,
      cost.exams.length > 1 ? cost.exams.map((exam, index) => examText(exam, minutes(index))).join('; ') : '',
    ),
    course ? { id: 'course', term: terms.requiredCourse, text: courseText(course) } : undefined,
    course && !course.includesExam && cost.total
      ? feeFact('totalCost', terms.totalCost, cost.total, secondCurrency)
      : undefined,
  ];
}

/** `$995, exam included` or `Price set by each training partner; the exam is included`. */
function courseText(course: RequiredCourse): string {
  const price = course.priceSetByTrainers
    ? course.price
      ? t(m.course.setByTrainersWithPrice, { price: formatMoney(course.price) })
      : m.course.setByTrainers
    : course.price
      ? formatMoney(course.price)
      : notListed;
  return course.includesExam ? t(m.course.examIncluded, { price }) : price;
}

/** The course as a card's fee: `Course $995`, or `Course (trainer’s price)`. */
function courseShort(course: RequiredCourse): string {
  return course.price && !course.priceSetByTrainers
    ? t(m.course.short, { price: formatMoney(course.price) })
    : m.course.shortSetByTrainers;
}

/** A qualification's papers: how many, their fees and their exam time, saying how many give each. */
function paperFacts(certification: Certification, secondCurrency: string): Fact[] {
  const set = certification.paperSet;
  if (!set) return [];
  const count = set.papers.length;
  const unlisted = (given: number) => (given < count ? t(m.partlyGiven, { notListed, given, count }) : notListed);
  return [
    { id: 'papers', term: terms.papers, text: String(count) },
    set.totalFee
      ? feeFact('papersFees', terms.papersFees, set.totalFee, secondCurrency)
      : { id: 'papersFees', term: terms.papersFees, text: unlisted(set.pricedPapers) },
    {
      id: 'papersTime',
      term: terms.papersTime,
      text: set.totalMinutes ? formatDuration(set.totalMinutes) : unlisted(set.timedPapers),
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
  const text = statusDateText(status, retirementDate);
  return status !== 'active' && statusSource === 'reported' ? t(m.reportedStatus, { status: text }) : text;
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
      term: terms.provider,
      text: certification.providerLink.name,
      href: paths.provider(certification.providerLink.slug),
    },
    certification.qualification
      ? {
          id: 'kind',
          term: terms.paperOf,
          text: certification.qualification.title,
          href: paths.certification(certification.qualification.slug),
        }
      : undefined,
    {
      id: 'level',
      term: terms.level,
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
      term: terms.questions,
      text: examFormat?.questions ? formatQuestionCount(examFormat.questions) : notListed,
    },
    {
      id: 'duration',
      term: certification.exams.length > 1 ? terms.durationAllExams : terms.duration,
      text: minutes ? formatDuration(minutes) : notListed,
      short: { term: terms.duration, text: minutes ? formatDurationShort(minutes) : notListed },
    },
    {
      id: 'delivery',
      term: terms.delivery,
      text: examFormat?.delivery.length ? examFormat.delivery.join(', ') : notListed,
    },
    { id: 'validity', term: terms.validity, text: validity ? formatValidity(validity) : notListed },
    {
      id: 'passingScore',
      term: terms.passingScore,
      text: certification.passingScore ? formatPassingScore(certification.passingScore) : notListed,
    },
    certification.studyHours
      ? {
          id: 'studyHours',
          term: terms.studyHours,
          text: formatHours(certification.studyHours.hours),
          secondary: t(m.studyHoursBasis, {
            basis: certification.studyHours.basis,
            date: formatCalendarDate(certification.studyHours.checked),
          }),
          href: certification.studyHours.source,
          external: true,
        }
      : undefined,
    optionalFact('questionTypes', terms.questionTypes, certification.questionTypes.join(', ')),
    optionalFact(
      'languages',
      terms.languages,
      certification.languages.length ? formatLanguages(certification.languages) : '',
    ),
    optionalFact(
      'retakePolicy',
      terms.retakes,
      certification.retakePolicy ? formatRetakePolicy(certification.retakePolicy) : '',
    ),
    optionalFact('renewalFee', terms.renewalFee, certification.renewalFee ? formatFee(certification.renewalFee) : ''),
    optionalFact(
      'annualFee',
      terms.annualFee,
      certification.annualFee ? t(m.perYear, { fee: formatFee(certification.annualFee) }) : '',
    ),
    optionalFact(
      'holdingCost',
      terms.holdingCost,
      holdingCost({ ...certification, fee: certification.cost.total }) ?? '',
    ),
    examCode === undefined ? undefined : { id: 'examCode', term: terms.examCode, text: examCode, code: true },
    { id: 'status', term: terms.status, text: statusText(certification) },
    lastBookingDate
      ? {
          id: 'lastBookingDate',
          term: terms.lastBookingDate,
          text: formatCalendarDate(lastBookingDate),
          date: lastBookingDate,
        }
      : undefined,
    succession
      ? {
          id: 'replacedBy',
          term: terms.replacedBy,
          text: succession.successor.title,
          href: paths.certification(succession.successor.slug),
        }
      : undefined,
    {
      id: 'lastVerified',
      term: terms.lastVerified,
      text: lastVerified ? formatCalendarDate(lastVerified) : m.notYetVerified,
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
