/**
 * What each share image shows: one card per certification, category, provider and level page, and
 * one for the home page (which the site's other pages share). Pure: the catalogue in, cards out.
 */
import type { Role } from '../catalogue/roles';
import { rolePages } from './role-paths';
import { messages, t } from '../../i18n';
import type { Catalogue, Certification, LevelGroup, TermGroup } from '../catalogue/catalogue';
import { levelsWithCertifications } from '../catalogue/listings';
import { siteConfig } from '../../site.config';
import { cardFacts } from './facts';
import { paths, shareImageId } from './routes';
import type { Level } from '../fields/level';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** What one image shows. */
export interface ShareCard {
  /** What the page is: `Certification`, `Category`...; none on the home page. */
  kind?: string;
  title: string;
  /** The provider of a certification. */
  byline?: string;
  level?: Level;
  /** Up to three facts as tiles: fee, duration, validity, or counts. */
  facts: { label: string; value: string }[];
  siteName: string;
}

/** The image's text alternative (`og:image:alt`): everything it shows, in reading order. */
export function shareImageAlt(card: ShareCard): string {
  const { alt } = messages.pages.shareImages;
  const who = [card.byline && t(alt.byline, { byline: card.byline }), card.level].filter(Boolean).join(', ');
  const facts = card.facts.map(({ label, value }) => t(alt.fact, { label, value })).join(', ');
  return `${card.title}${who ? `, ${who}` : ''}. ${facts}. ${card.siteName}`;
}

/** One image: its name below `og/` (routes.ts `shareImageId`) and what it shows. */
export interface ShareImage {
  id: string;
  card: ShareCard;
}

/** What a page's `og:image` tags say. */
export interface ShareImageLink {
  src: string;
  alt: string;
}

const siteName = siteConfig.title;
const words = messages.pages.shareImages;
const listingTitle = (name: string) => t(messages.pages.listing.heading, { name });

function listingCard(kind: string, title: string, certifications: readonly Certification[]): ShareCard {
  const providers = new Set(certifications.map((certification) => certification.providerLink.slug)).size;
  const free = certifications.filter((certification) => certification.fee?.kind === 'free').length;
  return {
    kind,
    title,
    facts: [
      { label: words.listing.certifications, value: String(certifications.length) },
      { label: words.listing.providers, value: String(providers) },
      { label: words.listing.freeExams, value: String(free) },
    ],
    siteName,
  };
}

export const shareImages = {
  /** The site's image, which every page without one of its own shows: the same whatever the catalogue holds. */
  home: (): ShareImage => ({
    id: shareImageId('home'),
    card: {
      title: words.home.title,
      facts: [
        { label: words.home.compare, value: words.home.fees },
        { label: words.home.weigh, value: words.home.examFormat },
        { label: words.home.plan, value: words.home.path },
      ],
      siteName,
    },
  }),
  certification: (certification: Certification): ShareImage => ({
    id: shareImageId('certifications', certification.slug),
    card: {
      kind: words.kinds.certification,
      title: certification.title,
      byline: certification.providerLink.name,
      level: certification.level,
      facts: cardFacts(certification).map((fact) => ({ label: fact.term, value: fact.text })),
      siteName,
    },
  }),
  category: (category: TermGroup): ShareImage => ({
    id: shareImageId('categories', category.slug),
    card: listingCard(words.kinds.category, listingTitle(category.name), category.certifications),
  }),
  provider: (provider: TermGroup): ShareImage => ({
    id: shareImageId('providers', provider.slug),
    card: listingCard(words.kinds.provider, listingTitle(provider.name), provider.certifications),
  }),
  level: (level: LevelGroup): ShareImage => ({
    id: shareImageId('levels', level.slug),
    card: listingCard(words.kinds.level, listingTitle(level.level), level.certifications),
  }),
  role: (role: Role, certifications: readonly Certification[]): ShareImage => ({
    id: shareImageId('roles', role.id),
    card: listingCard(words.kinds.role, role.name, certifications),
  }),
};

/** Every share image of the site. */
export function allShareImages(catalogue: Catalogue): ShareImage[] {
  return [
    shareImages.home(),
    ...catalogue.certifications.map(shareImages.certification),
    ...catalogue.categories.map(shareImages.category),
    ...catalogue.providers.map(shareImages.provider),
    ...levelsWithCertifications(catalogue.levels).map(shareImages.level),
    ...rolePages(catalogue)
      .filter((page) => page.count > 0)
      .map((page) => shareImages.role(page.role, page.certifications)),
  ];
}

/** The `og:image` of a page. */
export function shareImageLink({ id, card }: ShareImage): ShareImageLink {
  return { src: paths.shareImage(id), alt: shareImageAlt(card) };
}
