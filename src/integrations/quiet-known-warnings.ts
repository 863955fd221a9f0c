/**
 * Astro 7.3 with MDX makes Rolldown print one MODULE_LEVEL_DIRECTIVE warning per `.mdx` file about
 * Astro's own `"use astro:head-inject"` directive (upstream withastro/astro#18087). This filter drops
 * exactly that warning and passes every other log through.
 */
import type { Rolldown } from 'vite';

/** True for the one upstream warning this project silences. */
export function isMdxHeadInjectDirectiveWarning(log: Pick<Rolldown.RolldownLog, 'code' | 'message' | 'id'>): boolean {
  return (
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    log.message.includes('"use astro:head-inject"') &&
    /\.mdx(?:\?|"|$)/.test(log.id ?? log.message)
  );
}

/** A Rolldown `onLog` handler that silences `isMdxHeadInjectDirectiveWarning` logs only. */
export const quietKnownWarnings: NonNullable<Rolldown.InputOptions['onLog']> = (level, log, defaultHandler) => {
  if (level === 'warn' && isMdxHeadInjectDirectiveWarning(log)) return;
  defaultHandler(level, log);
};
