import type { APIRoute } from 'astro';
import { messages, t } from '../i18n';
import { getCatalogue } from '../lib/catalogue/queries';
import { catalogueDates, calendarResponse, CALENDAR_PAST_MONTHS } from '../lib/site/calendar';
import { siteConfig } from '../site.config';

/** The catalogue's retirements and last days to book, recent and to come: `/retirements.ics`. */
export const GET: APIRoute = async () =>
  calendarResponse({
    name: t(messages.pages.feeds.retirements.title, { site: siteConfig.title }),
    description: t(messages.pages.feeds.retirements.description, { months: CALENDAR_PAST_MONTHS }),
    dates: catalogueDates((await getCatalogue()).certifications, siteConfig.today),
    today: siteConfig.today,
  });
