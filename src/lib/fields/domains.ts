/** The exam's domains (topic areas) and how much of the exam each one weighs. */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { FieldProblem } from './problem';

export interface ExamDomain {
  name: string;
  /** Share of the exam in percent, when the provider publishes one. */
  weightPercent?: number;
}

/** What front matter holds: `[{ name, weight? }]`. */
const domainsInput = z.array(z.strictObject({ name: z.string(), weight: z.number().optional() }));

/** Checks each domain: a name, and a weight above 0 and at most 100 when given. */
export function parseDomains(domains: z.input<typeof domainsInput>): ExamDomain[] {
  if (domains.length === 0) throw new FieldProblem('the list of domains is empty');
  return domains.map((domain, index) => {
    const name = domain.name.trim();
    if (!name) throw new FieldProblem(`domain ${index + 1} has no name`);
    if (domain.weight === undefined) return { name };
    if (!Number.isFinite(domain.weight) || domain.weight <= 0 || domain.weight > 100) {
      throw new FieldProblem(
        `the weight of "${name}" is ${domain.weight}; a weight is a percentage above 0 and at most 100`,
      );
    }
    return { name, weightPercent: domain.weight };
  });
}

/** `20%`, `17.5%`. */
export function formatWeight(weightPercent: number): string {
  return `${Number(weightPercent.toFixed(1))}%`;
}

export const domainsField = parsedField(
  {
    description:
      'The topic areas of the exam and the share of the exam each one weighs, as the provider’s exam guide lists ' +
      'them; shown as a bar chart.',
    expected:
      'a list of { name, weight } where weight is a percentage above 0 and at most 100 (leave weight out when the ' +
      'guide gives none)',
    examples: ['domains: [{ name: "Data Engineering", weight: 20 }, { name: "Modeling", weight: 36 }]'],
  },
  domainsInput,
  parseDomains,
);
