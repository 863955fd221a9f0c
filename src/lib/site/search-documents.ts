/**
 * The search index the search box and the browse page load (`/api/search-index.json`): for each
 * certification, the names and codes a student may type, its provider's other names, and whether it is
 * retired and what replaces it. Words of the page's text stay in Pagefind's index; this one is small
 * enough to load whole on the first keystroke and search in the page (src/lib/search/ranking.ts).
 */
import type { Catalogue, Certification } from '../catalogue/catalogue';
import { providerInfo } from '../catalogue/providers';
import type { SearchDocument } from '../search/document';
import { paths } from './routes';

/** The search document of a certification. */
export function searchDocumentOf(certification: Certification): SearchDocument {
  const provider = providerInfo(certification.providerLink.name);
  const codes = [certification.examCode, ...certification.exams.map((exam) => exam.code)].flatMap((code) =>
    code === undefined || code === '' ? [] : [String(code)],
  );
  const successor = certification.succession?.current ?? certification.succession?.successor;
  return {
    slug: certification.slug,
    url: paths.certification(certification.slug),
    title: certification.title,
    provider: certification.providerLink.name,
    providerAliases: [...new Set([...provider.aliases, ...provider.formerNames])],
    codes: [...new Set(codes)],
    aliases: certification.formerTitles,
    retired: !certification.current,
    ...(!certification.current && successor && { successor: successor.slug }),
  };
}

/** The search index of a catalogue, in title order. */
export function searchDocuments(catalogue: Catalogue): SearchDocument[] {
  return catalogue.certifications.map(searchDocumentOf);
}
