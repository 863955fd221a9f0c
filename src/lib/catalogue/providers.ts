/**
 * What the catalogue knows of its providers besides their certifications (`src/data/providers.json`):
 * the names students may search for (a former name, a programme's brand), and the names that were
 * once this site's provider names, whose pages now send readers on; and which providers are vendor-neutral.
 */
import file from '../../data/providers.json' with { type: 'json' };

export interface ProviderInfo {
  aliases: string[];
  formerNames: string[];
}

const PROVIDERS: Readonly<Record<string, Partial<ProviderInfo>>> = file.providers;

/** A provider's aliases and former names; none for a provider the file does not list. */
export function providerInfo(name: string): ProviderInfo {
  const info = PROVIDERS[name];
  return { aliases: info?.aliases ?? [], formerNames: info?.formerNames ?? [] };
}

/**
 * The providers whose certifications test a field, an open standard or open-source technology rather than
 * their own product (the file's `vendorNeutral` says who and why). A name the file lists that no
 * certification uses is found by the content tests.
 */
export const VENDOR_NEUTRAL_PROVIDERS: ReadonlySet<string> = new Set(file.vendorNeutral.providers);

/** Every former provider name of the site, with the provider it belongs to now. */
export function formerProviderNames(): { former: string; current: string }[] {
  return Object.entries(PROVIDERS).flatMap(([current, info]) =>
    (info.formerNames ?? []).map((former) => ({ former, current })),
  );
}
