/** The exam's domains (topic areas) and how much of the exam each one weighs. */
import { FieldProblem } from './problem';

export interface ExamDomain {
  name: string;
  /** Share of the exam in percent, when the provider publishes one. */
  weightPercent?: number;
}

/** The front-matter form: `[{ name, weight? }]`. */
export interface DomainObject {
  name: string;
  weight?: number;
}

/** Checks each domain: a name, and a weight above 0 and at most 100 when given. */
export function parseDomains(domains: readonly DomainObject[]): ExamDomain[] {
  if (domains.length === 0) throw new FieldProblem('the list of domains is empty');
  return domains.map((domain, index) => {
    const name = domain.name.trim();
    if (!name) throw new FieldProblem(`domain ${index + 1} has no name`);
    if (domain.weight === undefined) return { name };
    if (!Number.isFinite(domain.weight) || domain.weight <= 0 || domain.weight > 100) {
      throw new FieldProblem(`the weight of "${name}" is ${domain.weight}; a weight is a percentage above 0 and at most 100`);
    }
    return { name, weightPercent: domain.weight };
  });
}

/** `20%`, `17.5%`. */
export function formatWeight(weightPercent: number): string {
  return `${Number(weightPercent.toFixed(1))}%`;
}
