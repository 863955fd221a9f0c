/**
 * What a certification page shows besides its body, computed once in plain TypeScript: the crumbs,
 * the notices, the facts, the edit and report links and the structured data. The layout only renders it.
 */
import type { Certification } from '../catalogue/catalogue';
import { FRESH_CHECK_MONTHS, VERIFICATION_MAX_AGE_MONTHS, verificationOf } from '../catalogue/verification';
import { formatCalendarDate, onCalendarDate, type CalendarDate } from '../values/calendar-date';
import { KIND_NOUNS } from '../values/kinds';
import { retirementDateText } from '../fields/retirement-date';
import { CERT_ATLAS_SNAPSHOT_DATE } from '../catalogue/cert-atlas-records';
import { certificationFacts, type Fact } from './facts';
import { editFileUrl, reportOutdatedUrl, viewFileUrl, type Repository } from './repository-links';
import { absoluteUrl, paths } from './routes';
import { searchRecordOf, type SearchRecord } from './search-record';
import { certificationDates } from './calendar';
import { HOME, type Crumb } from './sections';
import { breadcrumbJsonLd, credentialJsonLd } from './structured-data';
import { capitalise } from '../text/case';
import { correctionsOf } from '../catalogue/corrections';
import { historyView, type HistoryView } from './fact-history';
import { messages, t, tl } from '../../i18n';

const m = messages.certification.notices;

/** A notice above the facts: its text, a link it ends with, and whether it warns of something final. */
export interface Notice {
  text: string;
  final: boolean;
  /** Said after the text, as a link: `… Its successor is <a>AWS Certified …</a>.` */
  link?: { before: string; href: string; text: string; external?: boolean };
}

export interface CertificationPage {
  path: string;
  crumbs: Crumb[];
  /** Said when the certification is retiring or retired. */
  statusNotice?: Notice;
  /** Said when the facts were verified long ago, or never. */
  verificationNotice?: Notice;
  /** Said when the facts were checked recently: on which day, against which official page. */
  checkedNote?: Notice;
  /** Facts of an entry not checked in full that were corrected against an official page, with the page. */
  correctionNotes: Notice[];
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
  /** What changed in its facts, commit by commit, when git knows and something is to be said. */
  history?: HistoryView;
  /** Its calendar file, when it has a retirement date or a last day to book. */
  calendar?: { href: string; title: string };
}

function statusNotice(certification: Certification): Notice | undefined {
  if (certification.status === 'active') return undefined;
  const retired = certification.status === 'retired';
  const { retirementDate, lastBookingDate, succession } = certification;
  const noun = KIND_NOUNS[certification.kind];
  const date = retirementDateText(retirementDate, onCalendarDate);
  const reported = certification.statusSource === 'reported';
  const said = reported
    ? [t(retired ? m.reportedRetired : m.reportedRetiring, { noun, date })]
    : retired
      ? [t(m.retired, { noun, date })]
      : [
          t(m.retiring, { noun, date }),
          ...(lastBookingDate ? [t(m.lastBooking, { date: formatCalendarDate(lastBookingDate) })] : []),
        ];
  const next = succession?.current ?? succession?.successor;
  if (!next) return { text: [...said, m.noSuccessor].join(' '), final: retired };
  return {
    text: said.join(' '),
    final: retired,
    link: {
      before: succession?.current ? m.currentSuccessor : m.successor,
      href: paths.certification(next.slug),
      text: next.title,
    },
  };
}

function verificationNotice(certification: Certification, today: CalendarDate): { notice?: Notice; checked?: Notice } {
  const { lastVerified, verifiedAgainst } = certification;
  const verification = verificationOf(lastVerified, today);
  if (verification.kind === 'recent') {
    const date = formatCalendarDate(verification.date);
    const text =
      certification.checkAge === 'within-6-months'
        ? t(m.checkedRecently, { date, months: FRESH_CHECK_MONTHS })
        : t(m.checkedAWhileAgo, { date, fresh: FRESH_CHECK_MONTHS, months: VERIFICATION_MAX_AGE_MONTHS });
    return {
      checked: {
        text,
        final: false,
        ...(verifiedAgainst?.[0] && {
          link: {
            before: verifiedAgainst.length > 1 ? m.pagesChecked : m.pageChecked,
            href: verifiedAgainst[0],
            text: new URL(verifiedAgainst[0]).hostname,
            external: true,
          },
        }),
      },
    };
  }
  const text =
    verification.kind === 'old'
      ? t(m.checkedLongAgo, { date: formatCalendarDate(verification.date), months: VERIFICATION_MAX_AGE_MONTHS })
      : m.neverChecked;
  return { notice: { text, final: false } };
}

/** "Fee corrected against the official page on …", for each correction an unchecked entry records. */
function correctionNotes(certification: Certification): Notice[] {
  if (certification.lastVerified) return [];
  return correctionsOf(certification.slug).map((correction) => {
    const facts = tl(correction.facts.map((fact) => m.correctedFacts[fact]));
    const date = formatCalendarDate(correction.checked);
    return {
      text: t(m.corrected, { facts: capitalise(facts), date, note: correction.note }),
      final: false,
      link: {
        before: m.correctionPage,
        href: correction.source,
        text: new URL(correction.source).hostname,
        external: true,
      },
    };
  });
}

/** "Facts from …": the page the facts were read on, or the Cert Atlas record in the repository's snapshot. */
function sourceNote(certification: Certification, repository: Repository | undefined) {
  const { source, sourceFile } = certification;
  if (!source) return undefined;
  const words = messages.certification.footer;
  if (source.kind === 'url')
    return { text: t(words.sourcePage, { host: new URL(source.url).hostname }), href: source.url };
  const text = t(words.sourceCertAtlas, {
    date: formatCalendarDate(CERT_ATLAS_SNAPSHOT_DATE),
    record: source.examId,
  });
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
  const verification = verificationNotice(certification, today);
  const history = certification.history && historyView(certification.history, repository);
  return {
    path,
    crumbs,
    ...(status && { statusNotice: status }),
    ...(verification.notice && { verificationNotice: verification.notice }),
    ...(verification.checked && { checkedNote: verification.checked }),
    correctionNotes: correctionNotes(certification),
    facts: certificationFacts(certification),
    ...(repository && {
      editUrl: editFileUrl(repository, certification.filePath),
      reportUrl: reportOutdatedUrl(repository, certification, absoluteUrl(path)),
    }),
    structuredData: [credentialJsonLd(certification, absoluteUrl(path)), breadcrumbJsonLd(crumbs, path)],
    searchRecord: searchRecordOf(certification, nameRank),
    ...(source && { sourceNote: source }),
    ...(history && history.items.length > 0 && { history }),
    ...(certificationDates(certification).length > 0 && {
      calendar: {
        href: paths.certificationCalendar(certification.slug),
        title: t(messages.calendar.name, { title: certification.title }),
      },
    }),
  };
}
