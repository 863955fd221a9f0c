/**
 * The category rules of src/data/categories.json, each against the real titles it lists: the titles it
 * must place (examples) and those it must not (notExamples); and how the rules combine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import file from '../../src/data/categories.json';
import {
  CATEGORY_RULES,
  MAX_CATEGORIES,
  placeCategories,
  readCategoryRules,
  ruleMatches,
} from '../../src/lib/catalogue/category-rules';
import { titleOf } from '../../src/lib/editor/cert-atlas';
import { readFrontMatter } from '../../src/lib/files/read';
import { listCertificationFiles } from '../../src/lib/files/list';
import { PROJECT_ROOT } from '../support/build-site';
import { snapshotRecords } from '../support/cert-atlas-snapshot';

interface RuleJson {
  category: string;
  pattern: string;
  exclude?: string;
  examples: string[];
  notExamples?: string[];
}
const rules = file.rules as RuleJson[];

/** Every title a rule may cite: the catalogue's and the Cert Atlas snapshot's. */
const realTitles = new Set([
  ...listCertificationFiles(path.join(PROJECT_ROOT, 'src/content/certifications')).map((entry) =>
    String(readFrontMatter(readFileSync(entry, 'utf8')).data.title),
  ),
  ...snapshotRecords().flatMap(({ record }) => [titleOf(record), record.exam_name]),
]);
const titleOfExample = (example: string) => example.split(' | ')[0]!;

describe('each category rule', () => {
  it.each(rules.map((rule, index) => ({ rule, index, category: rule.category })))(
    'rules[$index] ($category) places the real titles it lists and none of those it must not',
    ({ index, rule }) => {
      const compiled = CATEGORY_RULES.rules[index]!;
      expect(rule.examples.length, 'a rule lists at least one example').toBeGreaterThan(0);
      for (const example of [...rule.examples, ...(rule.notExamples ?? [])]) {
        expect(realTitles.has(titleOfExample(example)), `"${example}" is a real title`).toBe(true);
      }
      for (const example of rule.examples) expect(ruleMatches(compiled, example), example).toBe(true);
      for (const example of rule.notExamples ?? []) expect(ruleMatches(compiled, example), example).toBe(false);
    },
  );
});

describe('placing an entry', () => {
  const entry = { slug: 'x', title: 'Example', provider: 'Nobody', domains: [] };

  it('gives the provider’s categories first, then those the title names, each once, three at most', () => {
    expect(
      placeCategories({ ...entry, provider: 'Amazon Web Services (AWS)', title: 'AWS Certified Security' }),
    ).toEqual(['Cloud', 'Security']);
    const many = placeCategories({ ...entry, title: 'Machine Learning Security Networking DevOps Linux' });
    expect(many).toHaveLength(MAX_CATEGORIES);
    expect(new Set(many).size).toBe(many.length);
  });

  it('counts a domain category only when its domains make up a quarter of the exam', () => {
    const weighted = (share: number) => [
      { name: 'Incident response', weight: share },
      { name: 'Elastic compute', weight: 100 - share },
    ];
    expect(placeCategories({ ...entry, domains: weighted(10) })).not.toContain('Security');
    expect(placeCategories({ ...entry, domains: weighted(30) })).toContain('Security');
    // Without weights, by their number: one domain in eight is not enough, two in four is.
    const unweighted = (matching: number, total: number) =>
      Array.from({ length: total }, (_, i) => ({ name: i < matching ? 'Incident response' : `Topic ${i}` }));
    expect(placeCategories({ ...entry, domains: unweighted(1, 8) })).not.toContain('Security');
    expect(placeCategories({ ...entry, domains: unweighted(2, 4) })).toContain('Security');
  });

  it('keeps an exclusion for domains too: neural networks are not networking', () => {
    const domains = [
      { name: 'Neural Network Fundamentals' },
      { name: 'Convolutional and Recurrent Networks' },
      { name: 'Training, Optimization, and Regularization' },
    ];
    expect(placeCategories({ ...entry, provider: 'NVIDIA', domains })).not.toContain('Networking');
    expect(placeCategories({ ...entry, domains: [{ name: 'Routing and switching' }, { name: 'Networks' }] })).toContain(
      'Networking',
    );
    // A service desk routes cases: that is not IP routing.
    const desk = [{ name: 'Configure representative experience and routing' }, { name: 'Manage cases' }];
    expect(placeCategories({ ...entry, domains: desk })).not.toContain('Networking');
  });

  it('keeps an exclusion: a name that only looks like a category is not placed in it', () => {
    expect(
      placeCategories({ ...entry, title: 'Palo Alto Networks Certified Security Automation Engineer' }),
    ).not.toContain('Security');
  });

  it('uses an exception when one is recorded, instead of the rules', () => {
    const rules = readCategoryRules({
      ...(file as Parameters<typeof readCategoryRules>[0]),
      exceptions: { x: { categories: ['Finance'], reason: 'a test' } },
    });
    expect(placeCategories({ ...entry, title: 'Machine Learning' }, rules)).toEqual(['Finance']);
  });
});

describe('the rules file', () => {
  it('describes every category, and names no retired category in a rule', () => {
    for (const category of CATEGORY_RULES.categories)
      expect(category.description.length, category.name).toBeGreaterThan(20);
    const names = new Set(CATEGORY_RULES.categories.map((category) => category.name));
    for (const retired of CATEGORY_RULES.retired.keys()) expect(names.has(retired), retired).toBe(false);
  });

  it('refuses a rule, provider or exception naming a category not in the list, and says where', () => {
    const broken = structuredClone(file) as Parameters<typeof readCategoryRules>[0];
    broken.rules[0]!.category = 'Wizardry';
    expect(() => readCategoryRules(broken)).toThrow('rules[0]: "Wizardry" is not a category of the list');
    const provider = structuredClone(file) as Parameters<typeof readCategoryRules>[0];
    provider.providers.ACCA = ['Enterprise Platforms'];
    expect(() => readCategoryRules(provider)).toThrow('providers.ACCA: "Enterprise Platforms" is not a category');
  });
});
