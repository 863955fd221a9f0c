/**
 * The catalogue's categories and the reviewed rules that place certifications in them
 * (`src/data/categories.json`): the categories a student recognises, each with what it covers; the
 * categories of each provider; keyword rules on a certification's title and exam code (whole words,
 * with exclusions for names that only look like a category) and on its exam domains (stricter patterns,
 * counted when the matching domains make up a quarter of the exam). The same rules place every entry,
 * hand-written or imported: a content test runs them over the catalogue and fails on a disagreement
 * that is not recorded as an exception, and the importer places new records with them.
 */
import rules from '../../data/categories.json' with { type: 'json' };
import { termSlug } from '../text/slug';

/** A category of the catalogue. */
export interface CategoryInfo {
  name: string;
  slug: string;
  description: string;
  /** Names it had before, whose pages now send readers to it. */
  formerNames: string[];
}

export interface CategoryRule {
  category: string;
  pattern: RegExp;
  exclude?: RegExp;
  domainPattern?: RegExp;
}

export interface CategoryRules {
  categories: CategoryInfo[];
  /** Names no longer in use, with where their readers should go instead. */
  retired: ReadonlyMap<string, string>;
  providers: ReadonlyMap<string, string[]>;
  rules: CategoryRule[];
  exceptions: ReadonlyMap<string, { categories: string[]; reason: string }>;
}

/** What the rules read of an entry. */
export interface CategorisedEntry {
  slug: string;
  title: string;
  provider: string;
  examCode?: string;
  domains: readonly { name: string; weight?: number }[];
}

/** The rules file as written. */
interface CategoryRulesFile {
  categories: { name: string; description: string; formerNames?: string[] }[];
  retired: Record<string, string>;
  providers: Record<string, string[]>;
  rules: { category: string; pattern: string; exclude?: string; domainPattern?: string }[];
  exceptions: Record<string, { categories: string[]; reason: string }>;
}

/** The most categories an entry gets from the rules. */
export const MAX_CATEGORIES = 3;
/** The share of an exam its matching domains must make up for their category to count. */
export const MIN_DOMAIN_SHARE = 0.25;

/** The rules file, checked: every category a rule, provider or exception names is one of the list. */
export function readCategoryRules(file: CategoryRulesFile): CategoryRules {
  const names = new Set(file.categories.map((category) => category.name));
  const known = (name: string, where: string) => {
    if (!names.has(name))
      throw new Error(`src/data/categories.json: ${where}: "${name}" is not a category of the list`);
    return name;
  };
  const regex = (source: string) => new RegExp(source, 'iu');
  return {
    categories: file.categories.map((category) => ({
      name: category.name,
      slug: termSlug(category.name),
      description: category.description,
      formerNames: category.formerNames ?? [],
    })),
    retired: new Map(Object.entries(file.retired)),
    providers: new Map(
      Object.entries(file.providers).map(([provider, categories]) => [
        provider,
        categories.map((name) => known(name, `providers.${provider}`)),
      ]),
    ),
    rules: file.rules.map((rule, index) => ({
      category: known(rule.category, `rules[${index}]`),
      pattern: regex(rule.pattern),
      ...(rule.exclude && { exclude: regex(rule.exclude) }),
      ...(rule.domainPattern && { domainPattern: regex(rule.domainPattern) }),
    })),
    exceptions: new Map(
      Object.entries(file.exceptions).map(([slug, exception]) => [
        slug,
        { ...exception, categories: exception.categories.map((name) => known(name, `exceptions.${slug}`)) },
      ]),
    ),
  };
}

export const CATEGORY_RULES: CategoryRules = readCategoryRules(rules as CategoryRulesFile);

/** True when a rule places a name: its pattern matches, and its exclusion does not. */
export function ruleMatches(rule: CategoryRule, name: string): boolean {
  return rule.pattern.test(name) && !rule.exclude?.test(name);
}

/**
 * The share of an exam the domains a rule's domain pattern matches make up (its exclusion holds for
 * domains too: "Neural networks" is not networking): by their weights when every domain has one, else
 * by their number. One "Data security" domain in eight does not make an exam a data exam.
 */
export function domainShare(domains: CategorisedEntry['domains'], rule: CategoryRule): number {
  const matches = (name: string) => Boolean(rule.domainPattern?.test(name)) && !rule.exclude?.test(name);
  const named = domains.filter((domain) => domain.name.trim());
  if (named.length === 0) return 0;
  const weighted = named.every((domain) => typeof domain.weight === 'number' && domain.weight > 0);
  const size = (domain: (typeof named)[number]) => (weighted ? domain.weight! : 1);
  const total = named.reduce((sum, domain) => sum + size(domain), 0);
  return named.filter((domain) => matches(domain.name)).reduce((sum, domain) => sum + size(domain), 0) / total;
}

/**
 * An entry's categories: an exception when one is recorded; else its provider's, then those its title
 * or exam code names, then those its domains name; each once, three at most.
 */
export function placeCategories(entry: CategorisedEntry, categoryRules: CategoryRules = CATEGORY_RULES): string[] {
  const exception = categoryRules.exceptions.get(entry.slug);
  if (exception) return exception.categories;
  const name = [entry.title, entry.examCode].filter(Boolean).join(' | ');
  const found = [
    ...(categoryRules.providers.get(entry.provider) ?? []),
    ...categoryRules.rules.filter((rule) => ruleMatches(rule, name)).map((rule) => rule.category),
    ...categoryRules.rules
      .filter((rule) => rule.domainPattern && domainShare(entry.domains, rule) >= MIN_DOMAIN_SHARE)
      .map((rule) => rule.category),
  ];
  return [...new Set(found)].slice(0, MAX_CATEGORIES);
}

/** The category of a name, or a name it had before; undefined for a name not in the list. */
export function categoryInfo(name: string, categoryRules: CategoryRules = CATEGORY_RULES): CategoryInfo | undefined {
  const slug = termSlug(name);
  return categoryRules.categories.find((category) => category.slug === slug);
}
