/**
 * `<guide-app>`, the guide's questions and shortlist (GuideApp.astro beside it renders the markup). It
 * fetches the guide's index, fills the choices that depend on the role (its certifications to tick as
 * held, its routes), and ranks when the student asks. The answers live in the address: read from it on
 * load and on back and forward, written to it on every answer, so a result can be shared. Everything
 * from the address or the index is written as text.
 */
import { answersQuery, readAnswers, type GuideAnswers } from '../../lib/guide/answers';
import type { GuideIndex, GuideRole } from '../../lib/guide/guide-index';
import { leftOutText, rankCertifications } from '../../lib/guide/ranking';
import { element, required } from '../../client/dom';
import { certificationPage } from '../../client/site-pages';
import { t, tl, tp } from '../../i18n/browser';
import { guide as m } from '../../i18n/en/guide';

function partsOf(root: HTMLElement) {
  const find = <T extends Element>(selector: string) => required<T>(root, selector, 'The guide');
  return {
    staticText: find<HTMLElement>('[data-guide-static]'),
    form: find<HTMLFormElement>('[data-guide-form]'),
    held: find<HTMLElement>('[data-held]'),
    heldHint: find<HTMLElement>('[data-held-hint]'),
    provider: find<HTMLSelectElement>('[data-provider]'),
    unknownRole: find<HTMLElement>('[data-unknown-role]'),
    results: find<HTMLElement>('[data-results]'),
    heading: find<HTMLElement>('#guide-results'),
    forRole: find<HTMLElement>('[data-for-role]'),
    shortlist: find<HTMLOListElement>('[data-shortlist]'),
    none: find<HTMLElement>('[data-none]'),
    left: find<HTMLElement>('[data-left]'),
    status: find<HTMLElement>('[data-status]'),
    suggestion: find<HTMLTemplateElement>('template[data-suggestion]'),
  };
}

class GuideApp extends HTMLElement {
  #parts = partsOf(this);
  #index: GuideIndex | undefined;

  connectedCallback(): void {
    const { staticText, form } = this.#parts;
    staticText.hidden = true;
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#answer(true);
    });
    required(form, 'select[name="role"]', 'The guide').addEventListener('change', () => this.#fillRoleChoices([]));
    window.addEventListener('popstate', () => this.#fromAddress());
    void this.#load();
  }

  async #load(): Promise<void> {
    const response = await fetch(this.dataset.index ?? '');
    this.#index = (await response.json()) as GuideIndex;
    this.#fromAddress();
  }

  /** The form and the shortlist as the address says; nothing ranked when it names no role. */
  #fromAddress(): void {
    const index = this.#index;
    if (!index) return;
    const params = new URLSearchParams(window.location.search);
    const answers = readAnswers(params, index);
    this.#parts.unknownRole.hidden = !params.has('role') || answers !== undefined;
    if (!answers) {
      this.#parts.results.hidden = true;
      return;
    }
    this.#fillForm(answers);
    this.#show(answers, false);
  }

  #fillForm(answers: GuideAnswers): void {
    const { form } = this.#parts;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    field('role')!.value = answers.role;
    this.#fillRoleChoices(answers.held);
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="stage"]'))
      radio.checked = radio.value === answers.stage;
    field('budget')!.value = answers.budget ? String(answers.budget.amount) : '';
    if (answers.budget) field('currency')!.value = answers.budget.currency;
    field('provider')!.value = answers.provider ?? '';
    field('language')!.value = answers.language ?? '';
    field('hours')!.value = answers.hoursPerWeek ? String(answers.hoursPerWeek) : '';
  }

  #role(): GuideRole | undefined {
    const id = (this.#parts.form.elements.namedItem('role') as HTMLSelectElement).value;
    return this.#index?.roles.find((role) => role.id === id);
  }

  /** The role's certifications to tick as held, and its routes to pick one of. */
  #fillRoleChoices(held: readonly string[]): void {
    const { held: list, heldHint, provider } = this.#parts;
    const role = this.#role();
    const index = this.#index;
    list.replaceChildren();
    provider.replaceChildren(provider.options[0]!);
    heldHint.hidden = Boolean(role);
    if (!role || !index) return;
    const slugs = [...new Set(role.routes.flatMap((route) => route.steps))];
    const titled = slugs.map((slug) => index.certifications[slug]!).sort((a, b) => a.title.localeCompare(b.title));
    for (const certification of titled) {
      const label = element('label', 'choice');
      const box = element('input');
      box.type = 'checkbox';
      box.name = 'held';
      box.value = certification.slug;
      box.checked = held.includes(certification.slug);
      label.append(box, certification.title);
      list.append(label);
    }
    for (const route of role.routes) {
      const option = element('option', undefined, route.name);
      option.value = route.id;
      provider.append(option);
    }
  }

  /** Ranks the form's answers, and keeps them in the address (a new history entry when asked). */
  #answer(push: boolean): void {
    const index = this.#index;
    if (!index) return;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#parts.form))
      if (typeof value === 'string') params.append(name, value);
    const answers = readAnswers(params, index);
    if (!answers) return;
    this.#parts.unknownRole.hidden = true;
    this.#show(answers, push);
  }

  #show(answers: GuideAnswers, push: boolean): void {
    const index = this.#index!;
    const result = rankCertifications(index, answers);
    if (!result) return;
    const query = answersQuery(answers);
    if (push && query !== window.location.search) window.history.pushState(null, '', query);
    const { results, forRole, shortlist, none, left, status, heading, suggestion } = this.#parts;
    forRole.textContent = t(m.results.forRole, { role: result.role.name });
    shortlist.replaceChildren(
      ...result.suggestions.map(({ certification, route, reasons }) => {
        const item = suggestion.content.firstElementChild!.cloneNode(true) as HTMLElement;
        const title = required<HTMLAnchorElement>(item, '[data-title]', 'A suggestion');
        title.textContent = certification.title;
        title.href = certificationPage(certification.slug);
        required(item, '[data-provider]', 'A suggestion').textContent = certification.provider;
        required(item, '[data-reasons]', 'A suggestion').textContent = reasons.join('; ');
        const routeLink = required<HTMLAnchorElement>(item, '[data-route]', 'A suggestion');
        routeLink.textContent = t(m.results.route, { route: route.name });
        routeLink.href = route.href;
        return item;
      }),
    );
    none.hidden = result.suggestions.length > 0;
    const leftOut = leftOutText(result.left);
    left.hidden = leftOut.length === 0;
    left.textContent = leftOut.length > 0 ? t(m.results.leftOut, { reasons: tl(leftOut) }) : '';
    results.hidden = false;
    status.textContent = tp(m.results.status, result.suggestions.length);
    if (push) heading.focus();
  }
}

customElements.define('guide-app', GuideApp);
