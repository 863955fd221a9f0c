/**
 * Builders for front-matter fields. Each field module (`fee.ts`, `level.ts` ...) documents its field
 * with a `FieldDoc` and builds its schema here, so every error it raises carries that documentation as
 * structured parts (`ProblemParts`), next to what the editor wrote.
 */
import { z } from 'astro/zod';
import { FieldProblem, problemMessage, type ProblemParts } from './problem';

/** What a field means and accepts: shown in errors, in the field reference and by `npm run new`. */
export interface FieldDoc {
  /** One or two sentences for editors: what the field is for. */
  description: string;
  /** What is accepted, in one short line for error messages (`Free, or an amount such as "$300"`). */
  expected: string;
  /** The whole grammar, for the field reference in CONTRIBUTING.md; `expected` when not given. */
  accepted?: string;
  /** Front-matter lines that pass, the first one shown in errors. */
  examples: [string, ...string[]];
  /**
   * `npm run new` writes a "FILL IN" blank for this field when it has no value, even though the schema
   * lets the field be left out (`last_verified`: a new file should say when its facts were checked).
   */
  fillInWhenMissing?: boolean;
}

/** How a field reads its value; `npm run new` derives its flags from it. */
export type FieldKind = 'text' | 'parsed' | 'date' | 'ignored';

/** What the schema knows about one field besides its Zod schema. */
export interface FieldSpec {
  doc: FieldDoc;
  kind: FieldKind;
  /** The shapes the field accepts before parsing (a string, a list, an object form). */
  accepts: z.ZodType;
}

/** Every field's spec, keyed by its schema (before `.optional()` or `.default()`). */
const fieldSpecs = new WeakMap<object, FieldSpec>();

/** The spec of a field schema, looking through `.optional()` and `.default()`. */
export function fieldSpecOf(schema: z.ZodType): FieldSpec | undefined {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return fieldSpecs.get(inner);
}

/** True when a front-matter field may be left out (it is optional or has a default). */
export function isOptionalField(schema: z.ZodType): boolean {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;
}

/** Shows an editor's value back to them: strings quoted, a missing field said in words. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing or empty)';
  if (value === null) return 'an empty value';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

/** The parts of a problem with a field's value: the reason, the value, and the field's own documentation. */
export function fieldProblem(doc: FieldDoc, found: unknown, reason: string): ProblemParts {
  return { reason, found: describeFound(found), expected: doc.expected, example: doc.examples[0] };
}

/** The reason given when a value has the wrong shape for the field, or none at all. */
function shapeReason(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'this field needs a value';
  return 'this field does not take a value of this form';
}

/** What a field's Zod issue carries besides its one-line message. */
export interface FieldIssueParams {
  problem: ProblemParts;
  /** A key whose line the problem points at, when the field itself is missing from the file. */
  lineOf?: string;
}

/** The Zod issue for a field problem: one line for Astro's overlay, the parts for the checker. */
export function addFieldIssue(context: z.RefinementCtx, params: FieldIssueParams, path?: string[]): void {
  context.addIssue({ code: 'custom', message: problemMessage(params.problem), params, ...(path && { path }) });
}

/** The parts a field put in a Zod issue, or undefined for an issue Zod raised itself. */
export function fieldIssueParams(issue: { code: string; params?: unknown }): FieldIssueParams | undefined {
  if (issue.code !== 'custom' || typeof issue.params !== 'object' || issue.params === null) return undefined;
  const params = issue.params as Partial<FieldIssueParams>;
  return typeof params.problem?.reason === 'string' ? (params as FieldIssueParams) : undefined;
}

function registered<Output, Input>(schema: z.ZodType, spec: FieldSpec): z.ZodType<Output, Input> {
  fieldSpecs.set(schema, spec);
  return schema as unknown as z.ZodType<Output, Input>;
}

/**
 * A field written as text (or its object form) and parsed into a typed value once, here. `accepts`
 * checks the shape; `parse` throws `FieldProblem` for a value it cannot read.
 */
export function parsedField<Input, Output>(
  doc: FieldDoc,
  accepts: z.ZodType<Input>,
  parse: (value: Input) => Output,
  kind: 'parsed' | 'date' = 'parsed',
): z.ZodType<Output, Input> {
  const schema = z.any().transform((value, context) => {
    const shaped = accepts.safeParse(value);
    if (!shaped.success) {
      addFieldIssue(context, { problem: fieldProblem(doc, value, shapeReason(value)) });
      return z.NEVER;
    }
    try {
      return parse(shaped.data);
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error;
      addFieldIssue(context, { problem: fieldProblem(doc, value, error.reason) });
      return z.NEVER;
    }
  });
  return registered(schema, { doc, kind, accepts });
}

/**
 * A line of text, trimmed, with an optional maximum length. A bare number is read as text unless
 * `numbers` is false, for codes where YAML would change it (`0100` → 100, `1.10` → 1.1).
 */
export function textField(
  doc: FieldDoc,
  options: { maxLength?: number; numbers?: boolean } = {},
): z.ZodType<string, string> {
  const schema = z.any().transform((value, context) => {
    if (typeof value === 'number' && options.numbers === false) {
      const reason =
        'YAML reads an unquoted number as a number and may change it (0100 becomes 100); put the value in quotes';
      addFieldIssue(context, { problem: fieldProblem(doc, value, reason) });
      return z.NEVER;
    }
    const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
    if (text === undefined || text === '') {
      addFieldIssue(context, {
        problem: fieldProblem(doc, text === '' ? undefined : value, shapeReason(text ?? value)),
      });
      return z.NEVER;
    }
    const length = [...text].length;
    if (options.maxLength !== undefined && length > options.maxLength) {
      const reason = `${length} characters, ${length - options.maxLength} over the limit of ${options.maxLength}`;
      addFieldIssue(context, { problem: fieldProblem(doc, text, reason) });
      return z.NEVER;
    }
    return text;
  });
  return registered(schema, { doc, kind: 'text', accepts: z.union([z.string(), z.number()]) });
}

/** A key kept only so that files from elsewhere build unchanged; its value is not read. */
export function ignoredField(doc: FieldDoc): z.ZodType<unknown, unknown> {
  return registered(z.unknown(), { doc, kind: 'ignored', accepts: z.unknown() });
}
