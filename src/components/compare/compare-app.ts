/**
 * `<compare-app>`, the compare page's table and plan (CompareApp.astro beside it renders the markup and
 * styles what this script draws). It reads the certifications named in the URL (`?ids=a,b,c`, else the kept
 * selection), fetches each one's API file, and draws the comparison table or the plan
 * (`&view=plan`). Ids from the URL or storage are data: only slugs are fetched, and every name is
 * written as text. The URL, the selection and the page agree after every change.
 */
import { formatDuration } from '../../lib/values/duration';
import { convertedText } from '../../lib/values/exchange';
import { shownIn } from '../../lib/values/shown-fact';
import { values } from '../../i18n/en/values';
import { formatFee, formatMoney } from '../../lib/values/money';
import type { ComparedCertification } from '../../lib/compare/compared';
import { planOrder, planTotals, renewalsDue, RENEWAL_HORIZON_YEARS } from '../../lib/compare/plan';
import { compareQuery, MAX_COMPARED, parseIds, type RequestedIds } from '../../lib/compare/selection';
import { compareRows } from '../../lib/compare/table';
import { readSelection, writeSelection } from '../../client/compare-store';
import { certificationDocuments } from '../../client/certification-documents';
import { copyAddress } from '../../client/clipboard';
import { attachCurrencyPicker } from '../../client/currency';
import { element, required } from '../../client/dom';
import { basePath, certificationPage } from '../../client/site-pages';
import { t, tl, tp } from '../../i18n/browser';
import { compare } from '../../i18n/en/compare';
import { compareTray } from '../../i18n/en/compare-tray';

type View = 'table' | 'plan';
type Words = typeof compare;

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
}

/** Names from the link or the files, each quoted, joined by commas. */
const quoted = (m: Words, names: readonly string[]) => names.map((name) => t(m.notes.quoted, { name })).join(', ');

/** The parts of the page the script fills, found once. */
function partsOf(root: HTMLElement) {
  const find = <T extends Element>(selector: string) => required<T>(root, selector, 'The compare page');
  return {
    app: find<HTMLElement>('[data-compare-app]'),
    staticText: find<HTMLElement>('[data-compare-static]'),
    views: [...root.querySelectorAll<HTMLButtonElement>('button[data-view]')],
    onlyDifferences: find<HTMLInputElement>('[data-only-differences]'),
    tableOnly: find<HTMLElement>('[data-table-only]'),
    copy: find<HTMLButtonElement>('[data-copy]'),
    notes: find<HTMLElement>('[data-notes]'),
    status: find<HTMLElement>('[data-status]'),
    empty: find<HTMLElement>('[data-empty]'),
    tableView: find<HTMLElement>('[data-table-view]'),
    table: find<HTMLTableElement>('[data-table]'),
    planView: find<HTMLElement>('[data-plan-view]'),
    plan: find<HTMLOListElement>('[data-plan]'),
    totals: find<HTMLDListElement>('[data-totals]'),
    renewals: find<HTMLElement>('[data-renewals]'),
  };
}

type Parts = ReturnType<typeof partsOf>;

/** What the URL asks for: its ids (else the kept selection) and its view. */
function fromUrl(): { requested: RequestedIds; view: View; fromLink: boolean } {
  const parameters = new URLSearchParams(window.location.search);
  const ids = parameters.get('ids');
  const view: View = parameters.get('view') === 'plan' ? 'plan' : 'table';
  if (ids !== null) return { requested: parseIds(ids), view, fromLink: true };
  const kept = readSelection().map((item) => item.slug);
  return { requested: { slugs: kept, invalid: [], dropped: [] }, view, fromLink: false };
}

function showNotes(
  parts: Parts,
  m: Words,
  unknown: readonly string[],
  dropped: readonly string[],
  count: number,
): void {
  const notes: string[] = [];
  if (unknown.length > 0) {
    notes.push(t(m.notes.unknown, { names: quoted(m, unknown) }) + (count > 0 ? m.notes.othersCompared : ''));
  }
  if (dropped.length > 0) {
    notes.push(tp(m.notes.dropped, dropped.length, { max: MAX_COMPARED, names: quoted(m, dropped) }));
  }
  if (count === 1) notes.push(m.notes.addAnother);
  parts.notes.replaceChildren(...notes.map((note) => element('p', undefined, note)));
}

/** The table: a header row of certifications (each with a remove button), then one row per fact. */
function drawTable(
  parts: Parts,
  m: Words,
  columns: readonly ComparedCertification[],
  currency: string,
  remove: (slug: string) => void,
): void {
  const caption = element('caption', 'visually-hidden', t(m.table.caption, { count: columns.length }));
  const head = element('thead');
  const headRow = element('tr');
  headRow.append(element('th', 'fact-name', m.table.certification));
  headRow.firstElementChild?.setAttribute('scope', 'col');
  for (const column of columns) {
    const header = element('th');
    header.scope = 'col';
    const button = element('button', 'remove-column', m.table.remove);
    button.type = 'button';
    button.setAttribute('aria-label', t(m.table.removeLabel, { title: column.title }));
    button.addEventListener('click', () => remove(column.slug));
    header.append(link(certificationPage(column.slug), column.title), button);
    const retired = retiredNote(m, column);
    if (retired) header.append(retired);
    headRow.append(header);
  }
  head.append(headRow);
  const body = element('tbody');
  for (const row of compareRows(columns, currency, m.table.rows)) {
    const tableRow = element('tr');
    tableRow.dataset.row = row.id;
    if (row.differs) tableRow.classList.add('differs');
    const name = element('th', 'fact-name', row.label);
    name.scope = 'row';
    if (row.differs) name.append(element('span', 'differs-mark', m.table.differs));
    tableRow.append(name);
    for (const cell of row.cells) {
      const data = element('td');
      if (cell.missing) data.classList.add('missing');
      if (cell.href) data.append(link(cell.href, cell.text));
      else data.append(cell.text);
      if (cell.secondary) data.append(' ', element('span', 'secondary', cell.secondary));
      tableRow.append(data);
    }
    body.append(tableRow);
  }
  parts.table.replaceChildren(caption, head, body);
}

/**
 * Says that a retired certification cannot be earned any more, and what to take instead; nothing for a
 * current one.
 */
function retiredNote(m: Words, certification: ComparedCertification): HTMLElement | undefined {
  if (certification.status !== 'retired') return undefined;
  const note = element('p', 'retired-note', m.retired.note);
  const successor = certification.replacedBy;
  if (successor) {
    note.append(
      m.retired.successor.before,
      link(certificationPage(successor.slug), successor.title),
      m.retired.successor.after,
    );
  }
  return note;
}

function fact(term: string, value: string, secondary?: string): HTMLElement[] {
  const data = element('dd', undefined, value);
  if (secondary) data.append(' ', element('span', 'secondary', secondary));
  return [element('dt', undefined, term), data];
}

/** A total as text, naming the certifications whose file does not give that fact. */
function totalText(m: Words, total: string, unlisted: readonly string[]): string {
  return unlisted.length > 0 ? t(m.plan.totals.notCounting, { total, titles: quoted(m, unlisted) }) : total;
}

/** The plan: the certifications in order, the totals, and the renewals due within three years. */
function drawPlan(parts: Parts, m: Words, columns: readonly ComparedCertification[], currency: string): void {
  const ordered = planOrder(columns);
  parts.plan.replaceChildren(
    ...ordered.map((certification, index) => {
      const item = element('li', 'plan-step');
      const heading = element('h3');
      heading.append(link(certificationPage(certification.slug), certification.title));
      const facts = element('dl', 'plan-facts');
      // What earning it costs, as its page's facts panel says it: the total when a course adds to the fee.
      const known = (id: string) => certification.facts?.find((candidate) => candidate.id === id);
      const cost = known('totalCost') ?? known('fee');
      const fee = cost && shownIn(cost, currency);
      facts.append(
        ...fact(m.plan.level, certification.level),
        ...fact(cost?.term ?? m.plan.fee, fee?.text ?? values.notListed, fee?.secondary),
        // The facts panel's own label and words for the exam time (Duration, or Duration, all exams).
        ...fact(known('duration')?.term ?? m.plan.duration, known('duration')?.text ?? values.notListed),
      );

      const earlier = ordered.slice(0, index).filter((other) => certification.comesAfter?.includes(other.slug));
      item.append(heading, facts);
      const retired = retiredNote(m, certification);
      if (retired) item.append(retired);
      if (earlier.length > 0) {
        const titles = tl(earlier.map((other) => other.title));
        item.append(element('p', 'muted', t(m.plan.buildsOn, { titles })));
      }
      return item;
    }),
  );
  const totals = planTotals(columns, currency);
  const labels = m.plan.totals;
  parts.totals.replaceChildren(
    ...fact(
      labels.fees,
      totalText(m, formatMoney(totals.feesInUsd.value), totals.feesInUsd.unlisted),
      totals.feesIn && convertedText(totals.feesIn),
    ),
    ...fact(labels.time, totalText(m, formatDuration(totals.minutes.value), totals.minutes.unlisted)),
    ...fact(labels.questions, totalText(m, String(totals.questions.value), totals.questions.unlisted)),
  );
  const due = renewalsDue(columns);
  const renewals = m.plan.renewals;
  if (due.length === 0) {
    parts.renewals.replaceChildren(element('p', undefined, t(renewals.none, { years: RENEWAL_HORIZON_YEARS })));
    return;
  }
  const list = element('ul', 'renewals');
  for (const renewal of due) {
    const after =
      renewal.afterMonths % 12 === 0
        ? tp(values.validity.years, renewal.afterMonths / 12)
        : tp(values.validity.months, renewal.afterMonths);
    const cost = renewal.renewalFee ? t(renewals.fee, { fee: formatFee(renewal.renewalFee) }) : '';
    // What the file says of renewing, as its editor wrote it.
    const how = renewal.renewal ? ` ${renewal.renewal}` : '';
    list.append(element('li', undefined, `${t(renewals.due, { title: renewal.title, after })}${cost}${how}`));
  }
  parts.renewals.replaceChildren(list);
}

async function start(root: HTMLElement): Promise<void> {
  const parts = partsOf(root);
  const m = compare;
  const base = basePath();
  const fetchDocument = certificationDocuments(base);
  let columns: ComparedCertification[] = [];
  let view: View = 'table';
  let currency = attachCurrencyPicker(root, (chosen) => {
    currency = chosen;
    draw();
  });

  const url = () =>
    `${window.location.pathname}${compareQuery(
      columns.map((column) => column.slug),
      view,
    )}`;
  const draw = () => {
    parts.empty.hidden = columns.length > 0;
    parts.tableView.hidden = columns.length === 0 || view !== 'table';
    parts.planView.hidden = columns.length === 0 || view !== 'plan';
    parts.tableOnly.hidden = view !== 'table';
    for (const button of parts.views) button.setAttribute('aria-pressed', String(button.dataset.view === view));
    if (columns.length === 0) return;
    if (view === 'table') {
      drawTable(parts, m, columns, currency, remove);
      parts.table.classList.toggle('only-differences', parts.onlyDifferences.checked);
    } else drawPlan(parts, m, columns, currency);
  };
  const remove = (slug: string) => {
    const title = columns.find((column) => column.slug === slug)?.title ?? slug;
    columns = columns.filter((column) => column.slug !== slug);
    writeSelection(columns.map((column) => ({ slug: column.slug, title: column.title })));
    window.history.pushState(null, '', url());
    showNotes(parts, m, [], [], columns.length);
    draw();
    parts.status.textContent = t(compareTray.removed, { title });
    (root.querySelector<HTMLElement>('.remove-column') ?? parts.views[0])?.focus();
  };
  const load = async () => {
    const asked = fromUrl();
    view = asked.view;
    const answers = await Promise.all(asked.requested.slugs.map(fetchDocument));
    columns = answers.filter((answer) => answer !== undefined);
    const unknown = [...asked.requested.invalid, ...asked.requested.slugs.filter((_, index) => !answers[index])];
    showNotes(parts, m, unknown, asked.requested.dropped, columns.length);
    // A shared link becomes the student's selection; the URL then names only what is compared.
    if (asked.fromLink) writeSelection(columns.map((column) => ({ slug: column.slug, title: column.title })));
    window.history.replaceState(null, '', url());
    draw();
  };

  for (const button of parts.views) {
    button.addEventListener('click', () => {
      view = button.dataset.view === 'plan' ? 'plan' : 'table';
      window.history.pushState(null, '', url());
      draw();
    });
  }
  parts.onlyDifferences.addEventListener('change', () => {
    parts.table.classList.toggle('only-differences', parts.onlyDifferences.checked);
  });
  parts.copy.addEventListener('click', () => {
    const address = window.location.href;
    void copyAddress(parts.copy, address, { copied: m.copy.copied, idle: m.copy.button }).then((copied) => {
      if (copied) parts.status.textContent = m.copy.copiedStatus;
      else parts.notes.append(element('p', undefined, t(m.copy.failed, { address })));
    });
  });
  window.addEventListener('popstate', () => void load());

  parts.staticText.hidden = true;
  parts.app.hidden = false;
  await load();
}

/** The element: starts the comparison once it is in the page. */
class CompareApp extends HTMLElement {
  connectedCallback(): void {
    void start(this);
  }
}

customElements.define('compare-app', CompareApp);
