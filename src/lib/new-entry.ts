/**
 * Writing a new certification file: the slug proposed from the title, and the MDX text with the
 * original entry's sections. Fields not known yet are written as marked blanks that fail the checks
 * until an editor fills them in, so nothing unverified is published by accident.
 */
import { stringify } from 'yaml';
import { FIELD_DOCS, type FieldKey } from './certification-schema';
import type { DomainObject } from './fields/domains';
import { escapeMdxText } from './mdx-text';

/** What an editor gives for a new certification, as they would write it in front matter. */
export interface NewEntry {
  title?: string;
  provider?: string;
  level?: string;
  fee?: string;
  examFormat?: string;
  validity?: string;
  link?: string;
  categories?: string[];
  overview?: string;
  shortDescription?: string;
  examCode?: string;
  skills?: string[];
  prerequisites?: string[];
  domains?: DomainObject[];
  lastVerified?: string;
}

/** The fields every file needs; a new entry lacking one gets a marked blank. */
export const REQUIRED_FIELDS = ['title', 'provider', 'level', 'overview', 'shortDescription', 'categories', 'link'] as const;

/** Placeholder text the body template leaves for the editor; `npm run check` warns while any remains. */
export const PLACEHOLDER = 'To be written:';

const FRONT_MATTER_KEYS: Record<keyof NewEntry, FieldKey> = {
  title: 'title',
  provider: 'provider',
  level: 'level',
  overview: 'overview',
  shortDescription: 'short_description',
  categories: 'categories',
  link: 'link',
  fee: 'fee',
  examFormat: 'exam_format',
  validity: 'validity',
  skills: 'skills',
  prerequisites: 'prerequisites',
  domains: 'domains',
  examCode: 'exam_code',
  lastVerified: 'last_verified',
};

/** A file name for a title: ASCII letters and digits in hyphenated words, at most 80 characters. */
export function proposeSlug(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= 80) return ascii;
  const cut = ascii.slice(0, 81);
  return cut.includes('-') ? cut.replace(/-[^-]*$/, '') : cut.slice(0, 80);
}

function yamlValue(value: unknown): string {
  return stringify(value, { flowCollectionPadding: false, collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

/** The front matter, in the order of the field reference; required fields without a value become marked blanks. */
function frontMatter(entry: NewEntry): { text: string; blanks: FieldKey[] } {
  const blanks: FieldKey[] = [];
  const lines: string[] = [];
  for (const [property, key] of Object.entries(FRONT_MATTER_KEYS) as [keyof NewEntry, FieldKey][]) {
    const value = entry[property];
    const isEmpty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    const required = (REQUIRED_FIELDS as readonly string[]).includes(property) || property === 'lastVerified';
    if (!isEmpty) {
      lines.push(`${key}: ${yamlValue(value)}`);
    } else if (required) {
      blanks.push(key);
      const blank = property === 'categories' ? '[]' : '""';
      lines.push(`${key}: ${blank} # FILL IN: ${FIELD_DOCS[key].expected}; e.g. ${FIELD_DOCS[key].examples[0].slice(key.length + 2)}`);
    }
  }
  return { text: lines.join('\n'), blanks };
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
function body(entry: NewEntry): string {
  const sections: [string, string][] = [
    ['Overview', placeholder('what this certification proves and who it is for, in two or three sentences.')],
    ['Recommended Background', entry.prerequisites?.length ? list(entry.prerequisites) : placeholder('what a student should know or have done before this exam.')],
    ['Skills You’ll Gain', entry.skills?.length ? list(entry.skills) : placeholder('the skills this certification builds, as a short list.')],
    ['Exam Details', placeholder('what the key facts do not say: question types, passing score, retake rules.')],
    ['Fees and Validity', placeholder('discounts, retake fees and how to renew.')],
    ['Official Resources', entry.link ? `- [Official certification page](${entry.link})` : placeholder('links to the official page and study guides.')],
    ['Career Outlook', placeholder('roles this certification commonly leads to.')],
  ];
  return sections.map(([heading, content]) => `## ${heading}\n${content}\n`).join('\n---\n\n');
}

/** The complete MDX file for a new entry, and the front-matter fields left blank. */
export function renderNewEntry(entry: NewEntry): { mdx: string; blanks: FieldKey[] } {
  const { text, blanks } = frontMatter(entry);
  return { mdx: `---\n${text}\n---\n\n${body(entry)}`, blanks };
}
