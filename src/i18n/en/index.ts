/** The English catalogue: the reference every other language is typed against (see ../messages.ts). */
import { browse } from './browse';
import { calendar } from './calendar';
import { certification } from './certification';
import { common } from './common';
import { compare } from './compare';
import { compareTray } from './compare-tray';
import { formats } from './formats';
import { guide } from './guide';
import { myPlan } from './my-plan';
import { pages } from './pages';
import { planControl } from './plan-control';
import { search } from './search';
import { site } from './site';
import { values } from './values';

export const en = {
  formats,
  common,
  values,
  certification,
  calendar,
  site,
  pages,
  browse,
  compare,
  compareTray,
  guide,
  planControl,
  myPlan,
  search,
} as const;
