/**
 * The job roles certifications lead to (`src/data/roles.json`), a reviewed file of data: each role's
 * name, what it does in our own words, the categories and skills it draws on, its code in a public
 * occupational classification where one genuinely matches (O*NET-SOC, ESCO; `confirmed` only when an
 * official page was read), example certifications, and the rules that give it to a certification
 * without a `roles` field of its own. The rules are the import mapping for roles: they run when the
 * catalogue is built, so a reviewed change reaches every imported entry without rewriting its file.
 */
import file from '../../data/roles.json' with { type: 'json' };
import { termSlug } from '../text/slug';
import rulesFile from '../../data/categories.json' with { type: 'json' };

/** A code in a public occupational classification, with the page that states it. */
export interface Occupation {
  code?: string;
  uri?: string;
  title: string;
  url: string;
  /** True only when an official page of the classification was read for it. */
  confirmed: boolean;
}

/** One rule: every condition given must hold (names and titles read case-insensitively). */
export interface RoleMatch {
  /** Every one of these category slugs. */
  categories?: string[];
  /** At least one of these category slugs. */
  anyCategory?: string[];
  /** None of these category slugs. */
  notCategories?: string[];
  /** A pattern the title matches. */
  title?: RegExp;
  /** A pattern the title does not match. */
  notTitle?: RegExp;
  /** One of these providers. */
  provider?: string[];
  /** None of these providers. */
  notProvider?: string[];
  /** One of these levels. */
  levels?: string[];
}

/** A job role of the roles file, checked. */
export interface Role {
  id: string;
  name: string;
  description: string;
  categories: string[];
  skills: string[];
  onet?: Occupation;
  esco?: Occupation;
  note?: string;
  examples: string[];
  rules: { match: RoleMatch; why: string }[];
}

/** What the rules read of a certification. */
export interface RoleCandidate {
  title: string;
  provider: string;
  /** Category slugs. */
  categories: readonly string[];
  level: string;
}

/** An occupation as the roles file writes it. */
interface WrittenOccupation {
  code?: string;
  uri?: string;
  title: string;
  url: string;
  confirmed: boolean;
  /** The pages read for it, for reviewers. */
  evidence?: string;
}

/** A role as the roles file writes it. */
export interface WrittenRole {
  id: string;
  name: string;
  description: string;
  categories: string[];
  skills: string[];
  onet?: WrittenOccupation;
  esco?: WrittenOccupation;
  note?: string;
  examples: string[];
  rules: { match: Record<string, unknown>; why: string }[];
}

const ROLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const LEVEL_NAMES = ['Beginner', 'Intermediate', 'Advanced', 'Expert'];
const MATCH_KEYS = new Set([
  'categories',
  'anyCategory',
  'notCategories',
  'title',
  'notTitle',
  'provider',
  'notProvider',
  'levels',
]);

/**
 * The roles file, checked: ids unique and in slug form, two sentences of description, categories of
 * the list, occupation codes well formed with an https page, rules with known conditions and patterns
 * that compile. Every problem is named with the role and the field, all at once.
 */
export function readRoles(roles: readonly WrittenRole[], categorySlugs: ReadonlySet<string>): Role[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const problem = (id: string, field: string, text: string) => problems.push(`${id}: ${field}: ${text}`);
  const read = roles.map((entry): Role => {
    const id = entry.id;
    if (!ROLE_ID.test(id)) problem(id, 'id', 'expected lowercase words joined by hyphens, such as "cloud-architect"');
    if (seen.has(id)) problem(id, 'id', 'another role has this id');
    seen.add(id);
    if (!entry.name.trim()) problem(id, 'name', 'is empty');
    const sentences = entry.description.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
    if (sentences.length < 1 || sentences.length > 3 || !/[.!?]$/.test(entry.description))
      problem(id, 'description', `expected two sentences ending with a full stop, found ${sentences.length}`);
    for (const slug of [...entry.categories, ...entry.rules.flatMap((rule) => categoriesOf(rule.match))])
      if (!categorySlugs.has(slug))
        problem(id, 'categories', `"${slug}" is not the slug of a category in categories.json`);
    for (const [scheme, occupation] of [
      ['onet', entry.onet],
      ['esco', entry.esco],
    ] as const) {
      if (!occupation) continue;
      if (scheme === 'onet' && !ONET_CODE.test(String(occupation.code)))
        problem(id, 'onet.code', 'expected an O*NET-SOC code such as "15-1212.00"');
      if (!occupation.url.startsWith('https://'))
        problem(id, `${scheme}.url`, 'expected the https address of its page');
    }
    if (entry.examples.length === 0) problem(id, 'examples', 'expected at least one certification that leads to it');
    const rules = entry.rules.map((rule, index) => {
      for (const key of Object.keys(rule.match))
        if (!MATCH_KEYS.has(key))
          problem(id, `rules[${index}]`, `"${key}" is not a condition (${[...MATCH_KEYS].join(', ')})`);
      const match = rule.match;
      for (const level of (match.levels as string[] | undefined) ?? [])
        if (!LEVEL_NAMES.includes(level)) problem(id, `rules[${index}].levels`, `"${level}" is not a level`);
      return { match: compileMatch(match, (text) => problem(id, `rules[${index}]`, text)), why: rule.why };
    });
    return {
      id,
      name: entry.name,
      description: entry.description,
      categories: entry.categories,
      skills: entry.skills,
      ...(entry.onet && { onet: occupationOf(entry.onet) }),
      ...(entry.esco && { esco: occupationOf(entry.esco) }),
      ...(entry.note && { note: entry.note }),
      examples: entry.examples,
      rules,
    };
  });
  if (problems.length > 0) throw new Error(`src/data/roles.json:\n  ${problems.join('\n  ')}`);
  return read;
}

function categoriesOf(match: Record<string, unknown>): string[] {
  const { categories = [], anyCategory = [], notCategories = [] } = match as Record<string, string[] | undefined>;
  return [...categories, ...anyCategory, ...notCategories];
}

function occupationOf(written: {
  code?: string;
  uri?: string;
  title: string;
  url: string;
  confirmed: boolean;
}): Occupation {
  return {
    ...(written.code && { code: written.code }),
    ...(written.uri && { uri: written.uri }),
    title: written.title,
    url: written.url,
    confirmed: written.confirmed,
  };
}

function compileMatch(match: Record<string, unknown>, problem: (text: string) => void): RoleMatch {
  const pattern = (source: unknown) => {
    try {
      return new RegExp(String(source), 'iu');
    } catch (error) {
      problem(`${JSON.stringify(source)} is not a pattern: ${(error as Error).message}`);
      return /$^/;
    }
  };
  const list = (value: unknown) => (value === undefined ? undefined : (value as string[]));
  return {
    ...(match.categories !== undefined && { categories: list(match.categories) }),
    ...(match.anyCategory !== undefined && { anyCategory: list(match.anyCategory) }),
    ...(match.notCategories !== undefined && { notCategories: list(match.notCategories) }),
    ...(match.title !== undefined && { title: pattern(match.title) }),
    ...(match.notTitle !== undefined && { notTitle: pattern(match.notTitle) }),
    ...(match.provider !== undefined && { provider: list(match.provider) }),
    ...(match.notProvider !== undefined && { notProvider: list(match.notProvider) }),
    ...(match.levels !== undefined && { levels: list(match.levels) }),
  };
}

/** Whether a rule's conditions all hold for a certification. */
export function matchesRole(match: RoleMatch, candidate: RoleCandidate): boolean {
  const has = (slug: string) => candidate.categories.includes(slug);
  const provider = candidate.provider.toLowerCase();
  const among = (names: readonly string[]) => names.some((name) => name.toLowerCase() === provider);
  return (
    (match.categories ?? []).every(has) &&
    (match.anyCategory === undefined || match.anyCategory.some(has)) &&
    !(match.notCategories ?? []).some(has) &&
    (match.title === undefined || match.title.test(candidate.title)) &&
    (match.notTitle === undefined || !match.notTitle.test(candidate.title)) &&
    (match.provider === undefined || among(match.provider)) &&
    (match.notProvider === undefined || !among(match.notProvider)) &&
    (match.levels === undefined || match.levels.includes(candidate.level))
  );
}

/** A certification's job roles, and who gave them: its editor (the `roles` field) or the roles file's rules. */
export interface JobRoles {
  ids: string[];
  by: 'editor' | 'rules';
}

/** The roles a certification leads to: those its file names, else those the rules give it. */
export function jobRolesOf(
  written: readonly string[],
  candidate: RoleCandidate,
  roles: readonly Role[] = ROLES,
): JobRoles {
  return written.length > 0 ? { ids: [...written], by: 'editor' } : { ids: rolesByRule(roles, candidate), by: 'rules' };
}

/** The ids of the roles whose rules give them to a certification, in the file's order. */
export function rolesByRule(roles: readonly Role[], candidate: RoleCandidate): string[] {
  return roles.filter((role) => role.rules.some((rule) => matchesRole(rule.match, candidate))).map((role) => role.id);
}

/** The roles of src/data/roles.json, checked against the categories of src/data/categories.json. */
export const ROLES: readonly Role[] = readRoles(
  file.roles,
  new Set(rulesFile.categories.map((category) => termSlug(category.name))),
);

/** The roles by id. */
export const ROLE_BY_ID: ReadonlyMap<string, Role> = new Map(ROLES.map((role) => [role.id, role]));

/** The ids of the roles, for the `roles` field's check. */
export const ROLE_IDS: ReadonlySet<string> = new Set(ROLES.map((role) => role.id));
