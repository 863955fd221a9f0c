/**
 * What the guide page receives (`/api/guide-index.json`, written by src/lib/site/guide-index.ts): each
 * role with its routes, and the current certifications on them with the typed facts the ranking weighs
 * and the reasons quote. Safe in the browser.
 */
import type { Level } from '../values/levels';
import type { Fee } from '../values/money';

export interface GuideCertification {
  slug: string;
  title: string;
  provider: string;
  level: Level;
  /** What earning it costs in all (every exam, a required course); none when a part has no fixed price. */
  fee?: Fee;
  /** The exam languages its file lists (none: not listed). */
  languages: string[];
  /** The preparation hours its provider states. */
  studyHours?: number;
  /** The slugs of what comes before it on its provider's path, however far back. */
  comesAfter: string[];
}

export interface GuideRoute {
  /** A provider's slug, or `vendor-neutral`. */
  id: string;
  /** The provider's name, or "Vendor-neutral". */
  name: string;
  /** The route on its role page. */
  href: string;
  /** Its certifications' slugs, in study order. */
  steps: string[];
}

export interface GuideRole {
  id: string;
  name: string;
  href: string;
  routes: GuideRoute[];
}

export interface GuideIndex {
  roles: GuideRole[];
  certifications: Record<string, GuideCertification>;
  /** Every exam language the certifications list, sorted. */
  languages: string[];
}
