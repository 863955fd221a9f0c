/** Writing plain text into MDX safely: the characters MDX would read as code or HTML are escaped. */

/** Escapes `{`, `}`, `<`, `>` and `\` so MDX shows them as text (`{alert(1)}` stays visible, never runs). */
export function escapeMdxText(text: string): string {
  return text.replace(/[{}<>\\]/g, (character) => `\\${character}`);
}
