/**
 * Importing Cert Atlas records into the catalogue, one MDX file per exam, safely for editors. A record
 * whose file exists (its `source` names the record) has its facts updated; its overview, short
 * description and body are replaced only while they are still what the importer wrote from the
 * previous snapshot of the record, so an editor's text is kept. A record for an exam already in the
 * catalogue under another file (same exam code, or a name the record lists as an alias) is merged
 * into that file: it gains the facts it lacks and its `source`, and keeps everything else.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Level } from '../fields/level';
import { checkCertificationSource } from '../files/check-file';
import { slugOfFile, slugProblem } from '../files/file-name';
import { problemMessage } from '../fields/problem';
import { readFrontMatter } from '../files/read';
import { FIELD_KEYS, frontMatterShape, type FieldKey } from '../schema';
import { fileSlug, termSlug } from '../text/slug';
import { draftFromCertAtlas, titleOf, type CertAtlasRecord } from './cert-atlas';
import { categoriesOf, levelOf, providerOf, type Mapping } from './cert-atlas-mapping';
import { escapeMdxText } from './mdx-text';
import { frontMatterNode, renderFrontMatter, YAML_OUTPUT, yamlValue, type EntryDraft } from './new-entry';

/** A record with the vendor folder it came from. */
export interface DatasetRecord {
  vendor: string;
  record: CertAtlasRecord;
}

/** A certification file already in the catalogue. */
export interface CatalogueFile {
  /** Its path, as problems name it. */
  file: string;
  text: string;
}

export type ImportOutcome =
  | { kind: 'imported'; examId: string; file: string; text: string }
  | {
      kind: 'updated' | 'merged';
      examId: string;
      file: string;
      text: string;
      changes: string[];
      /** Key facts an editor wrote that the record states otherwise or not at all: kept, for review. */
      kept?: string[];
    }
  | { kind: 'unchanged'; examId: string; file: string }
  | { kind: 'skipped'; examId: string; reason: string };

/** The facts the importer owns in the files it writes: replaced when the record changes. */
export const IMPORTED_FACTS = [
  'link',
  'fee',
  'exam_format',
  'validity',
  'passing_score',
  'question_types',
  'languages',
  'exam_code',
  'domains',
  'retake_policy',
  'renewal',
  'renewal_fee',
  'annual_fee',
  'study_resources',
  'source',
] as const satisfies readonly (keyof EntryDraft & keyof typeof frontMatterShape)[];
type ImportedFact = (typeof IMPORTED_FACTS)[number];

/** `A, B and C`; `A, B, and C and D` when an item has an "and" of its own, so the last item reads as one. */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const serial = items.length > 2 && items.some((item) => / and /i.test(item)) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${serial} and ${items.at(-1)}`;
}

/** The overview: who awards it, at what level, what the exam covers and how it runs; only facts the record has. */
export function composeOverview(record: CertAtlasRecord, provider: string, level: Level): string {
  const title = titleOf(record);
  const domains = (record.domains ?? []).map((domain) => domain.name?.trim()).filter((name): name is string => !!name);
  const questions = record.total_questions;
  const minutes = record.duration_minutes;
  const sentences = [
    `${title} is ${level === 'Beginner' ? 'a' : 'an'} ${level.toLowerCase()}-level certification from ${provider}.`,
    domains.length > 0
      ? `Its exam covers ${list(domains.slice(0, 4))}${domains.length > 4 ? ', among other areas' : ''}.`
      : '',
    questions && minutes ? `The exam has ${questions} questions in ${minutes} minutes.` : '',
  ];
  let overview = '';
  for (const sentence of sentences.filter(Boolean)) {
    if ((overview + ' ' + sentence).trim().length > 600) break;
    overview = `${overview} ${sentence}`.trim();
  }
  return overview;
}

/** One sentence for cards: the level, the provider and the first areas the exam covers. */
export function composeShortDescription(record: CertAtlasRecord, provider: string, level: Level): string {
  const domains = (record.domains ?? []).map((domain) => domain.name?.trim()).filter((name): name is string => !!name);
  const base = `${level} certification from ${provider}`;
  for (const count of [2, 1]) {
    const sentence = domains.length > 0 ? `${base} covering ${list(domains.slice(0, count))}.` : `${base}.`;
    if (sentence.length <= 200) return sentence;
  }
  return `${base}.`.slice(0, 200);
}

/**
 * The body: the original entry's sections, written from the record's facts as sentences. The page
 * shows the exam domains, the renewal text and the study resources in their own sections, from front
 * matter, so the body does not say them a second time.
 */
export function composeBody(record: CertAtlasRecord, draft: EntryDraft, overview: string): string {
  const text = (value: string) => escapeMdxText(value);
  const sections: [string, string[]][] = [['Overview', [text(overview)]]];
  const format: string[] = [];
  const questions = record.total_questions && Number.isInteger(record.total_questions) ? record.total_questions : 0;
  const minutes = record.duration_minutes && Number.isInteger(record.duration_minutes) ? record.duration_minutes : 0;
  if (questions && minutes) format.push(`The exam has ${questions} questions and lasts ${minutes} minutes.`);
  else if (questions) format.push(`The exam has ${questions} questions.`);
  else if (minutes) format.push(`The exam lasts ${minutes} minutes.`);
  if (Array.isArray(draft.question_types) && draft.question_types.length > 0) {
    format.push(`Questions are ${list(draft.question_types.map(String))}.`);
  }
  if (typeof draft.passing_score === 'string') format.push(`The passing score is ${draft.passing_score}.`);
  if (Array.isArray(draft.languages) && draft.languages.length > 0) {
    format.push(`It can be taken in ${list(draft.languages.map((language) => text(String(language))))}.`);
  }
  if (format.length > 0) sections.push(['Exam Details', [format.join(' ')]]);
  const fees: string[] = [];
  if (typeof draft.fee === 'string')
    fees.push(draft.fee === 'Free' ? 'The exam is free.' : `The exam fee is ${draft.fee}.`);
  if (typeof draft.validity === 'string') {
    fees.push(draft.validity === 'No expiry' ? 'It does not expire.' : `It stays valid for ${draft.validity}.`);
  }
  const retake = draft.retake_policy;
  if (retake && typeof retake === 'object' && retake.notes) fees.push(text(retake.notes));
  if (fees.length > 0) sections.push(['Fees and Validity', [fees.join(' ')]]);
  if (draft.link) sections.push(['Official Resources', [`- [Official exam page](${draft.link})`]]);
  return sections.map(([heading, lines]) => `## ${heading}\n${lines.join('\n')}\n`).join('\n---\n\n');
}

/** Everything the importer would write for a record: front matter and body. */
function entryOf(vendor: string, record: CertAtlasRecord, mapping: Mapping, level: Level, categories: string[]) {
  const provider = providerOf(vendor, record, mapping)!;
  const facts = draftFromCertAtlas(record);
  const overview = composeOverview(record, provider, level);
  const draft: EntryDraft = {
    ...facts,
    provider,
    level,
    categories,
    overview,
    short_description: composeShortDescription(record, provider, level),
  };
  return { draft, body: composeBody(record, draft, overview) };
}

interface KnownFile {
  file: string;
  text: string;
  slug: string;
  source?: string;
  examCode?: string;
  providerSlug: string;
  titleKey: string;
  createdNow: boolean;
}

function known(file: CatalogueFile, createdNow = false): KnownFile | undefined {
  try {
    const { data } = readFrontMatter(file.text);
    return {
      file: file.file,
      text: file.text,
      slug: slugOfFile(file.file),
      ...(typeof data.source === 'string' && { source: data.source.trim() }),
      ...(data.exam_code !== undefined && { examCode: String(data.exam_code).trim().toLowerCase() }),
      providerSlug: termSlug(String(data.provider ?? '')),
      titleKey: String(data.title ?? '')
        .trim()
        .toLowerCase(),
      createdNow,
    };
  } catch {
    return undefined;
  }
}

/** The front matter and body of a file's text, split. */
function splitFile(text: string): { yaml: string; body: string } {
  const { body } = readFrontMatter(text);
  const head = text.slice(0, text.length - body.length);
  return { yaml: head.replace(/^---\n/, '').replace(/\n---\n?$/, ''), body };
}

/**
 * Sets (or with undefined removes) front-matter keys in a file, keeping the rest of its text as written.
 * A key the file lacks goes after the last key that comes before it in the schema's order.
 */
function withFacts(text: string, facts: Partial<Record<string, unknown>>, body?: string): string {
  const { yaml, body: currentBody } = splitFile(text);
  const document = parseDocument(yaml);
  const map = document.contents;
  if (!isMap(map)) throw new Error('the front matter is not a map');
  const rank = (key: unknown) => FIELD_KEYS.indexOf(String(isScalar(key) ? key.value : key) as FieldKey);
  for (const [key, value] of Object.entries(facts)) {
    if (value === undefined) document.delete(key);
    else if (document.has(key)) document.set(key, frontMatterNode(document, value));
    else {
      const before = map.items.findLastIndex((pair) => rank(pair.key) !== -1 && rank(pair.key) < rank(key));
      map.items.splice(before + 1, 0, document.createPair(key, frontMatterNode(document, value)));
    }
  }
  const front = document.toString(YAML_OUTPUT).trimEnd();
  return `---\n${front}\n---\n${body === undefined ? currentBody : `\n${body}`}`;
}

/**
 * True when two values of a front-matter field mean different things: compared as the schema reads
 * them, so `USD 100` and `$100`, or `2 hours` and `120 minutes`, are the same fee and the same duration.
 */
function differs(key: ImportedFact, a: unknown, b: unknown): boolean {
  const read = (value: unknown) => {
    if (value === undefined) return '';
    const parsed = frontMatterShape[key].safeParse(value);
    return JSON.stringify(parsed.success ? parsed.data : value);
  };
  return read(a) !== read(b);
}

/** One line for the report: a fact kept as the editor wrote it, next to what the record says. */
const keptLine = (key: ImportedFact, entry: unknown, record: unknown) =>
  `${key}: the entry says ${entry === undefined ? 'nothing' : yamlValue(entry)}, the record ${yamlValue(record)}`;

export interface ImportPlan {
  records: readonly DatasetRecord[];
  files: readonly CatalogueFile[];
  mapping: Mapping;
  /** The folder new files go to, as file paths name it (`src/content/certifications`). */
  folder: string;
  /** The records the catalogue was last imported from, by exam id, to tell the importer's text from an editor's. */
  previous?: ReadonlyMap<string, CertAtlasRecord>;
}

/** What importing each record would do, in record order; nothing is written. */
export function planImport({ records, files, mapping, folder, previous = new Map() }: ImportPlan): ImportOutcome[] {
  const catalogue = files.map((file) => known(file)).filter((file): file is KnownFile => file !== undefined);
  const outcomes: ImportOutcome[] = [];
  for (const { vendor, record } of records) {
    const examId = record.exam_id;
    const skip = (reason: string) => outcomes.push({ kind: 'skipped', examId, reason });
    if (mapping.excluded[vendor]) {
      skip(`vendor ${vendor} is left out: ${mapping.excluded[vendor]}`);
      continue;
    }
    if (!mapping.vendors[vendor]) {
      skip(`vendor ${vendor} is not in data/cert-atlas/mapping.json`);
      continue;
    }
    if (!/\p{L}{3}/u.test(titleOf(record).replace(/^\d\w*-/, ''))) {
      skip(`the record names the exam only by its code ("${titleOf(record)}"): a student would not know what it is`);
      continue;
    }
    if (!record.source_url?.startsWith('https://')) {
      skip('the record has no https source_url to link to');
      continue;
    }
    const host = new URL(record.source_url).hostname;
    if (mapping.unofficialSources[host]) {
      skip(`its source_url is on ${host}, ${mapping.unofficialSources[host]}`);
      continue;
    }
    const level = levelOf(vendor, record, mapping);
    if (!level) {
      skip(`no level rule places "${record.exam_name}"`);
      continue;
    }
    const categories = categoriesOf(vendor, record, mapping);
    if (categories.length === 0) {
      skip(`no category rule places "${record.exam_name}"`);
      continue;
    }
    const { draft, body } = entryOf(vendor, record, mapping, level, categories);
    const source = `cert-atlas/${examId}`;
    const providerSlug = termSlug(providerOf(vendor, record, mapping)!);
    const code = record.exam_code?.trim().toLowerCase();
    const titleKey = titleOf(record).trim().toLowerCase();
    const names = new Set(
      [titleOf(record), record.exam_name, ...(record.aliases ?? [])].map((name) => name.trim().toLowerCase()),
    );
    const owned = catalogue.find((file) => file.source === source);
    const same =
      owned ??
      catalogue.find(
        (file) =>
          // The same title is the same certification whoever awards it (the catalogue allows one file per
          // title; the dataset lists some exams under two vendors); codes and aliases only count within one.
          file.titleKey === titleKey ||
          (file.providerSlug === providerSlug && ((code && file.examCode === code) || names.has(file.titleKey))),
      );
    let outcome: ImportOutcome;
    if (same && same.source !== source && same.source?.startsWith('cert-atlas/')) {
      skip(`the same certification as ${same.source} (${same.file})`);
      continue;
    }
    if (same?.createdNow && !owned) {
      skip(`the same certification as the record just imported into ${same.file}`);
      continue;
    }
    if (owned) outcome = updated(owned, record, draft, body, previous.get(examId), vendor, mapping);
    else if (same) outcome = merged(same, draft, examId);
    else {
      const slug = freeSlug(titleOf(record), record.exam_code, catalogue);
      if (!slug) {
        skip(`no free file name for "${titleOf(record)}"`);
        continue;
      }
      const file = `${folder}/${slug}.mdx`;
      outcome = {
        kind: 'imported',
        examId,
        file,
        text: `---\n${renderFrontMatter(draft, false).text}\n---\n\n${body}`,
      };
    }
    if ('text' in outcome) {
      const { problems } = checkCertificationSource(outcome.file, outcome.text);
      const first = problems.find((problem) => problem.severity === 'error');
      if (first) {
        skip(`the entry would not pass the check: ${first.field}: ${problemMessage(first)}`);
        continue;
      }
      const file = known({ file: outcome.file, text: outcome.text }, outcome.kind === 'imported');
      const index = catalogue.findIndex((candidate) => candidate.file === outcome.file);
      if (file) {
        if (index === -1) catalogue.push(file);
        else catalogue[index] = file;
      }
    }
    outcomes.push(outcome);
  }
  return outcomes;
}

/** A file slug for a new entry: from its title, else title and exam code; undefined when both are taken. */
function freeSlug(
  title: string,
  examCode: string | null | undefined,
  catalogue: readonly KnownFile[],
): string | undefined {
  const taken = new Set(catalogue.map((file) => file.slug));
  const candidates = [fileSlug(title), fileSlug(`${title} ${examCode ?? ''}`)];
  return candidates.find((slug) => slug && !slugProblem(slug, taken));
}

/**
 * Updates a file the importer wrote or merged: each fact, and the overview, short description and
 * body, is replaced only while it is still what the importer wrote from the previous snapshot of the
 * record; a value an editor changed is kept and reported.
 */
function updated(
  file: KnownFile,
  record: CertAtlasRecord,
  draft: EntryDraft,
  body: string,
  previousRecord: CertAtlasRecord | undefined,
  vendor: string,
  mapping: Mapping,
): ImportOutcome {
  const { data, body: currentBody } = readFrontMatter(file.text);
  const before = previousRecord ?? record;
  const written = draftFromCertAtlas(before);
  const facts: Record<string, unknown> = {};
  const changes: string[] = [];
  const kept: string[] = [];
  for (const key of IMPORTED_FACTS) {
    if (!differs(key, data[key], draft[key])) continue;
    if (differs(key, data[key], written[key])) {
      if (draft[key] !== undefined) kept.push(keptLine(key, data[key], draft[key]));
      continue;
    }
    facts[key] = draft[key];
    changes.push(key);
  }
  const level = typeof data.level === 'string' ? (data.level as Level) : (draft.level as Level);
  const provider = mapping.vendors[vendor]!.provider;
  const oldOverview = composeOverview(before, provider, level);
  let newBody: string | undefined;
  for (const [key, old, fresh] of [
    ['overview', oldOverview, draft.overview],
    ['short_description', composeShortDescription(before, provider, level), draft.short_description],
  ] as const) {
    if (data[key] === old && old !== fresh) {
      facts[key] = fresh;
      changes.push(key);
    }
  }
  const oldBody = composeBody(before, { ...written, provider, level }, oldOverview);
  if (currentBody.trim() === oldBody.trim() && currentBody.trim() !== body.trim()) {
    newBody = body;
    changes.push('body');
  }
  if (changes.length === 0) return { kind: 'unchanged', examId: record.exam_id, file: file.file };
  return {
    kind: 'updated',
    examId: record.exam_id,
    file: file.file,
    text: withFacts(file.text, facts, newBody),
    changes,
    ...(kept.length > 0 && { kept }),
  };
}

/** Merges a record into an entry an editor wrote: it gains the facts it lacks; what it states is kept. */
function merged(file: KnownFile, draft: EntryDraft, examId: string): ImportOutcome {
  const { data } = readFrontMatter(file.text);
  const facts: Record<string, unknown> = {};
  const kept: string[] = [];
  for (const key of IMPORTED_FACTS) {
    if (draft[key] === undefined) continue;
    if (data[key] === undefined) facts[key] = draft[key];
    else if (differs(key, data[key], draft[key])) kept.push(keptLine(key, data[key], draft[key]));
  }
  const changes = Object.keys(facts);
  if (changes.length === 0) return { kind: 'unchanged', examId, file: file.file };
  return {
    kind: 'merged',
    examId,
    file: file.file,
    text: withFacts(file.text, facts),
    changes,
    ...(kept.length > 0 && { kept }),
  };
}
