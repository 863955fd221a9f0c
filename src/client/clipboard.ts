/** Copying a page's address for the student to share. */

/** How long a copy button says it copied before it reads as before. */
const CONFIRMED_FOR_MS = 2000;

/**
 * Copies `address`; the button then reads `labels.copied` for two seconds. False when the browser
 * refused or has no clipboard (a page served over plain http has none): the caller shows the address
 * to copy by hand.
 */
export async function copyAddress(
  button: HTMLElement,
  address: string,
  labels: { copied: string; idle: string },
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(address);
  } catch {
    return false;
  }
  button.textContent = labels.copied;
  setTimeout(() => (button.textContent = labels.idle), CONFIRMED_FOR_MS);
  return true;
}
