/**
 * The one script a content page loads. It wires the search shortcut (`/`, Ctrl+K or Cmd+K focus the
 * header's search box) and loads the search module the first time the student uses the box; nothing
 * else runs until then. Without it the box is a plain form that opens the browse page.
 */
const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

if (form && input) {
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === '/' && !isTyping(event.target)) || ((event.ctrlKey || event.metaKey) && event.key === 'k');
    if (!shortcut) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  let attached: Promise<unknown> | undefined;
  const attach = () => {
    attached ??= import('./search').then(({ attachSearch }) => attachSearch(form, input));
  };
  input.addEventListener('focus', attach, { once: true });
  input.addEventListener('input', attach, { once: true });
}
