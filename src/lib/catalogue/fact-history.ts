/**
 * What changed in a certification's facts, commit by commit: from the typed data of each committed
 * version of its file (src/lib/catalogue/git-history.ts reads them, the schema's fields type them), the facts
 * a student weighs that differ from the version before, and the days its facts were checked against
 * the official page. A commit that changed only the text, or other fields, is not an event. Values
 * stay typed here; the page formats them as its facts panel does (src/lib/site/fact-history.ts).
 */
import type { CalendarDate } from '../values/calendar-date';
import type { CertificationData } from '../schema';

/** The facts whose changes the history lists, typed as the certification data has them. */
export interface TrackedValues {
  level: CertificationData['level'];
  fee: CertificationData['fee'];
  questions: NonNullable<CertificationData['examFormat']>['questions'];
  duration: NonNullable<CertificationData['examFormat']>['durationMinutes'];
  passingScore: CertificationData['passingScore'];
  validity: CertificationData['validity'];
  renewalFee: CertificationData['renewalFee'];
  annualFee: CertificationData['annualFee'];
  status: { status: CertificationData['status']; retirementDate: CertificationData['retirementDate'] };
  lastBookingDate: CertificationData['lastBookingDate'];
}

export type TrackedFact = keyof TrackedValues;

/** The tracked facts, in the order a change lists them. */
export const TRACKED_FACTS: readonly TrackedFact[] = [
  'status',
  'lastBookingDate',
  'level',
  'fee',
  'renewalFee',
  'annualFee',
  'questions',
  'duration',
  'passingScore',
  'validity',
];

/** One fact's change: `from` missing means the fact was added, `to` missing that it was removed. */
export type FactChange = {
  [Fact in TrackedFact]: { fact: Fact; from?: NonNullable<TrackedValues[Fact]>; to?: NonNullable<TrackedValues[Fact]> };
}[TrackedFact];

/** One commit of the file that changed facts, or recorded a check. */
export interface HistoryEvent {
  date: CalendarDate;
  commit: string;
  /** The commit added the certification to the catalogue. */
  added?: true;
  /** The day its facts were checked against the official page, when this commit recorded a new one. */
  checked?: CalendarDate;
  changes: FactChange[];
}

/** A certification's history, newest event first. */
export interface FactHistory {
  events: HistoryEvent[];
  /**
   * Versions today's field parsers cannot read (written for an older schema): no change is inferred
   * across them, so the history may be missing changes but never shows a wrong one.
   */
  unreadable: number;
}

/** One committed version, typed by today's field parsers; no data when they cannot read it. */
export interface TypedVersion {
  commit: string;
  date: CalendarDate;
  data?: CertificationData;
}

export function trackedValues(data: CertificationData): TrackedValues {
  return {
    level: data.level,
    fee: data.fee,
    questions: data.examFormat?.questions,
    duration: data.examFormat?.durationMinutes,
    passingScore: data.passingScore,
    validity: data.validity,
    renewalFee: data.renewalFee,
    annualFee: data.annualFee,
    status: { status: data.status, retirementDate: data.retirementDate },
    lastBookingDate: data.lastBookingDate,
  };
}

const same = (one: unknown, other: unknown) => JSON.stringify(one) === JSON.stringify(other);

/**
 * The facts that differ between two versions, in TRACKED_FACTS order. A missing version has no facts, so
 * a certification added (or removed) gives each fact it has as added (or removed): the facts diff of a
 * pull request lists a new file's facts this way.
 */
export function factChanges(before: CertificationData | undefined, after: CertificationData | undefined): FactChange[] {
  const [from, to] = [before && trackedValues(before), after && trackedValues(after)];
  return TRACKED_FACTS.filter((fact) => !same(from?.[fact], to?.[fact])).map(
    (fact) =>
      ({
        fact,
        ...(from?.[fact] !== undefined && { from: from[fact] }),
        ...(to?.[fact] !== undefined && { to: to[fact] }),
      }) as FactChange,
  );
}

/** The history of one file's versions, given oldest first. */
export function factHistory(versions: readonly TypedVersion[]): FactHistory {
  const events: HistoryEvent[] = [];
  let previous: CertificationData | undefined;
  let unreadable = 0;
  versions.forEach(({ commit, date, data }, index) => {
    if (!data) {
      unreadable += 1;
      previous = undefined;
      return;
    }
    const checked = data.lastVerified !== undefined && data.lastVerified !== previous?.lastVerified;
    if (index === 0) {
      events.push({ date, commit, added: true, ...(checked && { checked: data.lastVerified }), changes: [] });
    } else if (previous) {
      const changes = factChanges(previous, data);
      if (changes.length > 0 || checked)
        events.push({ date, commit, ...(checked && { checked: data.lastVerified }), changes });
    }
    previous = data;
  });
  return { events: events.reverse(), unreadable };
}
