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
  return ascii.slice(0, 81).replace(/-[^-]*$/, '');
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

/** The body: the original entry's sections, filled from the facts given, placeholders elsewhere. */
function body(entry: NewEntry): string {
  const examLines = [
    entry.examCode && `- **Exam code:** ${escapeMdxText(entry.examCode)}`,
    entry.examFormat && `- **Format:** ${escapeMdxText(entry.examFormat)}`,
    entry.domains?.length && `- **Domains:** ${entry.domains.map((domain) => escapeMdxText(domain.name)).join(', ')}`,
  ].filter(Boolean);
  const feeLines = [entry.fee && `- **Fee:** ${escapeMdxText(entry.fee)}`, entry.validity && `- **Validity:** ${escapeMdxText(entry.validity)}`].filter(Boolean);
  const sections: [string, string][] = [
    ['Overview', entry.overview ? escapeMdxText(entry.overview) : placeholder('what this certification proves, in two or three sentences.')],
    ['Recommended Background', entry.prerequisites?.length ? list(entry.prerequisites) : placeholder('what a student should know or have done before this exam.')],
    ['Skills You’ll Gain', entry.skills?.length ? list(entry.skills) : placeholder('the skills this certification builds, as a short list.')],
    ['Exam Details', examLines.length ? examLines.join('\n') : placeholder('number of questions, duration and how the exam is taken.')],
    ['Fees and Validity', feeLines.length ? feeLines.join('\n') : placeholder('the exam fee and how long the certification stays valid.')],
    ['Official Resources', entry.link ? `- [Official certification page →](${entry.link})` : placeholder('links to the official page and study guides.')],
    ['Career Outlook', placeholder('roles this certification commonly leads to.')],
  ];
  return sections.map(([heading, content]) => `## ${heading}\n${content}\n`).join('\n---\n\n');
}

/** The complete MDX file for a new entry, and the front-matter fields left blank. */
export function renderNewEntry(entry: NewEntry): { mdx: string; blanks: FieldKey[] } {
  const { text, blanks } = frontMatter(entry);
  return { mdx: `---\n${text}\n---\n\n${body(entry)}`, blanks };
}
