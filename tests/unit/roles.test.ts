import { describe, expect, it } from 'vitest';
import { jobRolesOf, readRoles, ROLE_IDS, ROLES, rolesByRule, type WrittenRole } from '../../src/lib/catalogue/roles';
import { checkRoles } from '../../src/lib/files/check-roles';
import type { CheckedFile } from '../../src/lib/files/check-file';
import type { ContentProblem } from '../../src/lib/files/problem';
import { parseRoleIds } from '../../src/lib/fields/roles';

const CATEGORIES = new Set(['cloud', 'security']);
type Entry = WrittenRole;
const role = (fields: Partial<Entry> = {}): Entry =>
  ({
    id: 'cloud-architect',
    name: 'Cloud architect',
    description: 'Designs systems on cloud platforms. Guides the engineers who build them.',
    categories: ['cloud'],
    skills: ['architecture'],
    examples: ['aws-certified-solutions-architect-associate'],
    rules: [{ match: { categories: ['cloud'], title: 'architect' }, why: 'Cloud architects.' }],
    ...fields,
  }) as Entry;

describe('the roles file', () => {
  it('holds at least 25 roles across the fields students ask about', () => {
    expect(ROLES.length).toBeGreaterThanOrEqual(25);
    for (const id of [
      'cloud-architect',
      'machine-learning-engineer',
      'data-analyst',
      'security-analyst',
      'network-engineer',
      'devops-engineer',
      'software-developer',
      'it-support-specialist',
      'project-manager',
      'business-analyst',
      'crm-administrator',
      'software-tester',
      'accountant',
    ])
      expect(ROLE_IDS).toContain(id);
  });

  it('gives an occupation code only with the page that states it, and says whether it was read', () => {
    for (const { onet, esco } of ROLES)
      for (const occupation of [onet, esco].filter(Boolean))
        expect(occupation!.url, JSON.stringify(occupation)).toMatch(/^https:\/\//);
    expect(ROLES.filter((entry) => entry.onet?.confirmed).length).toBeGreaterThan(10);
  });

  it('reads a well-formed role', () => {
    expect(readRoles([role()], CATEGORIES)[0]).toMatchObject({ id: 'cloud-architect', categories: ['cloud'] });
  });

  it('names every problem of a broken file with the role and the field, all at once', () => {
    const broken = [
      role({ id: 'Cloud Architect' }),
      role({ id: 'twice' }),
      role({ id: 'twice' }),
      role({ id: 'unknown-category', categories: ['clouds'] }),
      role({
        id: 'bad-code',
        onet: { code: '151212', title: 'x', url: 'https://o', confirmed: true },
      }),
      role({ id: 'bad-rule', rules: [{ match: { colour: 'blue' }, why: 'x' }] }),
      role({ id: 'bad-pattern', rules: [{ match: { title: '(' }, why: 'x' }] }),
      role({ id: 'no-examples', examples: [] }),
    ];
    let message = '';
    try {
      readRoles(broken, CATEGORIES);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^src\/data\/roles\.json:/);
    for (const expected of [
      'Cloud Architect: id: expected lowercase words joined by hyphens',
      'twice: id: another role has this id',
      'unknown-category: categories: "clouds" is not the slug of a category',
      'bad-code: onet.code: expected an O*NET-SOC code',
      'bad-rule: rules[0]: "colour" is not a condition',
      'bad-pattern: rules[0]: "(" is not a pattern',
      'no-examples: examples: expected at least one',
    ])
      expect(message).toContain(expected);
  });
});

describe('roles of a certification', () => {
  const roles = readRoles(
    [
      role(),
      role({
        id: 'security-engineer',
        categories: ['security'],
        rules: [
          { match: { anyCategory: ['security'], notTitle: 'manager', levels: ['Advanced'] }, why: 'x' },
          { match: { provider: ['ISC2'] }, why: 'y' },
        ],
      }),
    ],
    CATEGORIES,
  );
  const candidate = { title: 'Solutions Architect', provider: 'AWS', categories: ['cloud'], level: 'Intermediate' };

  it('come from the rules when the file names none, every condition holding', () => {
    expect(rolesByRule(roles, candidate)).toEqual(['cloud-architect']);
    expect(rolesByRule(roles, { ...candidate, categories: ['security'], level: 'Advanced' })).toEqual([
      'security-engineer',
    ]);
    expect(
      rolesByRule(roles, { ...candidate, title: 'Security Manager', categories: ['security'], level: 'Advanced' }),
    ).toEqual([]);
    expect(rolesByRule(roles, { ...candidate, provider: 'isc2', categories: [] })).toEqual(['security-engineer']);
  });

  it('are the file’s own when it names them', () => {
    expect(jobRolesOf(['security-engineer'], candidate, roles)).toEqual({ ids: ['security-engineer'], by: 'editor' });
    expect(jobRolesOf([], candidate, roles)).toEqual({ ids: ['cloud-architect'], by: 'rules' });
  });

  it('are read from the field as ids, each once', () => {
    expect(parseRoleIds('cloud-architect')).toEqual(['cloud-architect']);
    expect(() => parseRoleIds(['Cloud Architect'])).toThrow(/not a role id/);
    expect(() => parseRoleIds(['a', 'a'])).toThrow(/listed twice/);
  });

  it('are checked against the roles file, with the closest id suggested', () => {
    const problems: ContentProblem[] = [];
    const file = { file: 'x.mdx', slug: 'x', startLine: 1, lines: { roles: 7 }, data: { roles: ['cloud-architekt'] } };
    checkRoles([file as unknown as CheckedFile], (checked, field, severity, parts) =>
      problems.push({ file: checked.file, line: checked.lines[field] ?? 1, field, severity, ...parts }),
    );
    expect(problems).toMatchObject([
      {
        file: 'x.mdx',
        line: 7,
        field: 'roles',
        severity: 'error',
        reason: 'src/data/roles.json has no role "cloud-architekt" (did you mean "cloud-architect"?)',
        example: 'roles: [cloud-architect]',
      },
    ]);
  });
});
