/**
 * A certification's card, computed once by the build: listing pages render it, and the browse index
 * carries the same view to the browser, which draws its result cards from it without formatting,
 * labelling or pluralising anything itself.
 */
import type { Certification } from '../catalogue/catalogue';
import { checkAgeText } from '../catalogue/verification';
import { levelSlug } from '../fields/level';
import { formatStatus } from '../values/status';
import { formatKind } from '../values/kinds';
import type { CardView } from '../values/shown-fact';
import { cardFacts } from './facts';
import { paths } from './routes';

export function cardView(certification: Certification): CardView {
  return {
    slug: certification.slug,
    url: paths.certification(certification.slug),
    title: certification.title,
    provider: certification.providerLink.name,
    level: certification.level,
    levelSlug: levelSlug(certification.level),
    ...(certification.status !== 'active' && { status: formatStatus(certification.status) }),
    ...(certification.kind !== 'certification' && { kind: formatKind(certification.kind) }),
    facts: cardFacts(certification),
    checked: checkAgeText(certification),
  };
}
