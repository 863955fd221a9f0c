/**
 * Levels from the providers' own ladders (`src/data/ladders.json`): each provider's published tiers
 * (AWS's Foundational, Associate, Professional and Specialty; Cisco's Associate, Professional, Expert
 * ...), the catalogue level each tier is, and how an entry's title or exam code names its tier. A
 * provider without a ladder gets the documented general rule; an entry the rules place wrongly is an
 * exception recorded with its reason. The same rules place hand-written and imported entries: a content
 * test runs them over every entry, and the importer levels new records with them.
 */
import rules from '../../data/ladders.json';
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
  otherwise: Level;
  exceptions: ReadonlyMap<string, { level: Level; reason: string }>;
}

/** Where an entry's level comes from. */
export type LevelPlacement =
  | { level: Level; by: 'ladder'; tier: string; source?: string; basis?: string }
  | { level: Level; by: 'general'; rule: string }
  | { level: Level; by: 'exception'; reason: string };

/** What the rules read of an entry. */
export interface LevelledEntry {
  slug: string;
  title: string;
  provider: string;
  examCode?: string;
}

/** The rules file as written: patterns as text, levels as words. */
interface LevelRulesFile {
  general: { rules: { level: string; pattern: string }[]; otherwise: string };
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

/** The level the rules give an entry: an exception, its provider's tier, else the general rule. */
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
  const general = levelRules.general.find((rule) => rule.pattern.test(name));
  if (general) return { level: general.level, by: 'general', rule: general.pattern.source };
  return { level: levelRules.otherwise, by: 'general', rule: 'otherwise' };
}
