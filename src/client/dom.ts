/** Building and finding elements, with text only: nothing from data is ever parsed as markup. */

/** A new element with an optional class and text (set as `textContent`). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The element below `root` that a script cannot work without; its absence is a bug of the page, named. */
export function required<T extends Element>(root: ParentNode, selector: string, what: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${what} has no ${selector}`);
  return found;
}
