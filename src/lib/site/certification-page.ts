/**
 * What a certification page shows besides its body, computed once in plain TypeScript: the crumbs,
 * the notices, the facts, the edit and report links and the structured data. The layout only renders it.
 */
import type { Certification } from '../catalogue/catalogue';
import { VERIFICATION_MAX_AGE_MONTHS, verificationOf } from '../catalogue/verification';
import { formatCalendarDate, type CalendarDate } from '../fields/calendar-date';
import { certificationFacts, type Fact } from './facts';
import { editFileUrl, reportOutdatedUrl, viewFileUrl, type Repository } from './repository-links';
import { absoluteUrl, paths } from './routes';
import { searchRecordOf, type SearchRecord } from './search-record';
import { HOME, type Crumb } from './sections';
import { breadcrumbJsonLd, credentialJsonLd } from './structured-data';

/** A notice above the facts: its text, and whether it warns of something final. */
export interface Notice {
  text: string;
  final: boolean;
}

export interface CertificationPage {
  path: string;
  crumbs: Crumb[];
  /** Said when the certification is retiring or retired. */
  statusNotice?: Notice;
  /** Said when the facts were verified long ago, or never. */
  verificationNotice?: Notice;
  facts: Fact[];
  /** Open the file in GitHub's editor; only when the site knows its repository. */
  editUrl?: string;
  /** Report outdated facts through the issue form; only when the site knows its repository. */
  reportUrl?: string;
  structuredData: Record<string, unknown>[];
  /** Where the facts came from: "Facts from …", with a link when there is one to follow. */
  sourceNote?: { text: string; href?: string };
  /** What the search index keeps of the page besides its text. */
  searchRecord: SearchRecord;
}

function statusNotice(certification: Certification): Notice | undefined {
  if (certification.status === 'active') return undefined;
  const retired = certification.status === 'retired';
  const date = certification.retirementDate ? ` on ${formatCalendarDate(certification.retirementDate)}` : '';
  const what = retired ? 'This certification was retired' : 'This certification is being retired';
  return { text: `${what}${date}. Check the official page for its successor.`, final: retired };
}

function verificationNotice(lastVerified: CalendarDate | undefined, today: CalendarDate): Notice | undefined {
  const verification = verificationOf(lastVerified, today);
  if (verification.kind === 'recent') return undefined;
  const why =
    verification.kind === 'old'
      ? `they were last verified on ${formatCalendarDate(verification.date)}, more than ` +
        `${VERIFICATION_MAX_AGE_MONTHS} months ago`
      : 'nobody has recorded checking them against the official page yet';
  return {
    text: `These facts may be outdated: ${why}. Confirm them on the official page before you book.`,
    final: false,
  };
}

/** Where a committed Cert Atlas record lives in the repository. */
/** "Facts from …": the page the facts were read on, or the Cert Atlas record in the repository's snapshot. */
function sourceNote(certification: Certification, repository: Repository | undefined) {
  const { source, sourceFile } = certification;
  if (!source) return undefined;
  if (source.kind === 'url') return { text: `Facts from ${new URL(source.url).hostname}`, href: source.url };
  const text = `Facts from the Cert Atlas open dataset, record ${source.examId}`;
  return repository && sourceFile ? { text, href: viewFileUrl(repository, sourceFile) } : { text };
}

/**
 * The page of one certification; `today` decides whether its facts may be outdated, `nameRank` is
 * its place in the catalogue's title order (the search index sorts by it).
 */
export function certificationPage(
  certification: Certification,
  { today, repository, nameRank = 0 }: { today: CalendarDate; repository?: Repository; nameRank?: number },
): CertificationPage {
  const path = paths.certification(certification.slug);
  const [mainCategory] = certification.categoryLinks;
  const crumbs: Crumb[] = [
    HOME,
    ...(mainCategory ? [{ name: mainCategory.name, href: paths.category(mainCategory.slug) }] : []),
    { name: certification.title },
  ];
  const status = statusNotice(certification);
  const source = sourceNote(certification, repository);
  const verification = verificationNotice(certification.lastVerified, today);
  return {
    path,
    crumbs,
    ...(status && { statusNotice: status }),
    ...(verification && { verificationNotice: verification }),
    facts: certificationFacts(certification),
    ...(repository && {
      editUrl: editFileUrl(repository, certification.filePath),
      reportUrl: reportOutdatedUrl(repository, certification, absoluteUrl(path)),
    }),
    structuredData: [credentialJsonLd(certification, absoluteUrl(path)), breadcrumbJsonLd(crumbs, path)],
    searchRecord: searchRecordOf(certification, nameRank),
    ...(source && { sourceNote: source }),
  };
}
