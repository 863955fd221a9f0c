import { describe, expect, it } from 'vitest';
import { ancestorsOf, findCycles, neighboursOf, stepsOf } from '../../src/lib/catalogue/relations';
import { parseRelatedSlugs } from '../../src/lib/fields/relations';

const steps = stepsOf([
  { slug: 'foundations', buildsOn: [], leadsTo: ['associate'] },
  { slug: 'associate', buildsOn: [], leadsTo: [] },
  { slug: 'professional', buildsOn: ['associate'], leadsTo: [] },
  { slug: 'specialty', buildsOn: ['associate', 'foundations'], leadsTo: [] },
]);

describe('the graph of paths', () => {
  it('merges both ways of writing a step into one list each way, without repeats', () => {
    const neighbours = neighboursOf(steps);
    expect(neighbours.get('associate')).toEqual({
      startWith: ['foundations'],
      nextSteps: ['professional', 'specialty'],
    });
    expect(neighbours.get('specialty')).toEqual({ startWith: ['associate', 'foundations'], nextSteps: [] });
  });

  it('knows everything before a certification, however far back', () => {
    expect([...(ancestorsOf(steps).get('professional') ?? [])].sort()).toEqual(['associate', 'foundations']);
    expect(ancestorsOf(steps).get('foundations')).toBeUndefined();
  });

  it('finds no cycle in a path that goes one way, and each cycle once otherwise', () => {
    expect(findCycles(steps)).toEqual([]);
    const cyclic = stepsOf([
      { slug: 'b', buildsOn: ['a'], leadsTo: [] },
      { slug: 'a', buildsOn: ['b'], leadsTo: [] },
      { slug: 'c', buildsOn: ['c'], leadsTo: [] },
    ]);
    const cycles = findCycles(cyclic);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.map((step) => `${step.before}>${step.after}`)).toEqual(['a>b', 'b>a']);
  });
});

describe('parseRelatedSlugs', () => {
  it('takes one slug or a list', () => {
    expect(parseRelatedSlugs('comptia-a-plus')).toEqual(['comptia-a-plus']);
    expect(parseRelatedSlugs([' comptia-a-plus ', 'comptia-network-plus'])).toEqual([
      'comptia-a-plus',
      'comptia-network-plus',
    ]);
  });

  it.each([
    [['CompTIA A+'], '"CompTIA A+" is not a slug'],
    [['comptia-a-plus.mdx'], 'names a file; write its slug, "comptia-a-plus"'],
    [['a', 'a'], '"a" is listed twice'],
    [[], 'the list is empty'],
  ])('refuses %o: %s', (value, reason) => {
    expect(() => parseRelatedSlugs(value)).toThrow(reason);
  });
});
