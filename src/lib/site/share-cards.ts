/**
 * What each share image shows: one card per certification, category, provider and level page, and
 * one for the home page (which the site's other pages share). Pure: the catalogue in, cards out.
 */
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
  const who = [card.byline && `by ${card.byline}`, card.level].filter(Boolean).join(', ');
  const facts = card.facts.map(({ label, value }) => `${label}: ${value}`).join(', ');
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

function listingCard(kind: string, title: string, certifications: readonly Certification[]): ShareCard {
  const providers = new Set(certifications.map((certification) => certification.providerLink.slug)).size;
  const free = certifications.filter((certification) => certification.fee?.kind === 'free').length;
  return {
    kind,
    title,
    facts: [
      { label: 'Certifications', value: String(certifications.length) },
      { label: 'Providers', value: String(providers) },
      { label: 'Free exams', value: String(free) },
    ],
    siteName,
  };
}

export const shareImages = {
  /** The site's image, which every page without one of its own shows: the same whatever the catalogue holds. */
  home: (): ShareImage => ({
    id: shareImageId('home'),
    card: {
      title: 'Find the professional certification that fits you',
      facts: [
        { label: 'Compare', value: 'Fees' },
        { label: 'Weigh', value: 'Exam format' },
        { label: 'Plan', value: 'A path' },
      ],
      siteName,
    },
  }),
  certification: (certification: Certification): ShareImage => ({
    id: shareImageId('certifications', certification.slug),
    card: {
      kind: 'Certification',
      title: certification.title,
      byline: certification.providerLink.name,
      level: certification.level,
      facts: cardFacts(certification).map((fact) => ({ label: fact.term, value: fact.text })),
      siteName,
    },
  }),
  category: (category: TermGroup): ShareImage => ({
    id: shareImageId('categories', category.slug),
    card: listingCard('Category', `${category.name} certifications`, category.certifications),
  }),
  provider: (provider: TermGroup): ShareImage => ({
    id: shareImageId('providers', provider.slug),
    card: listingCard('Provider', `${provider.name} certifications`, provider.certifications),
  }),
  level: (level: LevelGroup): ShareImage => ({
    id: shareImageId('levels', level.slug),
    card: listingCard('Level', `${level.level} certifications`, level.certifications),
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
  ];
}

/** The `og:image` of a page. */
export function shareImageLink({ id, card }: ShareImage): ShareImageLink {
  return { src: paths.shareImage(id), alt: shareImageAlt(card) };
}
