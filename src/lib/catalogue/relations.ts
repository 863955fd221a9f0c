/**
 * The paths between certifications as one graph. "A builds on B" and "B leads to A" both say B comes
 * before A; the certification page, the plan and the cycle check all read that one graph, so an editor
 * may write a step in either file and every view agrees.
 */

/** What a certification says of its neighbours, as written in its front matter. */
export interface RelationSource {
  slug: string;
  buildsOn: readonly string[];
  leadsTo: readonly string[];
}

/** One "comes before" step, and the front-matter field of the file that states it. */
export interface Step {
  before: string;
  after: string;
  /** The file whose field states the step. */
  statedBy: string;
  field: 'builds_on' | 'leads_to';
}

/** Every step the files state, relations to unknown slugs included. */
export function stepsOf(sources: readonly RelationSource[]): Step[] {
  return sources.flatMap(({ slug, buildsOn, leadsTo }) => [
    ...buildsOn.map((other): Step => ({ before: other, after: slug, statedBy: slug, field: 'builds_on' })),
    ...leadsTo.map((other): Step => ({ before: slug, after: other, statedBy: slug, field: 'leads_to' })),
  ]);
}

/** For each slug, the steps leaving it (to what comes after), in the order the files state them. */
function stepsAfter(steps: readonly Step[]): Map<string, Step[]> {
  const after = new Map<string, Step[]>();
  for (const step of steps) {
    const list = after.get(step.before);
    if (list) list.push(step);
    else after.set(step.before, [step]);
  }
  return after;
}

/**
 * The cycles of the graph, each once, as the steps that go round it from its first slug in code-point
 * order; a step from a slug to itself is left to its own rule. Depth-first, so O(slugs + steps).
 */
export function findCycles(steps: readonly Step[]): Step[][] {
  const after = stepsAfter(steps.filter((step) => step.before !== step.after));
  const state = new Map<string, 'open' | 'done'>();
  const path: Step[] = [];
  const cycles: Step[][] = [];
  const seen = new Set<string>();
  const visit = (slug: string) => {
    state.set(slug, 'open');
    for (const step of after.get(slug) ?? []) {
      const next = state.get(step.after);
      if (next === 'open') {
        const start = path.findIndex((earlier) => earlier.before === step.after);
        const cycle = [...path.slice(start === -1 ? path.length : start), step];
        const key = [...new Set(cycle.map((part) => part.before))].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(rotatedToFirst(cycle));
        }
      } else if (next === undefined) {
        path.push(step);
        visit(step.after);
        path.pop();
      }
    }
    state.set(slug, 'done');
  };
  for (const slug of [...after.keys()].sort()) if (!state.has(slug)) visit(slug);
  return cycles;
}

/** A cycle's steps starting from its smallest slug, so the same cycle always reads the same. */
function rotatedToFirst(cycle: readonly Step[]): Step[] {
  const first = cycle.reduce((best, step, index) => (step.before < cycle[best]!.before ? index : best), 0);
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

/** What each certification's page shows: where to start and where to go next, both ways of writing merged. */
export interface Neighbours {
  /** Certifications that come right before it. */
  startWith: string[];
  /** Certifications that come right after it. */
  nextSteps: string[];
}

/** The neighbours of every slug that has any, each list in the order the steps were stated, without repeats. */
export function neighboursOf(steps: readonly Step[]): Map<string, Neighbours> {
  const neighbours = new Map<string, Neighbours>();
  const of = (slug: string) => {
    let entry = neighbours.get(slug);
    if (!entry) {
      entry = { startWith: [], nextSteps: [] };
      neighbours.set(slug, entry);
    }
    return entry;
  };
  for (const { before, after } of steps) {
    const next = of(before).nextSteps;
    if (!next.includes(after)) next.push(after);
    const start = of(after).startWith;
    if (!start.includes(before)) start.push(before);
  }
  return neighbours;
}

/**
 * Everything that comes before each slug, however far back (`A` before `B` before `C` puts both `A`
 * and `B` before `C`), for ordering a plan. Assumes no cycle (the checks refuse one).
 */
export function ancestorsOf(steps: readonly Step[]): Map<string, Set<string>> {
  const before = new Map<string, string[]>();
  for (const step of steps) {
    const list = before.get(step.after);
    if (list) list.push(step.before);
    else before.set(step.after, [step.before]);
  }
  const memo = new Map<string, Set<string>>();
  const ancestors = (slug: string, visiting: Set<string>): Set<string> => {
    const known = memo.get(slug);
    if (known) return known;
    const found = new Set<string>();
    visiting.add(slug);
    for (const parent of before.get(slug) ?? []) {
      if (visiting.has(parent)) continue;
      found.add(parent);
      for (const grand of ancestors(parent, visiting)) found.add(grand);
    }
    visiting.delete(slug);
    memo.set(slug, found);
    return found;
  };
  return new Map([...before.keys()].map((slug) => [slug, ancestors(slug, new Set())]));
}
