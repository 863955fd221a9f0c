/**
 * The facts a student weighs, as one list: the certification page's facts panel shows all of them,
 * a card the few students compare first, each with the same "Not listed" for a fact a file leaves out.
 */
import type { Certification } from '../catalogue/catalogue';
import { formatCalendarDate, type CalendarDate } from '../fields/calendar-date';
import { formatDuration, formatDurationShort, formatQuestionCount } from '../fields/exam-format';
import { feeInTwoCurrencies } from '../values/exchange';
import { formatFee } from '../values/money';
import { formatLanguages } from '../fields/languages';
import { formatPassingScore } from '../fields/passing-score';
import { formatRetakePolicy } from '../fields/retake-policy';
import { holdingCost } from './holding-cost';
import { levelSlug, type Level } from '../fields/level';
import { formatStatus } from '../fields/status';
import { formatValidity } from '../fields/validity';
import { NOT_LISTED } from '../values/labels';
import { paths } from './routes';
import { siteConfig } from '../../site.config';

export type FactId =
  | 'provider'
  | 'level'
  | 'fee'
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
  | 'lastVerified';

/** One fact: its label and value as text, and how the value is shown when it is more than text. */
export interface Fact {
  id: FactId;
  term: string;
  text: string;
  /** A second line under the value: the fee in the site's second currency. */
  secondary?: string;
  /** The label and value on a card, when shorter there. */
  short?: { term?: string; text?: string };
  /** The value links here. */
  href?: string;
  /** The value is this level, shown as a badge. */
  level?: Level;
  /** The value is a code, shown as such. */
  code?: boolean;
  /** The value is this date. */
  date?: CalendarDate;
}

/** The facts a card shows, in order. */
const CARD_FACTS: readonly FactId[] = ['fee', 'duration', 'validity'];

/** A fact shown only when the entry gives it. */
function optionalFact(id: FactId, term: string, text: string): Fact | undefined {
  return text ? { id, term, text } : undefined;
}

/** Every fact of a certification, in the order the facts panel lists them; fees also in `secondCurrency`. */
export function certificationFacts(
  certification: Certification,
  secondCurrency: string = siteConfig.secondCurrency,
): Fact[] {
  const { fee, examFormat, validity, examCode, lastVerified, retirementDate } = certification;
  const feeShown = fee && feeInTwoCurrencies(fee, secondCurrency);
  const minutes = examFormat?.durationMinutes;
  const facts: (Fact | undefined)[] = [
    {
      id: 'provider',
      term: 'Provider',
      text: certification.providerLink.name,
      href: paths.provider(certification.providerLink.slug),
    },
    {
      id: 'level',
      term: 'Level',
      text: certification.level,
      level: certification.level,
      href: paths.level(levelSlug(certification.level)),
    },
    {
      id: 'fee',
      term: 'Exam fee',
      text: feeShown?.official ?? NOT_LISTED,
      short: { term: 'Fee' },
      ...(feeShown?.second && { secondary: feeShown.second.text }),
    },
    {
      id: 'questions',
      term: 'Questions',
      text: examFormat?.questions ? formatQuestionCount(examFormat.questions) : NOT_LISTED,
    },
    {
      id: 'duration',
      term: 'Duration',
      text: minutes ? formatDuration(minutes) : NOT_LISTED,
      short: { text: minutes ? formatDurationShort(minutes) : NOT_LISTED },
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
    optionalFact('holdingCost', 'Cost over its validity', holdingCost(certification) ?? ''),
    examCode === undefined ? undefined : { id: 'examCode', term: 'Exam code', text: examCode, code: true },
    {
      id: 'status',
      term: 'Status',
      text: `${formatStatus(certification.status)}${retirementDate ? ` (${formatCalendarDate(retirementDate)})` : ''}`,
    },
    {
      id: 'lastVerified',
      term: 'Last verified',
      text: lastVerified ? formatCalendarDate(lastVerified) : 'Not yet',
      ...(lastVerified && { date: lastVerified }),
    },
  ];
  return facts.filter((fact) => fact !== undefined);
}

/** The facts a card shows, with their card labels and values. */
export function cardFacts(certification: Certification): Fact[] {
  const facts = certificationFacts(certification);
  return CARD_FACTS.flatMap((id) => {
    const fact = facts.find((candidate) => candidate.id === id);
    if (!fact) return [];
    const term = fact.short?.term ?? fact.term;
    return [
      { id: fact.id, term, text: fact.short?.text ?? fact.text, ...(fact.secondary && { secondary: fact.secondary }) },
    ];
  });
}
