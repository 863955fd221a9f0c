/**
 * `<my-plan-app>`, the My plan page (MyPlanApp.astro beside it renders the markup and styles what this
 * script draws). It reads the kept plan, or the plan of a share link (`?plan=slug:status[:date],...`,
 * shown read-only until the student keeps it), fetches each certification's API file, and draws the
 * list, what is still ahead, and the buttons that export, share, download the calendar, open compare and
 * clear the plan. Everything from storage or the link is data: only slugs are fetched, and every name is
 * written as text.
 */
import type { ComparedCertification } from '../../lib/compare/compared';
import { compareQuery, MAX_COMPARED } from '../../lib/compare/selection';
import { planCalendarText } from '../../lib/my-plan/calendar';
import { planCsv } from '../../lib/my-plan/csv';
import {
  isPassedDate,
  MAX_PLANNED,
  parsePlanParameter,
  planQuery,
  planWith,
  planWithout,
  PLAN_STATUSES,
  type PlanEntry,
} from '../../lib/my-plan/plan';
import { aheadTotals, expiryOf, inStudyOrder, retirementOf, type Planned } from '../../lib/my-plan/summary';
import { formatCalendarDate, onCalendarDate, todayLocal } from '../../lib/values/calendar-date';
import { formatDuration } from '../../lib/values/duration';
import { convertedText, feeInTwoCurrencies } from '../../lib/values/exchange';
import { formatMoney } from '../../lib/values/money';
import { shownIn } from '../../lib/values/shown-fact';
import { certificationDocuments } from '../../client/certification-documents';
import { copyAddress } from '../../client/clipboard';
import { attachCurrencyPicker } from '../../client/currency';
import { element, required } from '../../client/dom';
import { basePath, certificationPage } from '../../client/site-pages';
import { onPlanChange, readPlan, writePlan } from '../../client/plan-store';
import { t, tp } from '../../i18n/browser';
import { myPlan } from '../../i18n/en/my-plan';
import { planControl } from '../../i18n/en/plan-control';
import { values } from '../../i18n/en/values';

const m = myPlan;

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
}

function fact(term: string, value: string, secondary?: string): HTMLElement[] {
  const data = element('dd', undefined, value);
  if (secondary) data.append(' ', element('span', 'secondary', secondary));
  return [element('dt', undefined, term), data];
}

/** Names from the plan or the link, each quoted, joined by commas. */
const quoted = (names: readonly string[]) => names.map((name) => t(m.notes.quoted, { name })).join(', ');

/** A total as text, naming the certifications whose file does not give that fact. */
const totalText = (total: string, unlisted: readonly string[]) =>
  unlisted.length > 0 ? t(m.totals.notCounting, { total, titles: quoted(unlisted) }) : total;

/** Offers a file the page made as a download. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = element('a');
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers read the file only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The parts of the page the script fills, found once. */
function partsOf(root: HTMLElement) {
  const find = <T extends Element>(selector: string) => required<T>(root, selector, 'The My plan page');
  return {
    app: find<HTMLElement>('[data-my-plan-app]'),
    staticText: find<HTMLElement>('[data-my-plan-static]'),
    shared: find<HTMLElement>('[data-shared]'),
    replaces: find<HTMLElement>('[data-replaces]'),
    keep: find<HTMLButtonElement>('[data-keep]'),
    notes: find<HTMLElement>('[data-notes]'),
    status: find<HTMLElement>('[data-status]'),
    empty: find<HTMLElement>('[data-empty]'),
    emptyHeading: find<HTMLElement>('#empty-heading'),
    filled: find<HTMLElement>('[data-filled]'),
    listHeading: find<HTMLElement>('#plan-list-heading'),
    list: find<HTMLOListElement>('[data-list]'),
    counts: find<HTMLElement>('[data-counts]'),
    totals: find<HTMLDListElement>('[data-totals]'),
    csv: find<HTMLButtonElement>('[data-csv]'),
    calendar: find<HTMLButtonElement>('[data-calendar]'),
    copy: find<HTMLButtonElement>('[data-copy]'),
    openCompare: find<HTMLAnchorElement>('[data-open-compare]'),
    clear: find<HTMLButtonElement>('[data-clear]'),
  };
}

type Parts = ReturnType<typeof partsOf>;

/** What the page shows: a plan, where it came from, and what became of each of its certifications. */
interface Shown {
  plan: PlanEntry[];
  /** From a share link: read-only until kept. */
  shared: boolean;
  found: Map<string, ComparedCertification>;
  /** Slugs with no API file: not (or no longer) in the catalogue. */
  unknown: string[];
  /** A link's items that are not an entry, and its entries past the most a plan holds. */
  unread: string[];
  dropped: string[];
}

/** What a student changes in an item, handed back to the page. */
interface Edits {
  keep: (entry: PlanEntry) => void;
  remove: (title: string, slug: string) => void;
  say: (text: string) => void;
  /** The student is in a date field (true), or left it: the list stays as it is meanwhile, then is drawn again. */
  inDate: (inside: boolean) => void;
}

/** Retiring or retired, and when; a passed one's lapse: a flag under the item, in words. */
function flags(item: Planned, today: string): HTMLElement[] {
  const { entry, certification } = item;
  const lines: string[] = [];
  const retirement = retirementOf(certification);
  if (retirement) {
    const when = retirement.date ? ` ${onCalendarDate(retirement.date)}` : '';
    lines.push(t(retirement.status === 'retired' ? m.list.retired : m.list.retiring, { when }));
    if (retirement.lastBookingDate && retirement.status === 'retiring')
      lines.push(t(m.list.lastBooking, { date: formatCalendarDate(retirement.lastBookingDate) }));
  }
  if (entry.status === 'passed') {
    const expiry = expiryOf(certification, entry.passedOn, today);
    if (expiry.kind === 'on' && expiry.past) lines.push(t(m.list.expired, { date: formatCalendarDate(expiry.date) }));
  }
  return lines.map((line) => element('p', 'my-plan-flag', line));
}

/** The status choice, the day passed and the remove button of an item of the student's own plan. */
function controls(item: Planned, index: number, today: string, edits: Edits): HTMLElement {
  const { entry, certification } = item;
  const { slug, title } = certification;
  const box = element('div', 'my-plan-controls');

  const statusLabel = element('label', undefined, m.list.status);
  const select = element('select', 'input');
  select.id = `plan-status-${index}`;
  select.dataset.control = 'status';
  select.setAttribute('aria-label', t(m.list.statusLabel, { title }));
  statusLabel.htmlFor = select.id;
  for (const status of PLAN_STATUSES) {
    const option = element('option', undefined, planControl.statuses[status]);
    option.value = status;
    select.append(option);
  }
  select.value = entry.status;
  select.addEventListener('change', () => {
    const chosen = PLAN_STATUSES.find((status) => status === select.value) ?? 'planning';
    edits.keep(chosen === 'passed' ? { slug, status: chosen, passedOn: today } : { slug, status: chosen });
    edits.say(t(planControl.marked, { title, status: planControl.statuses[chosen] }));
  });
  statusLabel.append(select);
  box.append(statusLabel);

  if (entry.status === 'passed') {
    const dateLabel = element('label', undefined, m.list.passedOn);
    const date = element('input', 'input');
    date.type = 'date';
    date.id = `plan-passed-${index}`;
    date.dataset.control = 'date';
    date.max = today;
    date.value = entry.passedOn;
    date.setAttribute('aria-label', t(m.list.passedOnLabel, { title }));
    date.addEventListener('change', () => {
      if (!isPassedDate(date.value, today)) {
        edits.say(planControl.badDate);
        return;
      }
      edits.keep({ slug, status: 'passed', passedOn: date.value });
      edits.say(t(planControl.passedOnSaved, { date: formatCalendarDate(date.value) }));
    });
    date.addEventListener('focus', () => edits.inDate(true));
    date.addEventListener('blur', () => edits.inDate(false));
    dateLabel.append(date);
    box.append(dateLabel);
  }

  const remove = element('button', 'my-plan-remove', m.list.remove);
  remove.type = 'button';
  remove.dataset.control = 'remove';
  remove.setAttribute('aria-label', t(m.list.removeLabel, { title }));
  remove.addEventListener('click', () => edits.remove(title, slug));
  box.append(remove);
  return box;
}

/** One certification of the plan: its name, its status (to change, in the student's own plan), its facts. */
function drawItem(item: Planned, index: number, currency: string, today: string, edits?: Edits): HTMLLIElement {
  const { entry, certification } = item;
  const entryItem = element('li', 'my-plan-item');
  entryItem.dataset.slug = certification.slug;
  const heading = element('h3');
  heading.append(link(certificationPage(certification.slug), certification.title));
  const byline = element('p', 'byline', t(m.list.byProvider, { provider: certification.provider.name }));
  entryItem.append(heading, byline);
  if (edits) entryItem.append(controls(item, index, today, edits));

  const facts = element('dl', 'plan-facts');
  if (!edits) facts.append(...fact(m.list.status, planControl.statuses[entry.status]));
  facts.append(...fact(m.list.level, certification.level));
  const known = (id: string) => certification.facts?.find((candidate) => candidate.id === id);
  if (entry.status === 'passed') {
    if (!edits) facts.append(...fact(m.list.passedOn, formatCalendarDate(entry.passedOn)));
    const expiry = expiryOf(certification, entry.passedOn, today);
    const expires =
      expiry.kind === 'on'
        ? formatCalendarDate(expiry.date)
        : expiry.kind === 'lifetime'
          ? m.list.lifetime
          : m.list.validityNotListed;
    facts.append(...fact(m.list.expires, expires));
    const renewalFee = certification.renewalFee && feeInTwoCurrencies(certification.renewalFee, currency);
    facts.append(...fact(m.list.renewalFee, renewalFee?.official ?? values.notListed, renewalFee?.second?.text));
  } else {
    // What earning it costs, as its page's facts panel says it: the total when a course adds to the fee.
    const cost = known('totalCost') ?? known('fee');
    const fee = cost && shownIn(cost, currency);
    facts.append(
      ...fact(cost?.term ?? m.list.fee, fee?.text ?? values.notListed, fee?.secondary),
      ...fact(known('duration')?.term ?? m.list.duration, known('duration')?.text ?? values.notListed),
    );
  }
  entryItem.append(facts, ...flags(item, today));
  return entryItem;
}

/** What the planning and preparing certifications still cost and take. */
function drawTotals(parts: Parts, planned: readonly Planned[], currency: string): void {
  const passed = planned.filter((item) => item.entry.status === 'passed').length;
  const ahead = planned.length - passed;
  parts.counts.textContent = ahead > 0 ? t(m.totals.counts, { ahead, passed }) : m.totals.nothingAhead;
  parts.totals.hidden = ahead === 0;
  const totals = aheadTotals(planned, currency);
  parts.totals.replaceChildren(
    ...fact(
      m.totals.fees,
      totalText(formatMoney(totals.feesInUsd.value), totals.feesInUsd.unlisted),
      totals.feesIn && convertedText(totals.feesIn),
    ),
    ...fact(m.totals.time, totalText(formatDuration(totals.minutes.value), totals.minutes.unlisted)),
  );
}

/** Notes on what cannot be shown: unknown certifications (removable from one's own plan), a link's bad items. */
function drawNotes(parts: Parts, shown: Shown, removeUnknown: () => void): void {
  const notes: HTMLElement[] = [];
  if (shown.unread.length > 0) notes.push(element('p', undefined, t(m.notes.unread, { names: quoted(shown.unread) })));
  if (shown.dropped.length > 0) {
    const names = quoted(shown.dropped);
    notes.push(element('p', undefined, tp(m.notes.dropped, shown.dropped.length, { max: MAX_PLANNED, names })));
  }
  if (shown.unknown.length > 0) {
    const note = element('p', undefined, tp(m.notes.unknown, shown.unknown.length, { names: quoted(shown.unknown) }));
    if (!shown.shared) {
      const remove = element('button', undefined, m.notes.removeUnknown);
      remove.type = 'button';
      remove.addEventListener('click', removeUnknown);
      note.append(remove);
    }
    notes.push(note);
  }
  parts.notes.replaceChildren(...notes);
}

async function start(root: HTMLElement): Promise<void> {
  const parts = partsOf(root);
  const host = root.dataset.host ?? window.location.hostname;
  const fetchDocument = certificationDocuments(basePath());
  let shown: Shown = { plan: [], shared: false, found: new Map(), unknown: [], unread: [], dropped: [] };
  let currency = attachCurrencyPicker(root, (chosen) => {
    currency = chosen;
    draw();
  });

  const planned = (): Planned[] =>
    shown.plan.flatMap((entry) => {
      const certification = shown.found.get(entry.slug);
      return certification ? [{ entry, certification }] : [];
    });
  const say = (text: string) => (parts.status.textContent = text);
  // While the student types a date, each valid date on the way is kept at once; a new field would lose the
  // digits typed, and Chromium moves the focus to the body for a moment between the day, month and year.
  let inDate = false;
  const edits: Edits = {
    keep: (entry) => {
      const { plan, full } = planWith(readPlan(), entry);
      if (full) say(t(planControl.full, { max: MAX_PLANNED }));
      else writePlan(plan);
    },
    remove: (title, slug) => {
      writePlan(planWithout(readPlan(), slug));
      say(t(m.list.removed, { title }));
    },
    say,
    inDate: (inside) => {
      inDate = inside;
      // Once the focus has moved on, so that the list drawn again gives it back where it went.
      if (!inside) setTimeout(draw);
    },
  };

  /** Draws the page again, the focus kept on the same control of the same certification. */
  const draw = () => {
    const active = document.activeElement as HTMLElement | null;
    const focused = parts.list.contains(active)
      ? { slug: active?.closest<HTMLElement>('[data-slug]')?.dataset.slug, control: active?.dataset.control }
      : undefined;
    const wasInside = parts.filled.contains(active);
    const items = planned();
    const today = todayLocal();
    parts.shared.hidden = !shown.shared;
    if (shown.shared) {
      const kept = readPlan().length;
      parts.replaces.textContent = kept > 0 ? tp(m.shared.replaces, kept) : '';
      parts.keep.hidden = items.length === 0;
    }
    drawNotes(parts, shown, () => {
      writePlan(readPlan().filter((entry) => !shown.unknown.includes(entry.slug)));
      // The button goes with its note: the focus goes to what the page shows next.
      void load().then(() => (planned().length > 0 ? parts.listHeading : parts.emptyHeading).focus());
    });
    parts.empty.hidden = items.length > 0 || shown.shared;
    parts.filled.hidden = items.length === 0;
    if (items.length === 0) {
      // The control that had the focus is gone (the plan was cleared, or its last one removed).
      if (wasInside) parts.emptyHeading.focus();
      return;
    }
    const ordered = inStudyOrder(items);
    // A date field keeps its place while the student types in it; the list is drawn again when they leave it.
    if (!inDate) {
      parts.list.replaceChildren(
        ...ordered.map((item, index) => drawItem(item, index, currency, today, shown.shared ? undefined : edits)),
      );
    }
    drawTotals(parts, items, currency);
    parts.clear.hidden = shown.shared;
    const compared = ordered.slice(0, MAX_COMPARED).map((item) => item.certification.slug);
    parts.openCompare.href = `${basePath()}compare/${compareQuery(compared, 'plan')}`;
    parts.openCompare.textContent =
      ordered.length > MAX_COMPARED ? t(m.actions.compareFirst, { max: MAX_COMPARED }) : m.actions.compare;
    if (focused && !inDate) {
      const again = parts.list.querySelector<HTMLElement>(
        `[data-slug="${CSS.escape(focused.slug ?? '')}"] [data-control="${CSS.escape(focused.control ?? '')}"]`,
      );
      (again ?? parts.listHeading).focus();
    }
  };

  const load = async () => {
    const today = todayLocal();
    const parameter = new URLSearchParams(window.location.search).get('plan');
    const link = parameter === null ? undefined : parsePlanParameter(parameter, today);
    const plan = link ? link.plan : readPlan();
    const answers = await Promise.all(plan.map((entry) => fetchDocument(entry.slug)));
    const found = new Map<string, ComparedCertification>();
    plan.forEach((entry, index) => {
      const answer = answers[index];
      if (answer) found.set(entry.slug, answer);
    });
    shown = {
      plan,
      shared: link !== undefined,
      found,
      unknown: plan.filter((entry) => !found.has(entry.slug)).map((entry) => entry.slug),
      unread: link?.unread ?? [],
      dropped: link?.dropped ?? [],
    };
    draw();
  };

  parts.keep.addEventListener('click', () => {
    writePlan(planned().map((item) => item.entry));
    window.history.replaceState(null, '', window.location.pathname);
    void load().then(() => {
      say(m.shared.kept);
      parts.listHeading.focus();
    });
  });
  parts.clear.addEventListener('click', () => {
    writePlan([]);
    say(m.actions.cleared);
  });
  parts.csv.addEventListener('click', () => {
    const name = 'my-plan.csv';
    download(
      name,
      'text/csv;charset=utf-8',
      planCsv(shown.plan, (slug) => shown.found.get(slug), todayLocal()),
    );
    say(t(m.actions.downloaded, { file: name }));
  });
  parts.calendar.addEventListener('click', () => {
    const name = 'my-plan.ics';
    download(name, 'text/calendar;charset=utf-8', planCalendarText(planned(), todayLocal(), host));
    say(t(m.actions.downloaded, { file: name }));
  });
  parts.copy.addEventListener('click', () => {
    const query = planQuery(planned().map((item) => item.entry));
    const address = `${window.location.origin}${window.location.pathname}${query}`;
    void copyAddress(parts.copy, address, { copied: m.actions.copied, idle: m.actions.copy }).then((copied) => {
      if (copied) say(m.actions.copiedStatus);
      else parts.notes.append(element('p', undefined, t(m.actions.failed, { address })));
    });
  });
  // The student's own plan changed (here, or in another tab): draw it again. A shared plan stays as shared.
  onPlanChange(() => {
    if (!shown.shared) void load();
    else draw();
  });
  window.addEventListener('popstate', () => void load());

  parts.staticText.hidden = true;
  parts.app.hidden = false;
  await load();
}

/** The element: starts the page once it is in the document. */
class MyPlanApp extends HTMLElement {
  connectedCallback(): void {
    void start(this);
  }
}

customElements.define('my-plan-app', MyPlanApp);
