/**
 * The catalogue rules of successors, current paths and qualifications, called directly: each with the
 * files that break it, the file and field the problem names, and the four parts of its explanation.
 */
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/lib/files/check-catalogue';
import { checkedFile, EVERY_PART } from '../support/checked-file';
import { checkedOn } from '../support/sample';

const TODAY = '2026-11-26';
const file = (slug: string, overrides: Record<string, unknown> = {}) =>
  checkedFile(slug, { ...checkedOn(TODAY), ...overrides });
const retired = (slug: string, overrides: Record<string, unknown> = {}) =>
  file(slug, { status: 'retired', retirement_date: '2026-03-31', ...overrides });
const problemsOf = (files: ReturnType<typeof file>[]) => checkCatalogue(files, TODAY);

describe('successors', () => {
  it('accept a chain of successors that ends at a current certification', () => {
    expect(problemsOf([retired('a', { replaced_by: 'b' }), retired('b', { replaced_by: 'c' }), file('c')])).toEqual([]);
  });

  it('refuse an unknown successor, suggesting the closest slug', () => {
    const [problem] = problemsOf([retired('aws-old', { replaced_by: 'aws-nwe' }), file('aws-new')]);
    expect(problem).toMatchObject({ ...EVERY_PART, file: 'certs/aws-old.mdx', field: 'replaced_by' });
    expect(problem?.reason).toContain('did you mean "aws-new"?');
  });

  it('refuse a certification replacing itself', () => {
    expect(problemsOf([retired('a', { replaced_by: 'a' })])[0]?.reason).toBe('a certification cannot replace itself');
  });

  it('refuse a chain that ends at a retired certification naming no successor, naming the file to fix', () => {
    const [problem] = problemsOf([retired('a', { replaced_by: 'b' }), retired('b')]);
    expect(problem).toMatchObject({ ...EVERY_PART, file: 'certs/a.mdx', field: 'replaced_by' });
    expect(problem?.reason).toContain('certs/b.mdx is retired too and names no successor');
    expect(problem?.reason).toContain('a → b');
  });

  it('refuse successors that go round, from every file of the cycle', () => {
    const problems = problemsOf([retired('a', { replaced_by: 'b' }), retired('b', { replaced_by: 'a' })]);
    expect(problems.map((problem) => problem.file).sort()).toEqual(['certs/a.mdx', 'certs/b.mdx']);
    expect(problems[0]?.reason).toContain('go round in a cycle');
  });

  it('accept a retiring certification as a successor: it can still be earned', () => {
    expect(
      problemsOf([
        retired('a', { replaced_by: 'b' }),
        file('b', { status: 'retiring', retirement_date: '2027-01-01' }),
      ]),
    ).toEqual([]);
  });
});

describe('current paths', () => {
  it('refuse a current certification that builds on or leads to a retired one, suggesting its successor', () => {
    const problems = problemsOf([
      file('current', { builds_on: ['old'], leads_to: ['older'] }),
      retired('old', { replaced_by: 'new' }),
      retired('older', { replaced_by: 'new' }),
      file('new'),
    ]);
    expect(problems.map((problem) => problem.field)).toEqual(['builds_on', 'leads_to']);
    expect(problems[0]).toMatchObject({ ...EVERY_PART, file: 'certs/current.mdx', example: 'builds_on: [new]' });
    expect(problems[0]?.reason).toContain('old is retired');
  });

  it('let a retired certification keep its own path', () => {
    expect(problemsOf([retired('old', { builds_on: ['older'] }), retired('older')])).toEqual([]);
  });
});

describe('qualifications and papers', () => {
  it('accept a qualification listing its papers, each listed once', () => {
    expect(
      problemsOf([
        file('q', { kind: 'qualification', papers: ['p1', 'p2'] }),
        file('p1', { kind: 'paper' }),
        file('p2', { kind: 'paper' }),
      ]),
    ).toEqual([]);
  });

  it('refuse a paper no qualification lists, at its kind line', () => {
    const [problem] = problemsOf([file('p', { kind: 'paper' })]);
    expect(problem).toMatchObject({ ...EVERY_PART, file: 'certs/p.mdx', field: 'kind' });
  });

  it('refuse a listed entry that is not a paper, and an unknown one', () => {
    const problems = problemsOf([file('q', { kind: 'qualification', papers: ['cert', 'nope'] }), file('cert')]);
    expect(problems.map((problem) => problem.reason)).toEqual([
      'certs/cert.mdx is of kind certification, not a paper',
      'no certification file is named nope',
    ]);
  });

  it('refuse a paper listed by two qualifications', () => {
    const problems = problemsOf([
      file('q1', { kind: 'qualification', papers: ['p'] }),
      file('q2', { kind: 'qualification', papers: ['p'] }),
      file('p', { kind: 'paper' }),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'certs/q2.mdx', field: 'papers' });
    expect(problems[0]?.reason).toContain('already a paper of certs/q1.mdx');
  });
});

describe('the same certification twice', () => {
  it('refuse two current entries of one provider whose titles name the same thing, naming both files and lines', () => {
    const [problem, ...others] = problemsOf([
      file('professional-cloud-architect', { provider: 'Google Cloud', title: 'Professional Cloud Architect' }),
      file('google-cloud-professional-cloud-architect', {
        provider: 'Google Cloud',
        title: 'Google Cloud Professional Cloud Architect',
      }),
    ]);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ ...EVERY_PART, field: 'title' });
    expect(problem?.found).toContain('certs/google-cloud-professional-cloud-architect.mdx:2');
    expect(problem?.found).toContain('certs/professional-cloud-architect.mdx:2');
    expect(problem?.expected).toContain('redirects.json beside the certification files');
  });

  it('allow the same exam code from two providers, and a retired entry beside its current one', () => {
    expect(
      problemsOf([
        file('ccna', { provider: 'Cisco', exam_code: '200-301' }),
        file('meta', { provider: 'Meta', exam_code: '200-301' }),
      ]),
    ).toEqual([]);
    expect(
      problemsOf([retired('a-old', { exam_code: 'X-1', replaced_by: 'a-new' }), file('a-new', { exam_code: 'X-1' })]),
    ).toEqual([]);
  });
});
