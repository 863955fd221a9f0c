/**
 * Levels from the providers' own ladders (`src/data/ladders.json`): each provider's published tiers
 * (AWS's Foundational, Associate, Professional and Specialty; Cisco's Associate, Professional, Expert
 * ...), the catalogue level each tier is, and how an entry's title or exam code names its tier. A
 * provider without a ladder gets the documented general rule; an entry the rules place wrongly is an
 * exception recorded with its reason. The same rules place hand-written and imported entries: a content
 * test runs them over every entry, and the importer levels new records with them.
 */
import rules from '../../data/ladders.json' with { type: 'json' };
import { LEVELS, type Level } from '../values/levels';

interface TierRule {
  tier: string;
  level: Level;
  pattern: RegExp;
}

interface LadderRule {
  /** The provider's page that publishes its tiers, when one was found. */
  source?: string;
  /** How the tiers are known when no page publishes them all: the provider's own credential names. */
  basis?: string;
  tiers: TierRule[];
}

export interface LevelRules {
  ladders: ReadonlyMap<string, LadderRule>;
  general: { level: Level; pattern: RegExp }[];
  /** The level by the years of experience an entry's prerequisites ask for, the fewest years first. */
  experience: { years: number; level: Level }[];
  otherwise: Level;
  exceptions: ReadonlyMap<string, { level: Level; reason: string }>;
}

/** Where an entry's level comes from. */
export type LevelPlacement =
  | { level: Level; by: 'ladder'; tier: string; source?: string; basis?: string }
  | { level: Level; by: 'general'; rule: string }
  | { level: Level; by: 'experience'; years: number }
  | { level: Level; by: 'exception'; reason: string };

/** What the rules read of an entry. */
export interface LevelledEntry {
  slug: string;
  title: string;
  provider: string;
  examCode?: string;
  /** What the entry asks for first, in its own words: the general rule reads the years of experience. */
  prerequisites?: readonly string[];
}

/** The rules file as written: patterns as text, levels as words. */
interface LevelRulesFile {
  general: {
    rules: { level: string; pattern: string }[];
    experience: { years: number; level: string }[];
    otherwise: string;
  };
  ladders: Record<
    string,
    { source?: string; basis?: string; tiers: { tier: string; level: string; pattern: string }[] }
  >;
  exceptions: Record<string, { level: string; reason: string }>;
}

function checkedLevel(value: string, where: string): Level {
  if (!(LEVELS as readonly string[]).includes(value)) throw new Error(`${where}: "${value}" is not a level`);
  return value as Level;
}

/** The rules file, checked: a broken rule fails with where it is. */
export function readLevelRules(file: LevelRulesFile): LevelRules {
  const ladders = new Map<string, LadderRule>();
  for (const [provider, ladder] of Object.entries(file.ladders)) {
    ladders.set(provider, {
      ...(ladder.source && { source: ladder.source }),
      ...(ladder.basis && { basis: ladder.basis }),
      tiers: ladder.tiers.map((tier, index) => ({
        tier: tier.tier,
        level: checkedLevel(tier.level, `ladders.${provider}.tiers[${index}]`),
        pattern: new RegExp(tier.pattern, 'iu'),
      })),
    });
  }
  return {
    ladders,
    general: file.general.rules.map((rule, index) => ({
      level: checkedLevel(rule.level, `general.rules[${index}]`),
      pattern: new RegExp(rule.pattern, 'iu'),
    })),
    experience: file.general.experience
      .map((step, index) => ({ years: step.years, level: checkedLevel(step.level, `general.experience[${index}]`) }))
      .sort((a, b) => a.years - b.years),
    otherwise: checkedLevel(file.general.otherwise, 'general.otherwise'),
    exceptions: new Map(
      Object.entries(file.exceptions).map(([slug, exception]) => [
        slug,
        { level: checkedLevel(exception.level, `exceptions.${slug}`), reason: exception.reason },
      ]),
    ),
  };
}

export const LEVEL_RULES: LevelRules = readLevelRules(rules as LevelRulesFile);

/** The text the rules read: the title and the exam code. */
const nameOf = (entry: LevelledEntry) => [entry.title, entry.examCode].filter(Boolean).join(' | ');

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** `5 years`, `Five years`, `2+ years`, `3-5 years`, `two or more years`: the number is the first group. */
const YEARS = new RegExp(
  `\\b(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})\\+?\\s*(?:[-–]\\s*\\d+\\s*)?(?:or more\\s+)?years?\\b`,
  'i',
);

/** The years of work experience an entry's prerequisites first ask for (`5 years`, `Five years`, `2+ years`). */
export function experienceYears(prerequisites: readonly string[] = []): number | undefined {
  const match = YEARS.exec(prerequisites.join(' '));
  if (!match?.[1]) return undefined;
  const word = match[1].toLowerCase();
  return NUMBER_WORDS[word] ?? Number(word);
}

/**
 * The level the rules give an entry: an exception, its provider's tier, else the general rule (entry-
 * level words, then the years of experience its prerequisites ask for, then expert words).
 */
export function placeLevel(entry: LevelledEntry, levelRules: LevelRules = LEVEL_RULES): LevelPlacement {
  const exception = levelRules.exceptions.get(entry.slug);
  if (exception) return { level: exception.level, by: 'exception', reason: exception.reason };
  const name = nameOf(entry);
  const ladder = levelRules.ladders.get(entry.provider);
  const tier = ladder?.tiers.find((candidate) => candidate.pattern.test(name));
  if (tier) {
    const { source, basis } = ladder ?? {};
    return { level: tier.level, by: 'ladder', tier: tier.tier, ...(source && { source }), ...(basis && { basis }) };
  }
  const [entryLevel, ...topLevels] = levelRules.general;
  if (entryLevel?.pattern.test(name))
    return { level: entryLevel.level, by: 'general', rule: entryLevel.pattern.source };
  const years = experienceYears(entry.prerequisites);
  const step =
    years === undefined ? undefined : levelRules.experience.findLast((candidate) => years >= candidate.years);
  if (years !== undefined && step) return { level: step.level, by: 'experience', years };
  const top = topLevels.find((rule) => rule.pattern.test(name));
  if (top) return { level: top.level, by: 'general', rule: top.pattern.source };
  return { level: levelRules.otherwise, by: 'general', rule: 'otherwise' };
}
