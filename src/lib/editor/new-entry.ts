/**
 * Writing a new certification file: the MDX text with the original entry's sections. Which fields
 * are written, in which order, and which become marked blanks all come from the schema. Fields not
 * known yet are written as blanks that fail the checks until an editor fills them in, so nothing
 * unverified is published by accident.
 */
import type { z } from 'astro/zod';
import { Document, isScalar, stringify, visit } from 'yaml';
import { fieldSpecOf, isOptionalField } from '../fields/field';
import { parsePrerequisites } from '../fields/prerequisites';
import { FieldProblem } from '../fields/problem';
import { parseSkills } from '../fields/skills';
import { PLACEHOLDER } from '../files/placeholders';
import { FIELD_KEYS, fieldDoc, frontMatterShape, type FieldKey, type frontMatterSchema } from '../schema';
import { escapeMdxText } from './mdx-text';

/** What an editor gives for a new certification, keyed and written as in front matter. */
export type EntryDraft = Partial<z.input<typeof frontMatterSchema>>;

/** The fields every file needs, in schema order. */
export const REQUIRED_FIELDS: readonly FieldKey[] = FIELD_KEYS.filter((key) => !isOptionalField(frontMatterShape[key]));

/** The fields `npm run new` writes: every field it can be given a value for, in schema order. */
export const DRAFT_FIELDS: readonly FieldKey[] = FIELD_KEYS.filter(
  (key) => fieldSpecOf(frontMatterShape[key])?.kind !== 'ignored',
);

/** True when a new file must hold the field, even as a marked blank. */
function writtenAsBlank(key: FieldKey): boolean {
  return REQUIRED_FIELDS.includes(key) || fieldDoc(key).fillInWhenMissing === true;
}

/** A front-matter value as one line of YAML: `"text"`, `[a, b]`, `{ amount: 1 }`. */
export function yamlValue(value: unknown): string {
  return stringify(value, { flowCollectionPadding: false, collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

/** How front matter is written: lists of plain values on one line, objects and lists of objects as blocks. */
export const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A front-matter value as a YAML node of `document`, styled as `YAML_OUTPUT` says. */
export function frontMatterNode(document: Document, value: unknown) {
  const node = document.createNode(value);
  visit(node, {
    Seq(_, sequence) {
      sequence.flow = sequence.items.every((item) => isScalar(item));
    },
  });
  return node;
}

/** One front-matter field as YAML: `key: value`, or `key:` and an indented block for an object. */
export function frontMatterEntry(key: string, value: unknown): string {
  const document = new Document({});
  document.set(key, frontMatterNode(document, value));
  return document.toString(YAML_OUTPUT).trimEnd();
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A blank of the field's own kind: `[]` for a field that takes only a list, `""` otherwise. */
function blankOf(key: FieldKey): string {
  return fieldSpecOf(frontMatterShape[key])?.accepts.safeParse('').success === false ? '[]' : '""';
}

/**
 * The front matter, in schema order. Fields that must be there without a value become marked blanks,
 * unless `blanks` is false (an import writes only what it knows).
 */
export function renderFrontMatter(draft: EntryDraft, withBlanks = true): { text: string; blanks: FieldKey[] } {
  const blanks: FieldKey[] = [];
  const lines: string[] = [];
  for (const key of DRAFT_FIELDS) {
    const value = draft[key];
    if (!isEmpty(value)) {
      lines.push(frontMatterEntry(key, value));
    } else if (withBlanks && writtenAsBlank(key)) {
      blanks.push(key);
      const { expected, examples } = fieldDoc(key);
      lines.push(`${key}: ${blankOf(key)} # FILL IN: ${expected}; e.g. ${examples[0].slice(key.length + 2)}`);
    }
  }
  return { text: lines.join('\n'), blanks };
}

/** A list field's items as the schema reads them, or none when it cannot. */
function itemsOf(
  value: string | readonly string[] | undefined,
  parse: (value: string | readonly string[]) => string[],
): string[] {
  if (value === undefined) return [];
  try {
    return parse(value);
  } catch (error) {
    if (error instanceof FieldProblem) return [];
    throw error;
  }
}

function list(items: readonly string[]): string {
  return items.map((item) => `- ${escapeMdxText(item)}`).join('\n');
}

function placeholder(what: string): string {
  return `${PLACEHOLDER} ${what}`;
}

/**
 * The body: the original entry's sections. Facts the front matter holds (fee, format, validity) are
 * shown by the page's key facts, so the body does not repeat them (a copy would drift when they
 * change); its sections are for what the facts cannot say.
 */
function body(draft: EntryDraft): string {
  const prerequisites = itemsOf(draft.prerequisites, parsePrerequisites);
  const skills = itemsOf(draft.skills, parseSkills);
  const sections: [string, string][] = [
    ['Overview', placeholder('what this certification proves and who it is for, in two or three sentences.')],
    [
      'Recommended Background',
      prerequisites.length
        ? list(prerequisites)
        : placeholder('what a student should know or have done before this exam.'),
    ],
    [
      'Skills You’ll Gain',
      skills.length ? list(skills) : placeholder('the skills this certification builds, as a short list.'),
    ],
    ['Exam Details', placeholder('what the key facts do not say: question types, passing score, retake rules.')],
    ['Fees and Validity', placeholder('discounts, retake fees and how to renew.')],
    [
      'Official Resources',
      draft.link
        ? `- [Official certification page](${draft.link})`
        : placeholder('links to the official page and study guides.'),
    ],
    ['Career Outlook', placeholder('roles this certification commonly leads to.')],
  ];
  return sections.map(([heading, content]) => `## ${heading}\n${content}\n`).join('\n---\n\n');
}

/** The complete MDX file for a draft, and the front-matter fields left blank. */
export function renderEntryDraft(draft: EntryDraft): { mdx: string; blanks: FieldKey[] } {
  const { text, blanks } = renderFrontMatter(draft);
  return { mdx: `---\n${text}\n---\n\n${body(draft)}`, blanks };
}
