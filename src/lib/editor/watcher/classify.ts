/**
 * What a page's visit means for editors, against what the last run saw: gone (an error status, or no
 * answer after the retries), now mentioning retirement, moved elsewhere, its text changed, unchanged, or
 * seen for the first time. A page gets the most urgent of these as its kind and keeps the others as
 * notes, so the report lists it once, in the group of the first thing to do.
 */
import type { CalendarDate } from '../../values/calendar-date';
import type { PageStatus } from './fetch-page';
import type { PageReading } from './page-reading';
import { newRetirementSentences } from './retirement';
import type { PageRecord } from './state';
import type { WatchTarget } from './targets';

/** The kinds an editor acts on, most urgent first: the report's groups, in order. */
export const ACTION_KINDS = ['gone', 'retiring', 'moved', 'changed'] as const;

export type ActionKind = (typeof ACTION_KINDS)[number];

export type FindingKind = ActionKind | 'unchanged' | 'first-seen';

export interface Finding {
  target: WatchTarget;
  kind: FindingKind;
  /** The less urgent kinds that also apply (a page that moved and whose text changed). */
  also: ActionKind[];
  /** The status for people: `404 Not Found`, `no answer within 20 s` ... */
  reason: string;
  /** Where the page now is, when it moved. */
  movedTo?: string;
  /** The retirement sentences not on the page before. */
  newEvidence: string[];
}

/** Whether a status means the page cannot be read: no answer, or anything but 2xx. */
export function isGone(status: PageStatus): boolean {
  return typeof status !== 'number' || status < 200 || status > 299;
}

/** The path without trailing slashes: `/exam/` and `/exam` are one page on every site the catalogue links to. */
function pathOf(url: URL): string {
  return url.pathname.replace(/\/+$/, '');
}

/**
 * Whether a page now lives elsewhere: its redirects ended on another host or another path. A trailing
 * slash, `http:` becoming `https:` and a different query (tracking parameters, a locale) are not a move.
 */
export function isMoved(requested: string, final: string): boolean {
  const [from, to] = [new URL(requested), new URL(final)];
  return from.host !== to.host || pathOf(from) !== pathOf(to);
}

/**
 * Classifies one page. Retirement wording counts only while one of the page's certifications is still
 * active: once a file says retiring or retired, the editor already knows.
 */
export function classifyPage(target: WatchTarget, reading: PageReading, previous: PageRecord | undefined): Finding {
  const moved = isMoved(reading.url, reading.finalUrl);
  const base = { target, reason: reading.reason, ...(moved && { movedTo: reading.finalUrl }) };
  if (isGone(reading.status)) return { ...base, kind: 'gone', also: [], newEvidence: [] };
  const anyActive = target.uses.some((use) => use.status === 'active');
  const newEvidence = anyActive ? newRetirementSentences(reading.retirementEvidence, previous?.retirementEvidence) : [];
  const applies: Record<Exclude<ActionKind, 'gone'>, boolean> = {
    retiring: newEvidence.length > 0,
    moved,
    changed: previous?.digest !== undefined && previous.digest !== reading.digest,
  };
  const [kind, ...also] = ACTION_KINDS.filter((action) => action !== 'gone' && applies[action]);
  const quiet = previous?.digest === undefined ? 'first-seen' : 'unchanged';
  return { ...base, kind: kind ?? quiet, also, newEvidence };
}

/**
 * What the state keeps of a page after this visit. A page without content this time (gone) keeps the
 * digest and sentences of its last good answer, so a page back from an outage is compared with what it
 * said before it went.
 */
export function recordOf(reading: PageReading, previous: PageRecord | undefined, today: CalendarDate): PageRecord {
  const content =
    reading.digest === undefined
      ? { digest: previous?.digest, retirementEvidence: previous?.retirementEvidence }
      : { digest: reading.digest, retirementEvidence: reading.retirementEvidence };
  return {
    status: reading.status,
    finalUrl: reading.finalUrl,
    checked: today,
    ...(content.digest !== undefined && { digest: content.digest }),
    ...((content.retirementEvidence?.length ?? 0) > 0 && { retirementEvidence: content.retirementEvidence }),
  };
}
