/**
 * The level rules of src/data/ladders.json: every tier of every provider's ladder against the real
 * titles it lists, the general rule for providers without one, and the order the rules apply in.
 */
import { describe, expect, it } from 'vitest';
import file from '../../src/data/ladders.json';
import { experienceYears, LEVEL_RULES, placeLevel, readLevelRules } from '../../src/lib/catalogue/ladders';

type RulesFile = Parameters<typeof readLevelRules>[0];
interface TierJson {
  tier: string;
  level: string;
  examples: string[];
}
const ladders = file.ladders as Record<string, { source?: string; basis?: string; tiers: TierJson[] }>;

/** `Title | CODE` as an entry the rules read. */
function entryOf(example: string, provider: string, prerequisites: string[] = []) {
  const [title, examCode] = example.split(' | ');
  return { slug: 'example', title: title!, provider, ...(examCode && { examCode }), prerequisites };
}

const tiers = Object.entries(ladders).flatMap(([provider, ladder]) =>
  ladder.tiers.map((tier, index) => ({ provider, tier, where: `${provider} → ${tier.tier}`, index })),
);

describe('each provider’s ladder', () => {
  it.each(tiers)('$where places the real titles it lists at its level', ({ provider, tier }) => {
    expect(tier.examples.length, 'a tier lists at least one example').toBeGreaterThan(0);
    for (const example of tier.examples) {
      const placement = placeLevel(entryOf(example, provider));
      expect(placement, example).toMatchObject({ by: 'ladder', tier: tier.tier, level: tier.level });
    }
  });

  it.each(Object.entries(ladders).map(([provider, ladder]) => ({ provider, ladder })))(
    '$provider says where its tiers come from',
    ({ ladder }) => {
      expect(ladder.source ?? ladder.basis, 'a source page or a basis').toBeTruthy();
      if (ladder.source) expect(ladder.source).toMatch(/^https:\/\//);
    },
  );
});

describe('the general rule', () => {
  it.each(file.general.rules.map((rule, index) => ({ rule, index })))(
    'general.rules[$index] ($rule.level) places the real titles it lists',
    ({ rule }) => {
      for (const example of rule.examples) {
        expect(placeLevel(entryOf(example, 'A provider without a ladder')).level, example).toBe(rule.level);
      }
    },
  );

  it('reads the years of experience the prerequisites ask for', () => {
    expect(experienceYears(['Five years of cumulative, paid work experience'])).toBe(5);
    expect(experienceYears(['At least 2+ years of hands-on experience'])).toBe(2);
    expect(experienceYears(['3-5 years in IT'])).toBe(3);
    expect(experienceYears(['None'])).toBeUndefined();
    const level = (years: string) => placeLevel(entryOf('Example Analyst', 'Nobody', [years])).level;
    expect([level('1 year'), level('3 years'), level('5 years')]).toEqual(['Intermediate', 'Advanced', 'Expert']);
  });

  it('lets entry-level words win over experience, and experience over expert words', () => {
    const entry = entryOf('Example Expert Foundation', 'Nobody', ['5 years of experience']);
    expect(placeLevel(entry)).toMatchObject({ level: 'Beginner', by: 'general' });
    expect(placeLevel(entryOf('Example Expert', 'Nobody', ['2 years']))).toMatchObject({ by: 'experience', years: 2 });
    expect(placeLevel(entryOf('Example Expert', 'Nobody'))).toMatchObject({ level: 'Expert', by: 'general' });
    expect(placeLevel(entryOf('Example', 'Nobody'))).toMatchObject({ level: 'Intermediate', rule: 'otherwise' });
  });
});

describe('the order of the rules', () => {
  it('applies an exception first, then the provider’s ladder, then the general rule', () => {
    const rules = readLevelRules({
      ...(file as RulesFile),
      exceptions: { example: { level: 'Expert', reason: 'a test' } },
    });
    const associate = entryOf('AWS Certified Solutions Architect – Associate', 'Amazon Web Services (AWS)');
    expect(placeLevel(associate, rules)).toMatchObject({ level: 'Expert', by: 'exception' });
    expect(placeLevel(associate)).toMatchObject({ level: 'Intermediate', by: 'ladder', tier: 'Associate' });
    // A ladder's tier wins over the general rule's words ("Foundation" in an AWS title is not a tier).
    expect(placeLevel({ ...associate, title: 'AWS Certified Foundation Associate' }).by).toBe('ladder');
  });

  it('refuses a rule with a level the site does not have, and says where', () => {
    const broken = structuredClone(file) as RulesFile;
    broken.general.rules[0]!.level = 'Wizard';
    expect(() => readLevelRules(broken)).toThrow('general.rules[0]: "Wizard" is not a level');
  });

  it('gives a reason for every exception', () => {
    for (const [slug, exception] of LEVEL_RULES.exceptions) expect(exception.reason.length, slug).toBeGreaterThan(10);
  });
});
