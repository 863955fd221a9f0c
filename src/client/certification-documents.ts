/**
 * Each certification's API file (`api/certifications/<slug>.json`), as the compare and My plan pages read
 * it: fetched once per page, an answer that is not there (or not reachable) read as undefined. Only slugs
 * are ever put in the address.
 */
import type { ComparedCertification } from '../lib/compare/compared';

/** A fetcher of API files below `base`, keeping each answer for the life of the page. */
export function certificationDocuments(base: string): (slug: string) => Promise<ComparedCertification | undefined> {
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
