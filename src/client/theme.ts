/**
 * The colour theme the student picked: `system` (the default, following the device), `light` or `dark`.
 * Kept in `localStorage` (which may be missing or refuse writes: the choice then lasts for the page)
 * and shown as `<html data-theme>`, which the tokens read (src/styles/tokens.css). The bootstrap applies
 * it before the page is painted, so a dark choice never flashes light.
 */
export const THEME_KEY = 'cert-compass:theme';

export type Theme = 'system' | 'light' | 'dark';

function stored(): Theme {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function show(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Applies the kept choice to the page; runs while `<head>` is parsed. */
export function applyStoredTheme(): void {
  show(stored());
}

/** Wires the header's picker: it shows the kept choice and keeps a new one. */
export function wireThemePicker(picker: HTMLSelectElement): void {
  picker.value = stored();
  picker.addEventListener('change', () => {
    const theme = picker.value as Theme;
    try {
      if (theme === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, theme);
    } catch {
      // The choice lasts for this page.
    }
    show(theme);
  });
}
