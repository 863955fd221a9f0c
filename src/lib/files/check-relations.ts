/**
 * The catalogue rules of `builds_on` and `leads_to`: every slug names an existing certification (the
 * closest one is suggested), a certification does not name itself, and no path goes round in a cycle
 * (one error per cycle, naming every file in it).
 */
import { findCycles, stepsOf, type Step } from '../catalogue/relations';
import { closest } from '../text/edit-distance';
import type { Report } from './report';
import type { CheckedFile } from './check-file';

const EXAMPLES = {
  builds_on: 'builds_on: [aws-certified-cloud-practitioner]',
  leads_to: 'leads_to: [comptia-security-plus]',
};

/** The most edits between a written slug and an existing one for the existing one to be suggested. */
function suggestionLimit(slug: string): number {
  return Math.max(3, Math.floor(slug.length / 3));
}

/** `a.mdx builds on b`, `b.mdx leads to a`: one step as its file states it. */
function describeStep(step: Step, fileOf: ReadonlyMap<string, CheckedFile>): string {
  const file = fileOf.get(step.statedBy)?.file ?? step.statedBy;
  return step.field === 'builds_on' ? `${file} builds on ${step.before}` : `${file} leads to ${step.after}`;
}

/** Reports unknown and self relations, then every cycle. */
export function checkRelations(files: readonly CheckedFile[], allSlugs: ReadonlySet<string>, report: Report): void {
  const slugs = [...allSlugs].sort();
  const fileOf = new Map(files.map((checked) => [checked.slug, checked]));
  const steps = stepsOf(
    files.map((checked) => ({ slug: checked.slug, buildsOn: checked.data.buildsOn, leadsTo: checked.data.leadsTo })),
  );
  const known: Step[] = [];
  for (const step of steps) {
    const checked = fileOf.get(step.statedBy);
    if (!checked) continue;
    const other = step.field === 'builds_on' ? step.before : step.after;
    if (other === checked.slug) {
      report(checked, step.field, 'error', {
        reason: `a certification cannot ${step.field === 'builds_on' ? 'build on' : 'lead to'} itself`,
        found: other,
        expected: 'the slugs of other certifications',
        example: EXAMPLES[step.field],
      });
    } else if (!allSlugs.has(other)) {
      const suggestion = closest(other, slugs, suggestionLimit(other));
      report(checked, step.field, 'error', {
        reason: `no certification file is named ${other}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        found: other,
        expected: 'the slug of an existing certification: its file name without .mdx',
        example: suggestion ? `${step.field}: [${suggestion}]` : EXAMPLES[step.field],
      });
    } else {
      known.push(step);
    }
  }
  for (const cycle of findCycles(known)) {
    const [first] = cycle;
    const checked = first && fileOf.get(first.statedBy);
    if (!checked) continue;
    const files = [...new Set(cycle.map((step) => fileOf.get(step.statedBy)?.file ?? step.statedBy))];
    const written = first.field === 'builds_on' ? checked.data.buildsOn : checked.data.leadsTo;
    const named = first.field === 'builds_on' ? first.before : first.after;
    const kept = written.filter((slug) => slug !== named);
    report(checked, first.field, 'error', {
      reason: `these certifications go round in a cycle, so none of them can come first: ${files.join(', ')}`,
      found: cycle.map((step) => describeStep(step, fileOf)).join('; '),
      expected: 'a path that goes one way: remove one of these steps',
      example: kept.length > 0 ? `${first.field}: [${kept.join(', ')}]` : `no ${first.field} line`,
    });
  }
}
