/**
 * A certification's fact history as its page shows it: one item per commit that changed a fact or
 * recorded a check, newest first, each value written as the facts panel writes it (the same formatters),
 * linked to its commit when the site knows its repository.
 */
import type { FactChange, FactHistory } from '../catalogue/fact-history';
import { formatCalendarDate, type CalendarDate } from '../values/calendar-date';
import { formatQuestionCount } from '../values/exam-format';
import { formatPassingScore } from '../values/passing-score';
import { formatDuration } from '../values/duration';
import { formatFee } from '../values/money';
import { formatValidity } from '../values/validity';
import { statusDateText } from './facts';
import type { Repository } from './repository-links';
import { messages, t } from '../../i18n';

const m = messages.certification.history;
const { terms, perYear } = messages.certification.facts;

/** The label of each tracked fact, as the facts panel names it. */
const FACT_TERMS: Record<FactChange['fact'], string> = {
  status: terms.status,
  lastBookingDate: terms.lastBookingDate,
  level: terms.level,
  fee: terms.fee,
  renewalFee: terms.renewalFee,
  annualFee: terms.annualFee,
  questions: terms.questions,
  duration: terms.duration,
  passingScore: terms.passingScore,
  validity: terms.validity,
};

/** A tracked fact's value, before or after the change, as text; nothing when that side has none. */
function valueText(change: FactChange, side: 'from' | 'to'): string | undefined {
  if (change[side] === undefined) return undefined;
  switch (change.fact) {
    case 'status':
      return statusDateText(change[side]!.status, change[side]!.retirementDate);
    case 'lastBookingDate':
      return formatCalendarDate(change[side]!);
    case 'level':
      return change[side];
    case 'fee':
    case 'renewalFee':
      return formatFee(change[side]!);
    case 'annualFee':
      return t(perYear, { fee: formatFee(change[side]!) });
    case 'questions':
      return formatQuestionCount(change[side]!);
    case 'duration':
      return formatDuration(change[side]!);
    case 'passingScore':
      return formatPassingScore(change[side]!);
    case 'validity':
      return formatValidity(change[side]!);
  }
}

/** A change's parts as text: the fact's label and its values before and after (none on a side without it). */
export interface ChangeSides {
  term: string;
  from?: string;
  to?: string;
}

/**
 * `{ term: 'Fee', from: '$300', to: '$330' }`: for a table with a column per side (the facts diff of a pull
 * request), written as the page writes them.
 */
export function changeSides(change: FactChange): ChangeSides {
  const [from, to] = [valueText(change, 'from'), valueText(change, 'to')];
  return { term: FACT_TERMS[change.fact], ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

/** `Fee: $300 → $330`; `Questions: 60 (added)`; `Passing score: 70% (removed)`. */
export function changeText(change: FactChange): string {
  const { term, from, to } = changeSides(change);
  if (from === undefined) return t(m.factAdded, { term, value: to ?? '' });
  if (to === undefined) return t(m.factRemoved, { term, value: from });
  return t(m.changed, { term, from, to });
}

/** The id of a history item on its certification's page, for links to it from the changes pages and feeds. */
export function historyItemId(commit: string): string {
  return `history-${commit.slice(0, 12)}`;
}

/** One commit of the history, as the page lists it. */
export interface HistoryItem {
  date: CalendarDate;
  commit: string;
  dateText: string;
  /** The commit on the repository's site, when the site knows its repository. */
  commitHref?: string;
  lines: string[];
}

/** The page's history section: its items, and a note when some versions could not be read. */
export interface HistoryView {
  items: HistoryItem[];
  note?: string;
}

export function historyView(history: FactHistory, repository: Repository | undefined): HistoryView {
  const items = history.events.map(({ date, commit, added, checked, changes }) => ({
    date,
    commit,
    dateText: formatCalendarDate(date),
    ...(repository && { commitHref: `${repository.url}/commit/${commit}` }),
    lines: [
      ...(added ? [m.added] : []),
      ...changes.map(changeText),
      ...(checked ? [t(m.checked, { date: formatCalendarDate(checked) })] : []),
    ],
  }));
  return {
    items,
    ...(history.unreadable > 0 && {
      note: m.unreadable,
    }),
  };
}
