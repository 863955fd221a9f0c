/**
 * Builders for front-matter fields. Each field carries its documentation (what it means, what is
 * accepted, an example), and every error it raises repeats that documentation next to what was found.
 */
import { z } from 'astro/zod';
import { FieldProblem } from './problem';

/** What a field means and accepts: shown in errors and in the generated field reference. */
export interface FieldDoc {
  /** One or two sentences for editors: what the field is for. */
  description: string;
  /** What is accepted, e.g. `Free, or an amount such as "$300" or "USD 300"`. */
  expected: string;
  /** Front-matter lines that pass, the first one shown in errors. */
  examples: [string, ...string[]];
}

/** Shows an editor's value back to them: strings quoted, a missing field said in words. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing or empty)';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

/** The labels a field message is made of; `splitFieldMessage` reads them back. */
const LABELS = ['found', 'expected', 'example'] as const;

/** One line: `<reason>; found: "…"; expected: …; example: …`. */
export function fieldMessage(doc: FieldDoc, found: unknown, reason?: string): string {
  const parts = [
    reason,
    `found: ${describeFound(found)}`,
    `expected: ${doc.expected}`,
    `example: ${doc.examples[0]}`,
  ];
  return parts.filter(Boolean).join('; ');
}

/** Splits a field message into its labelled parts; a first part without a label is the reason. */
export function splitFieldMessage(message: string): { label: string; text: string }[] {
  return message.split(new RegExp(`; (?=(?:${LABELS.join('|')}): )`)).map((part, index) => {
    const label = LABELS.find((candidate) => part.startsWith(`${candidate}: `));
    if (label) return { label, text: part.slice(label.length + 2) };
    return { label: index === 0 ? 'problem' : '', text: part };
  });
}

/** Attaches the field's documentation to its schema, for the generated reference. */
function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  return schema.meta({ description: doc.description, expected: doc.expected, examples: doc.examples });
}

/**
 * A field written as text (or its object form) and parsed into a typed value once, here.
 * `parse` throws `FieldProblem` for a value it cannot read.
 */
export function parsedField<Input, Output>(
  doc: FieldDoc,
  input: z.ZodType<Input>,
  parse: (value: Input) => Output,
) {
  const schema = z.any().transform((value, context) => {
    const shaped = input.safeParse(value);
    if (!shaped.success) {
      context.addIssue({ code: 'custom', message: fieldMessage(doc, value), input: value });
      return z.NEVER;
    }
    try {
      return parse(shaped.data);
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error;
      context.addIssue({ code: 'custom', message: fieldMessage(doc, value, error.reason), input: value });
      return z.NEVER;
    }
  });
  return documented(schema, doc);
}

/**
 * A required line of text, trimmed, with an optional maximum length. A bare number is read as text
 * unless `numbers` is false, for codes where YAML would change it (`0100` → 100, `1.10` → 1.1).
 */
export function textField(doc: FieldDoc, options: { maxLength?: number; numbers?: boolean } = {}) {
  const schema = z.any().transform((value, context) => {
    if (typeof value === 'number' && options.numbers === false) {
      const reason = 'YAML reads an unquoted number as a number and may change it (0100 becomes 100); put the value in quotes';
      context.addIssue({ code: 'custom', message: fieldMessage(doc, value, reason), input: value });
      return z.NEVER;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      context.addIssue({ code: 'custom', message: fieldMessage(doc, value), input: value });
      return z.NEVER;
    }
    const text = String(value).trim();
    if (text === '') {
      context.addIssue({ code: 'custom', message: fieldMessage(doc, undefined), input: value });
      return z.NEVER;
    }
    const length = [...text].length;
    if (options.maxLength !== undefined && length > options.maxLength) {
      const reason = `${length} characters, ${length - options.maxLength} over the limit of ${options.maxLength}`;
      context.addIssue({ code: 'custom', message: fieldMessage(doc, text, reason), input: value });
      return z.NEVER;
    }
    return text;
  });
  return documented(schema, doc);
}
