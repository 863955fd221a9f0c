import type { APIRoute, GetStaticPaths } from 'astro';
import type { Certification } from '../../lib/catalogue/catalogue';
import { getCatalogue } from '../../lib/catalogue/queries';
import { calendarResponse, certificationDates } from '../../lib/site/calendar';
import { siteConfig } from '../../site.config';
import { messages, t } from '../../i18n';

const m = messages.calendar;

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
    name: t(m.name, { title: certification.title }),
    description: t(m.description, { title: certification.title, provider: certification.providerLink.name }),
    dates: certificationDates(certification),
    today: siteConfig.today,
  });
