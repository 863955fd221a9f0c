/**
 * Importing Cert Atlas records into the catalogue, one MDX file per exam, safely for editors. A record
 * whose file exists (its `source` names the record) has its facts updated; its overview and short
 * description are replaced only while they are still what the importer wrote from the previous
 * snapshot of the record, so an editor's text is kept. The importer writes front matter only: the body
 * is an editor's. A record for an exam already in the
 * catalogue under another file (same exam code, or a name the record lists as an alias) is merged
 * into that file: it gains the facts it lacks and its `source`, and keeps everything else.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import { checkCertificationSource } from '../files/check-file';
import { slugOfFile, slugProblem } from '../files/file-name';
import { problemMessage } from '../fields/problem';
import { readFrontMatter } from '../files/read';
import { FIELD_KEYS, frontMatterShape, type FieldKey } from '../schema';
import { fileSlug, termSlug } from '../text/slug';
import { draftFromCertAtlas, titleOf, type CertAtlasRecord } from './cert-atlas';
import { categoriesOf, levelPlacementOfRecord, providerOf, type Mapping } from './cert-atlas-mapping';
import type { LevelPlacement } from '../catalogue/ladders';
import { categoriesPlacedFor, levelPlacementOf } from '../catalogue/placement';
import { KIND_NOUNS, KINDS, type Kind } from '../values/kinds';
import { frontMatterNode, renderFrontMatter, YAML_OUTPUT, yamlValue, type EntryDraft } from './new-entry';
import { capitalise } from '../text/case';

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
  | { kind: 'unchanged'; examId: string; file: string; kept?: string[] }
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

/** What the composed text says an entry is: its kind, and the qualification a paper belongs to. */
export interface Composition {
  /** The entry's title: the file's own when it has one (an editor may have corrected the record's). */
  title: string;
  provider: string;
  /** Where its level comes from: a tier of the provider's ladder is said; a general rule's guess is not. */
  placement: LevelPlacement;
  kind: Kind;
  /** For a paper: the qualification's title. */
  qualification?: string;
}

/** The record's domain names, the largest share first (in the record's order when no weights are given). */
export function domainsBySize(record: CertAtlasRecord): string[] {
  const domains = (record.domains ?? []).flatMap((domain, index) =>
    domain.name?.trim() ? [{ name: domain.name.trim(), weight: domain.weight_percent ?? 0, index }] : [],
  );
  return domains.sort((a, b) => b.weight - a.weight || a.index - b.index).map((domain) => domain.name);
}

/** `It is meant for system administrators in a cloud operations role.`, from the record's audience. */
function audienceSentence(record: CertAtlasRecord): string {
  const audience = record.target_audience?.trim().replace(/\.$/, '');
  if (!audience) return '';
  const first = audience.split(/\s/)[0] ?? '';
  // Lower-case an ordinary first word ("Professionals"), not an acronym or a name ("IT", "SAP").
  const lower = /^[A-Z][a-z]+$/.test(first) ? `${first.toLowerCase()}${audience.slice(first.length)}` : audience;
  return `It is meant for ${lower}.`;
}

/** The first sentence: what it is and who awards it, with the tier only when the provider's ladder gives it. */
function identitySentence({ title, provider, placement, kind, qualification }: Composition): string {
  if (kind === 'paper') {
    return qualification
      ? `${title} is a paper (exam) of the ${qualification}.`
      : `${title} is an exam paper from ${provider}.`;
  }
  const noun = KIND_NOUNS[kind];
  if (placement.by === 'ladder')
    return `${title} is a ${noun} from ${provider}, at the ${placement.tier} tier of its ladder.`;
  return `${title} is a ${noun} from ${provider}.`;
}

/**
 * The overview, from facts the record has only: what it is and who awards it (the tier when the
 * provider's ladder gives it), the largest areas it covers, who it is for when the record says, and the
 * exam's length; a course certificate is never said to have an exam.
 */
export function composeOverview(record: CertAtlasRecord, composition: Composition): string {
  const domains = domainsBySize(record);
  const course = composition.kind === 'course';
  const questions = record.total_questions;
  const minutes = record.duration_minutes;
  const covers = course ? 'The course covers' : composition.kind === 'paper' ? 'It covers' : 'Its exam covers';
  const sentences = [
    identitySentence(composition),
    domains.length > 0
      ? `${covers} ${list(domains.slice(0, 4))}${domains.length > 4 ? ', among other areas' : ''}.`
      : '',
    audienceSentence(record),
    !course && questions && minutes ? `The exam has ${questions} questions in ${minutes} minutes.` : '',
  ];
  let overview = '';
  for (const sentence of sentences.filter(Boolean)) {
    if ((overview + ' ' + sentence).trim().length > 600) break;
    overview = `${overview} ${sentence}`.trim();
  }
  return overview;
}

/** One sentence for cards: what it is, who awards it and its largest areas (the tier only from the ladder). */
export function composeShortDescription(record: CertAtlasRecord, composition: Composition): string {
  const domains = domainsBySize(record);
  const { provider, placement, kind, qualification } = composition;
  const noun =
    kind === 'paper'
      ? qualification
        ? `Paper of the ${qualification}`
        : `Exam paper from ${provider}`
      : `${placement.by === 'ladder' ? `${placement.tier}-tier ` : ''}${KIND_NOUNS[kind]}`;
  const base = kind === 'paper' ? noun : `${capitalise(noun)} from ${provider}`;
  for (const count of [2, 1]) {
    const sentence = domains.length > 0 ? `${base} covering ${list(domains.slice(0, count))}.` : `${base}.`;
    if (sentence.length <= 200) return sentence;
  }
  return `${base}.`.slice(0, 200);
}

/**
 * Everything the importer would write for a record: front matter only. The page shows every fact from
 * front matter, so a body that said them again would be a second place to correct (and to forget); the
 * body is left to editors, for what the facts cannot say.
 */
function entryOf(record: CertAtlasRecord, composition: Composition, categories: string[]): EntryDraft {
  const facts = draftFromCertAtlas(record);
  const overview = composeOverview(record, composition);
  const draft: EntryDraft = {
    ...facts,
    provider: composition.provider,
    level: composition.placement.level,
    categories,
    overview,
    short_description: composeShortDescription(record, composition),
    ...(composition.kind !== 'certification' && { kind: composition.kind }),
  };
  return draft;
}

interface KnownFile {
  file: string;
  text: string;
  slug: string;
  source?: string;
  examCode?: string;
  providerSlug: string;
  title: string;
  titleKey: string;
  kind: Kind;
  /** A qualification's papers. */
  papers: string[];
  /** The day its facts were checked against the official page, when they were. */
  lastVerified?: string;
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
      title: String(data.title ?? '').trim(),
      titleKey: String(data.title ?? '')
        .trim()
        .toLowerCase(),
      kind:
        KINDS.find(
          (kind) =>
            kind ===
            String(data.kind ?? '')
              .trim()
              .toLowerCase(),
        ) ?? 'certification',
      papers: Array.isArray(data.papers) ? data.papers.map(String) : [],
      ...(data.last_verified !== undefined && { lastVerified: String(data.last_verified) }),
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
function withFacts(text: string, facts: Partial<Record<string, unknown>>): string {
  const { yaml, body } = splitFile(text);
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
  return `---\n${front}\n---\n${body}`;
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
  /** The category of a record no rule places (the benchmark's); without it such a record is skipped. */
  fallbackCategory?: string;
}

/** What importing each record would do, in record order; nothing is written. */
export function planImport({
  records,
  files,
  mapping,
  folder,
  previous = new Map(),
  fallbackCategory,
}: ImportPlan): ImportOutcome[] {
  const catalogue = files.map((file) => known(file)).filter((file): file is KnownFile => file !== undefined);
  const outcomes: ImportOutcome[] = [];
  for (const { vendor, record } of records) {
    const examId = record.exam_id;
    const skip = (reason: string) => outcomes.push({ kind: 'skipped', examId, reason });
    if (mapping.excluded[vendor]) {
      skip(`vendor ${vendor} is left out: ${mapping.excluded[vendor]}`);
      continue;
    }
    const override = mapping.records[examId];
    if (override?.leaveOut) {
      skip(`the record is left out: ${override.reason}`);
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
    const source = `cert-atlas/${examId}`;
    const provider = providerOf(vendor, record, mapping)!;
    const providerSlug = termSlug(provider);
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
    if (same && same.source !== source && same.source?.startsWith('cert-atlas/')) {
      skip(`the same certification as ${same.source} (${same.file})`);
      continue;
    }
    if (same?.createdNow && !owned) {
      skip(`the same certification as the record just imported into ${same.file}`);
      continue;
    }
    const slug = same?.slug ?? freeSlug(titleOf(record), record.exam_code, catalogue);
    if (!slug) {
      skip(`no free file name for "${titleOf(record)}"`);
      continue;
    }
    // The same rules place every entry: the provider's ladder (or the general rule) and the category rules,
    // read from the entry's own file when it has one (its title, prerequisites and domains, maybe an
    // editor's), else from the record.
    const fromFile = same && placedFromFile(same);
    const composition: Composition = {
      title: same?.title ?? titleOf(record),
      provider,
      placement: fromFile ? fromFile.placement : levelPlacementOfRecord(slug, provider, record),
      kind: same?.kind ?? 'certification',
      ...qualificationOf(slug, catalogue),
    };
    const placed = fromFile ? fromFile.categories : categoriesOf(slug, provider, record);
    const categories = placed.length === 0 && fallbackCategory ? [fallbackCategory] : placed;
    if (categories.length === 0) {
      skip(`no category rule places "${record.exam_name}"`);
      continue;
    }
    const draft = entryOf(record, composition, categories);
    let outcome: ImportOutcome;
    if (owned) outcome = updated(owned, record, draft, previous.get(examId), composition);
    else if (same) outcome = merged(same, draft, examId);
    else {
      const file = `${folder}/${slug}.mdx`;
      outcome = {
        kind: 'imported',
        examId,
        file,
        text: `---\n${renderFrontMatter(draft, false).text}\n---\n`,
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

/** The level and categories the rules give a file, from its checked front matter; undefined if it fails the check. */
function placedFromFile(file: KnownFile): { placement: LevelPlacement; categories: string[] } | undefined {
  const { checked } = checkCertificationSource(file.file, file.text);
  if (!checked) return undefined;
  return {
    placement: levelPlacementOf(file.slug, checked.data),
    categories: categoriesPlacedFor(file.slug, checked.data),
  };
}

/** The qualification a paper belongs to, as the catalogue's qualifications list their papers. */
function qualificationOf(slug: string, catalogue: readonly KnownFile[]): { qualification?: string } {
  const qualification = catalogue.find((file) => file.kind === 'qualification' && file.papers.includes(slug));
  return qualification ? { qualification: qualification.title } : {};
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
 * Updates a file the importer wrote or merged. Its level and categories follow the rules every entry
 * follows. Each fact, and the overview and short description, is replaced only while it is still
 * what the importer wrote from the previous snapshot of the record; a value an editor changed is kept
 * and reported. The facts of an entry checked against the official page are the editor's: kept, and
 * reported where the record says otherwise.
 */
function updated(
  file: KnownFile,
  record: CertAtlasRecord,
  draft: EntryDraft,
  previousRecord: CertAtlasRecord | undefined,
  composition: Composition,
): ImportOutcome {
  const { data } = readFrontMatter(file.text);
  const before = previousRecord ?? record;
  const written = draftFromCertAtlas(before);
  const facts: Record<string, unknown> = {};
  const changes: string[] = [];
  const kept: string[] = [];
  for (const key of IMPORTED_FACTS) {
    if (!differs(key, data[key], draft[key])) continue;
    if (file.lastVerified || differs(key, data[key], written[key])) {
      if (draft[key] !== undefined) kept.push(keptLine(key, data[key], draft[key]));
      continue;
    }
    facts[key] = draft[key];
    changes.push(key);
  }
  const placement = placed(file, data, facts);
  Object.assign(facts, placement);
  changes.push(...Object.keys(placement));
  for (const [key, old, fresh] of [
    ['overview', composeOverview(before, composition), draft.overview],
    ['short_description', composeShortDescription(before, composition), draft.short_description],
  ] as const) {
    if (data[key] === old && old !== fresh) {
      facts[key] = fresh;
      changes.push(key);
    }
  }
  if (changes.length === 0)
    return { kind: 'unchanged', examId: record.exam_id, file: file.file, ...(kept.length > 0 && { kept }) };
  return {
    kind: 'updated',
    examId: record.exam_id,
    file: file.file,
    text: withFacts(file.text, facts),
    changes,
    ...(kept.length > 0 && { kept }),
  };
}

/**
 * The level and categories the rules give a file once `facts` are written into it, where they differ
 * from what it says now: placed from the facts it will have (a record's new domains count at once).
 */
function placed(
  file: KnownFile,
  data: Record<string, unknown>,
  facts: Record<string, unknown>,
): { level?: string; categories?: string[] } {
  const next = placedFromFile({ ...file, text: withFacts(file.text, facts) });
  if (!next) return {};
  const current = Array.isArray(data.categories) ? data.categories.map(String) : [];
  const categories = orderedLike(current, next.categories);
  return {
    ...(data.level !== next.placement.level && { level: next.placement.level }),
    ...(JSON.stringify(categories) !== JSON.stringify(data.categories) && { categories }),
  };
}

/** The categories `placed`, those an entry already has first in its own order (its first is its main one). */
export function orderedLike(current: readonly string[], placed: unknown): string[] {
  const wanted = Array.isArray(placed) ? placed.map(String) : [];
  return [...current.filter((name) => wanted.includes(name)), ...wanted.filter((name) => !current.includes(name))];
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
  Object.assign(facts, placed(file, data, facts));
  const changes = Object.keys(facts);
  if (changes.length === 0) return { kind: 'unchanged', examId, file: file.file, ...(kept.length > 0 && { kept }) };
  return {
    kind: 'merged',
    examId,
    file: file.file,
    text: withFacts(file.text, facts),
    changes,
    ...(kept.length > 0 && { kept }),
  };
}
