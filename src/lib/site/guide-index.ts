/**
 * The guide's index (`/api/guide-index.json`): every role with a page, its routes as the role page
 * shows them, and each certification on them with the facts the guide ranks by. Internal to the site:
 * its shape follows the guide (src/lib/guide/guide-index.ts).
 */
import { messages } from '../../i18n';
import type { Catalogue, Certification } from '../catalogue/catalogue';
import { pathPlaceOf } from '../catalogue/catalogue';
import type { GuideCertification, GuideIndex } from '../guide/guide-index';
import { rolePages } from './role-paths';
import { paths } from './routes';

function guideCertification(catalogue: Catalogue, certification: Certification): GuideCertification {
  const { slug, title, level, languages, cost, studyHours } = certification;
  return {
    slug,
    title,
    provider: certification.providerLink.name,
    level,
    ...(cost.total && { fee: cost.total }),
    languages,
    ...(studyHours && { studyHours: studyHours.hours }),
    comesAfter: pathPlaceOf(catalogue, slug).comesAfter,
  };
}

/** Made once per catalogue: the guide page and its index file read the same one. */
const indexOf = new WeakMap<Catalogue, GuideIndex>();

export function guideIndex(catalogue: Catalogue): GuideIndex {
  let index = indexOf.get(catalogue);
  if (!index) indexOf.set(catalogue, (index = buildGuideIndex(catalogue)));
  return index;
}

function buildGuideIndex(catalogue: Catalogue): GuideIndex {
  const certifications: GuideIndex['certifications'] = {};
  const roles = rolePages(catalogue)
    .filter((page) => page.count > 0)
    .map(({ role, routes }) => ({
      id: role.id,
      name: role.name,
      href: paths.role(role.id),
      routes: routes.map((route) => {
        for (const step of route.steps) certifications[step.slug] ??= guideCertification(catalogue, step);
        return {
          id: route.id,
          name: route.provider?.name ?? messages.guide.form.neutral,
          href: `${paths.role(role.id)}#route-${route.id}`,
          steps: route.steps.map((step) => step.slug),
        };
      }),
    }));
  const languages = [...new Set(Object.values(certifications).flatMap((entry) => entry.languages))].sort((a, b) =>
    a.localeCompare(b, messages.formats.numbers),
  );
  return { roles, certifications, languages };
}
