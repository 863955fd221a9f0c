/**
 * `npm run new`: writes a new certification file.
 *
 * In a terminal with no field flags it asks for each field, offering existing providers and categories.
 * With flags it asks nothing; every required field must then be given:
 *   npm run new -- --title "..." --provider "..." --level Beginner --fee '$100' \
 *     --exam-format "60 questions, 90 minutes" --validity "3 years" --link https://... \
 *     --categories "Cloud,AI" --overview "..." --short-description "..."
 * With `--from record.json` (one Cert Atlas record) the record's facts are prefilled; fields it lacks
 * (level, categories, descriptions, last_verified) are written as blanks marked FILL IN, which fail
 * `npm run check` until filled. Flags override the record.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { asCertAtlasRecord, entryFromCertAtlas } from '../src/lib/cert-atlas';
import { checkCertificationFolder, checkCertificationSource, slugOfFile, slugProblem } from '../src/lib/content-check';
import { formatProblemLine } from '../src/lib/content-problem';
import { plural } from '../src/lib/labels';
import { proposeSlug, renderNewEntry, REQUIRED_FIELDS, type NewEntry } from '../src/lib/new-entry';
import { mergeTerms, similarName } from '../src/lib/taxonomy';
import { siteConfig } from '../src/site.config';
import { askForNewEntry, type CatalogueContext } from './lib/new-entry-flow';
import { Cancelled, terminalPrompter } from './lib/prompter';

const FIELD_FLAGS = {
  title: 'title',
  provider: 'provider',
  level: 'level',
  fee: 'fee',
  'exam-format': 'examFormat',
  validity: 'validity',
  link: 'link',
  categories: 'categories',
  overview: 'overview',
  'short-description': 'shortDescription',
  'exam-code': 'examCode',
  skills: 'skills',
  prerequisites: 'prerequisites',
  'last-verified': 'lastVerified',
} as const satisfies Record<string, keyof NewEntry>;

const { values } = parseArgs({
  options: {
    ...Object.fromEntries(Object.keys(FIELD_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
    from: { type: 'string' },
    slug: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean' },
  },
  strict: true,
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (values.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]?.replace(/^\/\*\*?|^ \* ?/gm, '').trim());
  process.exit(0);
}

const folder = path.resolve(typeof values.out === 'string' ? values.out : siteConfig.certificationsDir);
const { entries, files } = await checkCertificationFolder(folder, { today: siteConfig.today });
const context: CatalogueContext = {
  providers: mergeTerms(entries.map((entry) => ({ name: entry.data.provider, file: entry.file }))).map((term) => term.name),
  categories: mergeTerms(entries.flatMap((entry) => entry.data.categories.map((name) => ({ name, file: entry.file })))).map((term) => term.name),
  slugs: new Set(files.map(slugOfFile)),
};

/** Flags as entry fields: lists split on commas. */
function entryFromFlags(): NewEntry {
  const entry: NewEntry = {};
  for (const [flag, property] of Object.entries(FIELD_FLAGS)) {
    const value = values[flag as keyof typeof values];
    if (typeof value !== 'string') continue;
    if (property === 'categories' || property === 'skills') entry[property] = value.split(',').map((item) => item.trim()).filter(Boolean);
    else if (property === 'prerequisites') entry[property] = [value];
    else entry[property] = value;
  }
  return entry;
}

let record: NewEntry = {};
if (typeof values.from === 'string') {
  try {
    record = entryFromCertAtlas(asCertAtlasRecord(JSON.parse(readFileSync(values.from, 'utf8'))));
  } catch (error) {
    fail(`--from ${values.from}: ${(error as Error).message}`);
  }
}
const flags = entryFromFlags();
const draft: NewEntry = { ...record, ...flags };
const interactive = process.stdin.isTTY && Object.keys(flags).length === 0;

let entry: NewEntry;
let slug: string;
if (interactive) {
  try {
    ({ entry, slug } = await askForNewEntry(terminalPrompter, context, draft));
  } catch (error) {
    if (error instanceof Cancelled) fail(error.message);
    throw error;
  }
  // Typed in by the editor from the official page: verified today. Prefilled from a record: only if they say so.
  const verifiedToday = values.from
    ? (await terminalPrompter.select({
        message: `Did you check every fact against ${entry.link ?? 'the official page'} today?`,
        choices: [
          { value: 'yes', label: 'Yes, set last_verified to today' },
          { value: 'no', label: 'Not yet, leave last_verified to fill in' },
        ],
      })) === 'yes'
    : true;
  if (verifiedToday) entry.lastVerified ??= siteConfig.today;
} else {
  if (!values.from) {
    const flagOf = Object.fromEntries(Object.entries(FIELD_FLAGS).map(([flag, property]) => [property, flag]));
    const missing = REQUIRED_FIELDS.filter((field) => draft[field] === undefined || draft[field]?.length === 0).map((field) => `--${flagOf[field]}`);
    if (missing.length > 0) {
      fail(
        `Missing required ${plural('flag', missing.length)}: ${missing.join(', ')}.\nExample: npm run new -- --title "Certified Kubernetes Administrator (CKA)" --provider "Cloud Native Computing Foundation (CNCF)" --level Intermediate --link https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/ --categories "Kubernetes,Cloud" --overview "..." --short-description "..."\nRun in a terminal without flags to be asked for each field.`,
      );
    }
    draft.lastVerified ??= siteConfig.today;
  }
  entry = draft;
  slug = typeof values.slug === 'string' ? values.slug : proposeSlug(entry.title ?? '');
  const problem = slugProblem(slug, context.slugs);
  if (problem) fail(`--slug ${slug || '(from the title)'}: ${problem}. Choose one with --slug.`);
}

const file = path.join(folder, `${slug}.mdx`);
const relative = path.relative(process.cwd(), file);
if (existsSync(file)) fail(`${relative} already exists; nothing was written.`);
const { mdx, blanks } = renderNewEntry(entry);
// A value the schema refuses is not written; only the FILL IN blanks of a --from draft may fail.
const refused = checkCertificationSource(relative, mdx).problems.filter(
  (problem) => problem.severity === 'error' && !blanks.some((blank) => problem.field === blank),
);
if (refused.length > 0) fail(`${refused.map(formatProblemLine).join('\n')}\nNothing was written; correct the ${plural('flag', refused.length)} above.`);
writeFileSync(file, mdx);
console.log(`Wrote ${relative}`);

const { problems } = await checkCertificationFolder(folder, { today: siteConfig.today });
const own = problems.filter((problem) => problem.file === relative);
for (const problem of own) console.log(formatProblemLine(problem));
const knownProvider = entry.provider ? similarName(entry.provider, context.providers) : undefined;
if (knownProvider) console.log(`\nNote: the catalogue spells a provider "${knownProvider}"; if "${entry.provider}" is the same one, use that spelling.`);
if (blanks.length > 0) {
  console.log(`\nFill in the ${plural('field', blanks.length)} marked FILL IN (${blanks.join(', ')}), then run npm run check.`);
}
console.log(`Then replace the "To be written:" lines of the body, and check every fact against ${entry.link ?? 'the official page'}.`);
