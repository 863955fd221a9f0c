/**
 * The catalogue rules of lifecycle and qualifications:
 * - `replaced_by` names an existing certification other than itself, and following successors ends
 *   at a current one (a retired successor must name its own successor, and no chain goes round);
 * - a current certification never builds on or leads to a retired one;
 * - a qualification's papers are entries of kind paper, each listed by exactly one qualification,
 *   and every paper is listed by one.
 */
import { closest } from '../text/edit-distance';
import type { Report } from './report';
import type { CheckedFile } from './check-file';

const isRetired = (checked: CheckedFile) => checked.data.status === 'retired';

/** Reports every lifecycle and qualification problem of the catalogue. */
export function checkLifecycle(files: readonly CheckedFile[], allSlugs: ReadonlySet<string>, report: Report): void {
  const bySlug = new Map(files.map((checked) => [checked.slug, checked]));
  const slugs = [...allSlugs].sort();
  checkSuccessors(files, bySlug, allSlugs, slugs, report);
  checkCurrentPaths(files, bySlug, report);
  checkPapers(files, bySlug, allSlugs, slugs, report);
}

function unknownSlug(
  checked: CheckedFile,
  field: string,
  slug: string,
  slugs: readonly string[],
  example: string,
  report: Report,
): void {
  const suggestion = closest(slug, slugs, Math.max(3, Math.floor(slug.length / 3)));
  report(checked, field, 'error', {
    reason: `no certification file is named ${slug}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
    found: slug,
    expected: 'the slug of an existing certification: its file name without .mdx',
    example: suggestion ? `${field}: ${field === 'papers' ? `[${suggestion}]` : suggestion}` : example,
  });
}

function checkSuccessors(
  files: readonly CheckedFile[],
  bySlug: ReadonlyMap<string, CheckedFile>,
  allSlugs: ReadonlySet<string>,
  slugs: readonly string[],
  report: Report,
): void {
  const example = 'replaced_by: aws-certified-machine-learning-engineer-associate';
  for (const checked of files) {
    const successor = checked.data.replacedBy;
    if (successor === undefined) continue;
    if (successor === checked.slug) {
      report(checked, 'replaced_by', 'error', {
        reason: 'a certification cannot replace itself',
        found: successor,
        expected: 'the slug of the certification the provider names as its successor',
        example,
      });
      continue;
    }
    if (!allSlugs.has(successor)) {
      unknownSlug(checked, 'replaced_by', successor, slugs, example, report);
      continue;
    }
    // Follow the chain: it must reach a current certification without going round.
    const chain = [checked.slug];
    let next = bySlug.get(successor);
    while (next && isRetired(next) && next.data.replacedBy !== undefined && !chain.includes(next.slug)) {
      chain.push(next.slug);
      next = bySlug.get(next.data.replacedBy);
    }
    if (!next) continue; // a successor with errors of its own is reported there
    if (chain.includes(next.slug)) {
      report(checked, 'replaced_by', 'error', {
        reason: `the successors go round in a cycle, so none of them is current: ${[...chain, next.slug].join(' → ')}`,
        found: successor,
        expected: 'a chain of successors that ends at a current certification',
        example,
      });
    } else if (isRetired(next)) {
      report(checked, 'replaced_by', 'error', {
        reason:
          `${next.file} is retired too and names no successor, so a student would be sent to a retired ` +
          `certification: ${[...chain, next.slug].join(' → ')}`,
        found: successor,
        expected: `a current certification, or a replaced_by line in ${next.file}`,
        example: `replaced_by: the slug of the current successor (in ${next.file})`,
      });
    }
  }
}

function checkCurrentPaths(files: readonly CheckedFile[], bySlug: ReadonlyMap<string, CheckedFile>, report: Report) {
  for (const checked of files) {
    if (isRetired(checked)) continue;
    for (const field of ['builds_on', 'leads_to'] as const) {
      const written = field === 'builds_on' ? checked.data.buildsOn : checked.data.leadsTo;
      for (const slug of written) {
        const other = bySlug.get(slug);
        if (!other || !isRetired(other)) continue;
        const successor = other.data.replacedBy;
        const kept = written.filter((candidate) => candidate !== slug);
        report(checked, field, 'error', {
          reason:
            `${slug} is retired, so a student cannot ${field === 'builds_on' ? 'start with' : 'go on to'} it` +
            (successor ? ` (its successor is ${successor})` : ''),
          found: slug,
          expected: 'current certifications only',
          example: `${field}: [${[...kept, ...(successor ? [successor] : [])].join(', ')}]`,
        });
      }
    }
  }
}

function checkPapers(
  files: readonly CheckedFile[],
  bySlug: ReadonlyMap<string, CheckedFile>,
  allSlugs: ReadonlySet<string>,
  slugs: readonly string[],
  report: Report,
): void {
  const listedBy = new Map<string, CheckedFile>();
  for (const qualification of files) {
    for (const slug of qualification.data.papers) {
      if (!allSlugs.has(slug)) {
        unknownSlug(qualification, 'papers', slug, slugs, 'papers: [business-and-technology-bt-f1]', report);
        continue;
      }
      const paper = bySlug.get(slug);
      if (paper && paper.data.kind !== 'paper') {
        report(qualification, 'papers', 'error', {
          reason: `${paper.file} is of kind ${paper.data.kind}, not a paper`,
          found: slug,
          expected: 'the slugs of entries of kind paper',
          example: `kind: paper (in ${paper.file})`,
        });
      }
      const earlier = listedBy.get(slug);
      if (earlier && earlier !== qualification) {
        report(qualification, 'papers', 'error', {
          reason: `${slug} is already a paper of ${earlier.file}; a paper belongs to one qualification`,
          found: slug,
          expected: 'papers no other qualification lists',
          example: `papers: [${qualification.data.papers.filter((other) => other !== slug).join(', ')}]`,
        });
      } else listedBy.set(slug, qualification);
    }
  }
  for (const paper of files) {
    if (paper.data.kind !== 'paper' || listedBy.has(paper.slug)) continue;
    report(paper, 'kind', 'error', {
      reason: 'no qualification lists this paper, so a student could not tell what it is a paper of',
      found: 'kind: paper',
      expected: 'the paper listed under papers in its qualification’s file (or another kind)',
      example: `papers: [${paper.slug}] (in the qualification's file)`,
    });
  }
}
