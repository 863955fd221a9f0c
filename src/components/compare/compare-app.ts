/**
 * `<compare-app>`, the compare page's table and plan (CompareApp.astro beside it renders the markup and
 * styles what this script draws). It reads the certifications named in the URL (`?ids=a,b,c`, else the kept
 * selection), fetches each one's API file, and draws the comparison table or the plan
 * (`&view=plan`). Ids from the URL or storage are data: only slugs are fetched, and every name is
 * written as text. The URL, the selection and the page agree after every change.
 */
import { formatDuration } from '../../lib/values/duration';
import { EXCHANGE_RATES } from '../../lib/values/exchange';
import { shownIn } from '../../lib/values/shown-fact';
import { NOT_LISTED } from '../../lib/values/labels';
import { formatApproximate, formatFee, formatMoney, type Money } from '../../lib/values/money';
import type { ComparedCertification } from '../../lib/compare/compared';
import { planOrder, planTotals, renewalsDue, RENEWAL_HORIZON_YEARS } from '../../lib/compare/plan';
import { compareQuery, MAX_COMPARED, parseIds, type RequestedIds } from '../../lib/compare/selection';
import { compareRows } from '../../lib/compare/table';
import { readSelection, writeSelection } from '../../client/compare-store';
import { attachCurrencyPicker } from '../../client/currency';
import { element, required } from '../../client/dom';
import { countOf } from '../../lib/text/plural';

type View = 'table' | 'plan';

/** The page of a certification on this site (the API's `url` is the published address, not a preview's). */
const pageOf = (slug: string) => `${document.documentElement.dataset.base ?? '/'}${slug}/`;

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
}

const quoted = (values: readonly string[]) => values.map((value) => `“${value}”`).join(', ');

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

/** Fetches the certifications' API files, keeping each answer for the life of the page. */
function documents(base: string) {
  const cache = new Map<string, Promise<ComparedCertification | undefined>>();
  return (slug: string) => {
    let answer = cache.get(slug);
    if (!answer) {
      answer = fetch(`${base}api/certifications/${slug}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<ComparedCertification>) : undefined))
        .catch(() => undefined);
      cache.set(slug, answer);
    }
    return answer;
  };
}

/** What the URL asks for: its ids (else the kept selection) and its view. */
function fromUrl(): { requested: RequestedIds; view: View; fromLink: boolean } {
  const parameters = new URLSearchParams(window.location.search);
  const ids = parameters.get('ids');
  const view: View = parameters.get('view') === 'plan' ? 'plan' : 'table';
  if (ids !== null) return { requested: parseIds(ids), view, fromLink: true };
  const kept = readSelection().map((item) => item.slug);
  return { requested: { slugs: kept, invalid: [], dropped: [] }, view, fromLink: false };
}

function showNotes(parts: Parts, unknown: readonly string[], dropped: readonly string[], count: number): void {
  const notes: string[] = [];
  if (unknown.length > 0) {
    notes.push(
      `No certification is called ${quoted(unknown)}: check the link.` +
        (count > 0 ? ' The others are compared below.' : ''),
    );
  }
  if (dropped.length > 0) {
    const were = dropped.length > 1 ? 'were' : 'was';
    notes.push(`A comparison holds ${MAX_COMPARED} certifications, so ${quoted(dropped)} ${were} left out.`);
  }
  if (count === 1)
    notes.push('Add another certification to compare it with: press Add to compare on its card or page.');
  parts.notes.replaceChildren(...notes.map((note) => element('p', undefined, note)));
}

/** The table: a header row of certifications (each with a remove button), then one row per fact. */
function drawTable(
  parts: Parts,
  columns: readonly ComparedCertification[],
  currency: string,
  remove: (slug: string) => void,
): void {
  const caption = element('caption', 'visually-hidden', `${columns.length} certifications side by side`);
  const head = element('thead');
  const headRow = element('tr');
  headRow.append(element('th', 'fact-name', 'Certification'));
  headRow.firstElementChild?.setAttribute('scope', 'col');
  for (const column of columns) {
    const header = element('th');
    header.scope = 'col';
    const button = element('button', 'remove-column', 'Remove');
    button.type = 'button';
    button.setAttribute('aria-label', `Remove ${column.title} from the comparison`);
    button.addEventListener('click', () => remove(column.slug));
    header.append(link(pageOf(column.slug), column.title), button);
    const retired = retiredNote(column);
    if (retired) header.append(retired);
    headRow.append(header);
  }
  head.append(headRow);
  const body = element('tbody');
  for (const row of compareRows(columns, currency)) {
    const tableRow = element('tr');
    tableRow.dataset.row = row.id;
    if (row.differs) tableRow.classList.add('differs');
    const name = element('th', 'fact-name', row.label);
    name.scope = 'row';
    if (row.differs) name.append(element('span', 'differs-mark', 'differs'));
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
function retiredNote(certification: ComparedCertification): HTMLElement | undefined {
  if (certification.status !== 'retired') return undefined;
  const note = element('p', 'retired-note', 'Retired: it can no longer be earned.');
  const successor = certification.replacedBy;
  if (successor) note.append(' Take ', link(pageOf(successor.slug), successor.title), ' instead.');
  return note;
}

function fact(term: string, value: string, secondary?: string): HTMLElement[] {
  const data = element('dd', undefined, value);
  if (secondary) data.append(' ', element('span', 'secondary', secondary));
  return [element('dt', undefined, term), data];
}

/** A total in the student's currency, approximately, for its second line. */
function approximately(money: Money | undefined): string | undefined {
  return money && `≈ ${formatApproximate(money)} (rates of ${EXCHANGE_RATES.date})`;
}

function unlistedNote(titles: readonly string[]): string {
  return titles.length > 0 ? `, not counting ${quoted(titles)} (not listed)` : '';
}

/** The plan: the certifications in order, the totals, and the renewals due within three years. */
function drawPlan(parts: Parts, columns: readonly ComparedCertification[], currency: string): void {
  const ordered = planOrder(columns);
  parts.plan.replaceChildren(
    ...ordered.map((certification, index) => {
      const item = element('li', 'plan-step');
      const heading = element('h3');
      heading.append(link(pageOf(certification.slug), certification.title));
      const facts = element('dl', 'plan-facts');
      // What earning it costs, as its page's facts panel says it: the total when a course adds to the fee.
      const known = (id: string) => certification.facts?.find((candidate) => candidate.id === id);
      const cost = known('totalCost') ?? known('fee');
      const fee = cost && shownIn(cost, currency);
      facts.append(
        ...fact('Level', certification.level),
        ...fact(cost?.term ?? 'Exam fee', fee?.text ?? NOT_LISTED, fee?.secondary),
        // The facts panel's own label and words for the exam time (Duration, or Duration, all exams).
        ...fact(known('duration')?.term ?? 'Duration', known('duration')?.text ?? NOT_LISTED),
      );

      const earlier = ordered.slice(0, index).filter((other) => certification.comesAfter?.includes(other.slug));
      item.append(heading, facts);
      const retired = retiredNote(certification);
      if (retired) item.append(retired);
      if (earlier.length > 0) {
        item.append(element('p', 'muted', `Builds on ${earlier.map((other) => other.title).join(' and ')}.`));
      }
      return item;
    }),
  );
  const totals = planTotals(columns, currency);
  parts.totals.replaceChildren(
    ...fact(
      'Exam fees',
      `${formatMoney(totals.feesInUsd.value)}${unlistedNote(totals.feesInUsd.unlisted)}`,
      approximately(totals.feesIn),
    ),
    ...fact('Exam time', `${formatDuration(totals.minutes.value)}${unlistedNote(totals.minutes.unlisted)}`),
    ...fact('Questions', `${totals.questions.value}${unlistedNote(totals.questions.unlisted)}`),
  );
  const due = renewalsDue(columns);
  if (due.length === 0) {
    parts.renewals.replaceChildren(
      element('p', undefined, `None of these has to be renewed within ${RENEWAL_HORIZON_YEARS} years of passing it.`),
    );
    return;
  }
  const list = element('ul', 'renewals');
  for (const renewal of due) {
    const after =
      renewal.afterMonths % 12 === 0
        ? countOf(renewal.afterMonths / 12, 'year')
        : countOf(renewal.afterMonths, 'month');
    const cost = renewal.renewalFee ? ` Renewal fee: ${formatFee(renewal.renewalFee)}.` : '';
    const how = renewal.renewal ? ` ${renewal.renewal}` : '';
    list.append(element('li', undefined, `${renewal.title}: due ${after} after you pass.${cost}${how}`));
  }
  parts.renewals.replaceChildren(list);
}

async function start(root: HTMLElement): Promise<void> {
  const parts = partsOf(root);
  const base = document.documentElement.dataset.base ?? '/';
  const fetchDocument = documents(base);
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
      drawTable(parts, columns, currency, remove);
      parts.table.classList.toggle('only-differences', parts.onlyDifferences.checked);
    } else drawPlan(parts, columns, currency);
  };
  const remove = (slug: string) => {
    const title = columns.find((column) => column.slug === slug)?.title ?? slug;
    columns = columns.filter((column) => column.slug !== slug);
    writeSelection(columns.map((column) => ({ slug: column.slug, title: column.title })));
    window.history.pushState(null, '', url());
    showNotes(parts, [], [], columns.length);
    draw();
    parts.status.textContent = `Removed ${title}.`;
    (root.querySelector<HTMLElement>('.remove-column') ?? parts.views[0])?.focus();
  };
  const load = async () => {
    const asked = fromUrl();
    view = asked.view;
    const answers = await Promise.all(asked.requested.slugs.map(fetchDocument));
    columns = answers.filter((answer) => answer !== undefined);
    const unknown = [...asked.requested.invalid, ...asked.requested.slugs.filter((_, index) => !answers[index])];
    showNotes(parts, unknown, asked.requested.dropped, columns.length);
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
    navigator.clipboard.writeText(address).then(
      () => {
        parts.status.textContent = 'Link copied.';
        parts.copy.textContent = 'Link copied';
        setTimeout(() => (parts.copy.textContent = 'Copy link'), 2000);
      },
      () => {
        parts.notes.append(element('p', undefined, `Copy this link: ${address}`));
      },
    );
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
