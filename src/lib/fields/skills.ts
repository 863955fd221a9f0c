/** What a holder of the certification can do, as short phrases. */
import { parsedField } from './field';
import { cleanItems, textListInput } from './lists';

/** Skills: `"Model Deployment, Feature Engineering"` or a YAML list; each item one skill. */
export function parseSkills(value: string | readonly string[]): string[] {
  return cleanItems(typeof value === 'string' ? value.split(',') : value);
}

export const skillsField = parsedField(
  {
    description: 'What a holder can do, as short phrases.',
    expected: 'a comma-separated string or a list of skills',
    examples: ['skills: "Model Deployment, Feature Engineering"', 'skills: [Model Deployment, Feature Engineering]'],
  },
  textListInput,
  parseSkills,
);
