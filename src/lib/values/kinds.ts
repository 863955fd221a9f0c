/**
 * What kind of credential an entry is, as a student chooses it. Safe in the browser.
 * - certification: earned by passing an assessment (an exam, a lab, a practical), maybe after a course;
 * - qualification: a professional qualification made of several papers (ACCA, CFA, CA ...);
 * - paper: one exam of a qualification, never a credential on its own;
 * - course: a certificate earned by completing a course, with no separate exam.
 */
import { values } from '../../i18n/en/values';

export const KINDS = ['certification', 'qualification', 'paper', 'course'] as const;

export type Kind = (typeof KINDS)[number];

/** How a page names an entry of this kind in a sentence: `a certification`, `a paper`. */
export const KIND_NOUNS: Readonly<Record<Kind, string>> = values.kinds.nouns;

/** The kind as a label: `Certification`, `Qualification`, `Paper`, `Course certificate`. */
export function formatKind(kind: Kind): string {
  return values.kinds.labels[kind];
}
