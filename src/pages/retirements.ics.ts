import type { APIRoute } from 'astro';
import { getCatalogue } from '../lib/catalogue/queries';
import { catalogueDates, calendarResponse, CALENDAR_PAST_MONTHS } from '../lib/site/calendar';
import { siteConfig } from '../site.config';

/** The catalogue's retirements and last days to book, recent and to come: `/retirements.ics`. */
export const GET: APIRoute = async () =>
  calendarResponse({
    name: 'Cert Compass: retirements and last days to book',
    description:
      'Certifications that retire, and the last days to book their exams, from ' +
      `${CALENDAR_PAST_MONTHS} months ago on. Check the official page before you book.`,
    dates: catalogueDates((await getCatalogue()).certifications, siteConfig.today),
    today: siteConfig.today,
  });
