/** Lists written either as a YAML list or as one string. */
import { FieldProblem } from './problem';

function cleanItems(items: readonly string[]): string[] {
  const cleaned = items.map((item) => item.trim()).filter(Boolean);
  if (cleaned.length === 0) throw new FieldProblem('the list is empty');
  return cleaned;
}

/** Skills: `"Model Deployment, Feature Engineering"` or a YAML list; each item one skill. */
export function parseCommaList(value: string | readonly string[]): string[] {
  return cleanItems(typeof value === 'string' ? value.split(',') : value);
}

/**
 * Prerequisites: a string stays one item (it is often a sentence with commas in it), a YAML list
 * gives one item per entry.
 */
export function parseTextList(value: string | readonly string[]): string[] {
  return cleanItems(typeof value === 'string' ? [value] : value);
}
