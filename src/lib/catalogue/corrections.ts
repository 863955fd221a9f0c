/**
 * Facts an editor corrected against a provider's official page on an entry not (yet) checked in full
 * (`src/data/corrections.json`): which facts, the page, the day it was read and what it says. The
 * entry's file holds the value; this says where it comes from, so a value that differs from the
 * dataset record is never unexplained.
 */
import file from '../../data/corrections.json' with { type: 'json' };
import { parseCalendarDate } from '../fields/calendar-date';
import type { CalendarDate } from '../values/calendar-date';

/** The facts a correction may name: those the catalogue compares with the dataset record. */
export const CORRECTABLE_FACTS = ['fee', 'questions', 'duration'] as const;
export type CorrectableFact = (typeof CORRECTABLE_FACTS)[number];

export interface Correction {
  facts: CorrectableFact[];
  /** The official page read. */
  source: string;
  /** The day it was read. */
  checked: CalendarDate;
  /** What the page says, in a sentence. */
  note: string;
}

interface CorrectionsFile {
  corrections: Record<string, { facts: string[]; source: string; checked: string; note: string }[]>;
}

/** The corrections file, checked: a broken entry fails with where it is and what was expected. */
export function readCorrections(value: CorrectionsFile): ReadonlyMap<string, Correction[]> {
  return new Map(
    Object.entries(value.corrections).map(([slug, corrections]) => [
      slug,
      corrections.map((correction, index) => {
        const where = `src/data/corrections.json: corrections.${slug}[${index}]`;
        const facts = correction.facts.map((fact) => {
          if (!(CORRECTABLE_FACTS as readonly string[]).includes(fact))
            throw new Error(`${where}: "${fact}" is not one of ${CORRECTABLE_FACTS.join(', ')}`);
          return fact as CorrectableFact;
        });
        if (!/^https:\/\//.test(correction.source))
          throw new Error(`${where}: source must be the official page's https address, found "${correction.source}"`);
        if (!correction.note.trim()) throw new Error(`${where}: note must say what the official page says`);
        let checked: CalendarDate;
        try {
          checked = parseCalendarDate(correction.checked);
        } catch {
          throw new Error(`${where}: checked must be a real day written YYYY-MM-DD, found "${correction.checked}"`);
        }
        return { facts, source: correction.source, checked, note: correction.note };
      }),
    ]),
  );
}

const CORRECTIONS = readCorrections(file);

/** An entry's recorded corrections; none for most. */
export function correctionsOf(slug: string): Correction[] {
  return CORRECTIONS.get(slug) ?? [];
}

/** Every entry with recorded corrections, by slug. */
export function correctedSlugs(): string[] {
  return [...CORRECTIONS.keys()];
}
