import type { APIRoute, GetStaticPaths } from 'astro';
import type { Certification } from '../../lib/catalogue/catalogue';
import { getCatalogue } from '../../lib/catalogue/queries';
import { calendarResponse, certificationDates } from '../../lib/site/calendar';
import { siteConfig } from '../../site.config';

/** A certification's retirement and last day to book: `/<slug>/dates.ics`, for each that has one. */
export const getStaticPaths = (async () =>
  (await getCatalogue()).certifications
    .filter((certification) => certificationDates(certification).length > 0)
    .map((certification) => ({
      params: { slug: certification.slug },
      props: { certification },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ certification: Certification }> = ({ props: { certification } }) =>
  calendarResponse({
    name: `${certification.title}: dates`,
    description:
      `When ${certification.title} (${certification.providerLink.name}) retires, ` +
      'and the last day to book its exam.',
    dates: certificationDates(certification),
    today: siteConfig.today,
  });
