/**
 * `npm run new`: writes a new certification file. `--help` prints USAGE below.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalogue } from '../src/lib/catalogue/catalogue';
import { certAtlasRecordFiles } from '../src/lib/catalogue/cert-atlas-records';
import { similarName } from '../src/lib/catalogue/taxonomy';
import { asCertAtlasRecord, draftFromCertAtlas } from '../src/lib/editor/cert-atlas';
import { renderEntryDraft, type EntryDraft } from '../src/lib/editor/new-entry';
import { DRAFT_FLAGS, draftFromFlags, missingRequiredFlags } from '../src/lib/editor/new-entry-flags';
import { checkCatalogue } from '../src/lib/files/check-catalogue';
import { checkCertificationSource, type CheckedFile } from '../src/lib/files/check-file';
import { checkCertificationFolder } from '../src/lib/files/check-folder';
import { slugOfFile, slugProblem } from '../src/lib/files/file-name';
import { formatProblemLine } from '../src/lib/files/problem';
import { plural } from '../src/lib/text/plural';
import { fileSlug } from '../src/lib/text/slug';
import { siteConfig } from '../src/site.config';
import { askForNewEntry, type CatalogueContext } from './lib/new-entry-flow';
import { Cancelled, terminalPrompter } from './lib/prompter';

const EXAMPLE =
  'npm run new -- --title "Certified Kubernetes Administrator (CKA)" ' +
  '--provider "Cloud Native Computing Foundation (CNCF)" --level Intermediate ' +
  '--link https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/ ' +
  '--categories "Kubernetes,Cloud" --overview "..." --short-description "..."';

const USAGE = `npm run new: writes a new certification file.

In a terminal with no field flags it asks for each field, offering existing providers and categories.
With flags it asks nothing; every required field must then be given:
  ${EXAMPLE}
With --from record.json (one Cert Atlas record) the record's facts are prefilled; fields it lacks
(level, categories, descriptions, last_verified) are written as blanks marked FILL IN, which fail
npm run check until filled. Its source is cert-atlas/<exam_id> when data/cert-atlas/records holds the
record (npm run import:cert-atlas adds records there), else the page the record cites. Flags override
the record.

Field flags: ${DRAFT_FLAGS.map(({ flag }) => `--${flag}`).join(' ')}
Other flags: --from <record.json>  --slug <file name>  --out <folder>  --help`;

const { values } = parseArgs({
  options: {
    ...Object.fromEntries(DRAFT_FLAGS.map(({ flag }) => [flag, { type: 'string' as const }])),
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

/**
 * The draft a Cert Atlas record gives, or an empty one without `--from`. Its source is the record when
 * the committed snapshot has it (data/cert-atlas/records), else the page the record cites: a source
 * must be something anyone can open.
 */
function draftFromRecord(file: string | undefined): EntryDraft {
  if (file === undefined) return {};
  try {
    const record = asCertAtlasRecord(JSON.parse(readFileSync(file, 'utf8')));
    const draft = draftFromCertAtlas(record);
    if (certAtlasRecordFiles().has(record.exam_id)) return draft;
    const { source: _record, ...rest } = draft;
    return record.source_url?.startsWith('https://') ? { ...rest, source: record.source_url } : rest;
  } catch (error) {
    return fail(`--from ${file}: ${(error as Error).message}`);
  }
}

/**
 * An entry typed in from the official page was checked today against that page (its link), unless the
 * editor says on which day and against which pages.
 */
function checkedToday(draft: EntryDraft): void {
  draft.last_verified ??= siteConfig.today;
  if (draft.link && (draft.verified_against === undefined || draft.verified_against === ''))
    draft.verified_against = draft.link;
}

/** Asks for every field in the terminal; checked today (`checkedToday`) unless facts came from a record unchecked. */
async function interactiveDraft(context: CatalogueContext, draft: EntryDraft, fromRecord: boolean) {
  let answered: { entry: EntryDraft; slug: string };
  try {
    answered = await askForNewEntry(terminalPrompter, context, draft);
  } catch (error) {
    if (error instanceof Cancelled) fail(error.message);
    throw error;
  }
  const { entry } = answered;
  // Typed in by the editor from the official page: verified today. Prefilled from a record: only if they say so.
  const verifiedToday =
    !fromRecord ||
    (await terminalPrompter.select({
      message: `Did you check every fact against ${entry.link ?? 'the official page'} today?`,
      choices: [
        { value: 'yes', label: 'Yes, set last_verified to today' },
        { value: 'no', label: 'Not yet, leave last_verified to fill in' },
      ],
    })) === 'yes';
  if (verifiedToday) checkedToday(entry);
  return answered;
}

/** The draft from flags alone: without `--from`, every required field must be given. */
function flagDraft(
  context: CatalogueContext,
  draft: EntryDraft,
  fromRecord: boolean,
): { entry: EntryDraft; slug: string } {
  if (!fromRecord) {
    const missing = missingRequiredFlags(draft);
    if (missing.length > 0) {
      fail(
        `Missing required ${plural('flag', missing.length)}: ${missing.join(', ')}.\nExample: ${EXAMPLE}\n` +
          'Run in a terminal without flags to be asked for each field.',
      );
    }
    checkedToday(draft);
  }
  const slug = typeof values.slug === 'string' ? values.slug : fileSlug(draft.title ?? '');
  const problem = slugProblem(slug, context.slugs);
  if (problem) fail(`--slug ${slug || '(from the title)'}: ${problem}. Choose one with --slug.`);
  return { entry: draft, slug };
}

/** Writes the file unless the schema refuses a value, then prints what is left to do. */
function writeEntry(
  folder: string,
  existing: readonly CheckedFile[],
  context: CatalogueContext,
  entry: EntryDraft,
  slug: string,
) {
  const file = path.join(folder, `${slug}.mdx`);
  const relative = path.relative(process.cwd(), file);
  if (existsSync(file)) fail(`${relative} already exists; nothing was written.`);
  const { mdx, blanks } = renderEntryDraft(entry);
  const { checked, problems } = checkCertificationSource(relative, mdx);
  // A value the schema refuses is not written; only the FILL IN blanks of a --from draft may fail.
  const refused = problems.filter(
    (problem) => problem.severity === 'error' && !blanks.some((blank) => problem.field === blank),
  );
  if (refused.length > 0) {
    fail(
      `${refused.map(formatProblemLine).join('\n')}\nNothing was written; correct the ` +
        `${plural('flag', refused.length)} above.`,
    );
  }
  writeFileSync(file, mdx);
  console.log(`Wrote ${relative}`);

  const acrossFiles = checked
    ? checkCatalogue([...existing, checked], siteConfig.today).filter((problem) => problem.file === relative)
    : [];
  for (const problem of [...problems, ...acrossFiles]) console.log(formatProblemLine(problem));
  const knownProvider = entry.provider ? similarName(entry.provider, context.providers) : undefined;
  if (knownProvider) {
    console.log(
      `\nNote: the catalogue spells a provider "${knownProvider}"; if "${entry.provider}" is the same one, use ` +
        `that spelling.`,
    );
  }
  if (blanks.length > 0) {
    console.log(
      `\nFill in the ${plural('field', blanks.length)} marked FILL IN (${blanks.join(', ')}), then run npm run check.`,
    );
  }
  console.log(
    `Then replace the "To be written:" lines of the body, and check every fact against ` +
      `${entry.link ?? 'the official page'}.`,
  );
}

async function main(): Promise<void> {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const folder = path.resolve(typeof values.out === 'string' ? values.out : siteConfig.certificationsDir);
  const { checked, files } = await checkCertificationFolder(folder, { today: siteConfig.today });
  const catalogue = buildCatalogue(
    checked.map(({ slug, data, file }) => ({ slug, data, filePath: file })),
    {
      today: siteConfig.today,
    },
  );
  const context: CatalogueContext = {
    providers: catalogue.providers.map((provider) => provider.name),
    categories: catalogue.categories.map((category) => category.name),
    slugs: new Set(files.map(slugOfFile)),
  };
  const fromRecord = typeof values.from === 'string';
  const flags = draftFromFlags(values);
  const draft: EntryDraft = { ...draftFromRecord(values.from as string | undefined), ...flags };
  const interactive = process.stdin.isTTY && Object.keys(flags).length === 0;
  const { entry, slug } = interactive
    ? await interactiveDraft(context, draft, fromRecord)
    : flagDraft(context, draft, fromRecord);
  writeEntry(folder, checked, context, entry, slug);
}

await main();
