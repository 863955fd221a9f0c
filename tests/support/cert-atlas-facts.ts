/**
 * The facts a student compares first, the fee, the question count and the duration, as a Cert Atlas
 * record states them and as an entry does, and where the two part: the content test that no entry
 * contradicts the record its `source` names, and that an entry the importer wrote leaves none out.
 */
import type { ExamFormat } from '../../src/lib/values/exam-format';
import type { Fee } from '../../src/lib/values/money';
import type { CertAtlasRecord } from '../../src/lib/editor/cert-atlas';

export type KeyFact = 'fee' | 'questions' | 'duration';

/** Where an entry and its record part on one key fact; a side that does not state the fact is undefined. */
export interface KeyFactDifference {
  fact: KeyFact;
  /** `differs` when both state the fact, `missing` when only the record does. */
  kind: 'differs' | 'missing';
  entry?: string;
  record: string;
}

/** The key facts of an entry, as the schema parsed them. */
export interface EntryKeyFacts {
  fee?: Fee;
  examFormat?: ExamFormat;
}

const usd = (amount: number) => `USD ${amount}`;

function feeText(fee: Fee): string {
  return fee.kind === 'free' ? 'free' : `${fee.price.currency} ${fee.price.amount}`;
}

function questionsText(format: ExamFormat): string | undefined {
  const count = format.questions;
  if (!count) return undefined;
  if (count.min === count.max) return String(count.max);
  return count.min === null ? `up to ${count.max}` : `${count.min}-${count.max}`;
}

/** The differences between an entry's key facts and its record's; facts the record lacks are not compared. */
export function keyFactDifferences(entry: EntryKeyFacts, record: CertAtlasRecord): KeyFactDifference[] {
  const differences: KeyFactDifference[] = [];
  const compare = (fact: KeyFact, stated: string | undefined, recorded: string, agrees: boolean) => {
    if (stated === undefined) differences.push({ fact, kind: 'missing', record: recorded });
    else if (!agrees) differences.push({ fact, kind: 'differs', entry: stated, record: recorded });
  };
  const price = record.exam_price_usd;
  if (typeof price === 'number' && price >= 0) {
    const recorded = price === 0 ? 'free' : usd(price);
    compare('fee', entry.fee && feeText(entry.fee), recorded, !!entry.fee && feeText(entry.fee) === recorded);
  }
  const questions = record.total_questions;
  if (typeof questions === 'number' && questions > 0) {
    const count = entry.examFormat?.questions;
    // "up to 90" and "100-150" agree with a record of 90 and 100: the record gives one number of the range.
    const agrees = !!count && questions <= count.max && questions >= (count.min ?? 1);
    compare('questions', entry.examFormat && questionsText(entry.examFormat), String(questions), agrees);
  }
  const minutes = record.duration_minutes;
  if (typeof minutes === 'number' && minutes > 0) {
    const stated = entry.examFormat?.durationMinutes;
    compare(
      'duration',
      stated === undefined ? undefined : `${stated} minutes`,
      `${minutes} minutes`,
      stated === minutes,
    );
  }
  return differences;
}

/** One line for a report: `questions: the entry says up to 90, the record 100`. */
export function describeDifference(difference: KeyFactDifference): string {
  const entry = difference.entry === undefined ? 'does not say' : `says ${difference.entry}`;
  return `${difference.fact}: the entry ${entry}, the record ${difference.record}`;
}
