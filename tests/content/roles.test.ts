/**
 * The roles file against the real catalogue: every example of a role is a current certification that
 * the role's rules give it (each rule tested with real names), no rule matches nothing, and most of
 * the catalogue's fields lead to some role.
 */
import { describe, expect, it } from 'vitest';
import { VENDOR_NEUTRAL_PROVIDERS } from '../../src/lib/catalogue/providers';
import { matchesRole, ROLES, rolesByRule, type RoleCandidate } from '../../src/lib/catalogue/roles';
import { termSlug } from '../../src/lib/text/slug';
import { checkedCatalogue } from '../support/catalogue-files';

const entries = checkedCatalogue();
const candidates = new Map(
  entries.map(({ slug, data }): [string, RoleCandidate & { status: string }] => [
    slug,
    {
      title: data.title,
      provider: data.provider,
      categories: data.categories.map(termSlug),
      level: data.level,
      status: data.status,
    },
  ]),
);

describe('the roles file over the catalogue', () => {
  it('names current certifications as examples, and its rules give each example its role', () => {
    const problems = ROLES.flatMap((role) =>
      role.examples.flatMap((slug) => {
        const candidate = candidates.get(slug);
        if (!candidate) return [`${role.id}: example ${slug} is not a certification file`];
        if (candidate.status === 'retired') return [`${role.id}: example ${slug} is retired`];
        return rolesByRule(ROLES, candidate).includes(role.id)
          ? []
          : [`${role.id}: its rules do not give it to its example ${slug} ("${candidate.title}")`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('has no rule that matches no certification', () => {
    const dead = ROLES.flatMap((role) =>
      role.rules
        .filter((rule) => ![...candidates.values()].some((candidate) => matchesRole(rule.match, candidate)))
        .map((rule) => `${role.id}: ${rule.why}`),
    );
    expect(dead).toEqual([]);
  });

  it('gives a role to most current certifications of the fields it covers', () => {
    const covered = new Set(ROLES.flatMap((role) => role.categories));
    const current = [...candidates.values()].filter(
      (candidate) => candidate.status !== 'retired' && candidate.categories.some((slug) => covered.has(slug)),
    );
    const withRole = current.filter((candidate) => rolesByRule(ROLES, candidate).length > 0);
    expect(withRole.length / current.length).toBeGreaterThan(0.7);
  });
});

describe('the vendor-neutral providers of src/data/providers.json', () => {
  it('are each a provider some certification names', () => {
    const providers = new Set(entries.map(({ data }) => data.provider));
    expect([...VENDOR_NEUTRAL_PROVIDERS].filter((name) => !providers.has(name))).toEqual([]);
  });
});
