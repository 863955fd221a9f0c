/**
 * What kind of page a path is, and a fixed sample of a site's pages for the browser-heavy checks:
 * one page of every type, plus certification pages spread evenly over the catalogue, so the sample
 * stays the same size however many certifications there are.
 */

export type PageType =
  | 'home'
  | 'certification'
  | 'section index'
  | 'listing'
  | 'listing page 2+'
  | 'map'
  | 'map page 2+'
  | 'compare'
  | 'my plan'
  | 'changes'
  | 'changes page 2+'
  | 'freshness'
  | 'role'
  | 'guide'
  | 'not found';

const SECTIONS = ['categories', 'providers', 'levels'];

/**
 * The type of a page from its path below the base (`''`, `isc2-cissp/`, `categories/cloud/2/`,
 * `map/isc2/`, `no-such-page/`).
 */
export function pageTypeOf(path: string): PageType {
  const segments = path.split('/').filter(Boolean);
  const [first, second, third] = segments;
  if (segments.length === 0) return 'home';
  if (path === 'no-such-page/' || path === '404.html') return 'not found';
  if (first === 'compare') return 'compare';
  if (first === 'my-plan') return 'my plan';
  if (first === 'freshness') return 'freshness';
  if (first === 'guide') return 'guide';
  if (first === 'roles') return segments.length === 1 ? 'section index' : 'role';
  if (first === 'changes') return segments.length === 1 ? 'changes' : 'changes page 2+';
  if (first === 'map') return third || /^\d+$/.test(second ?? '') ? 'map page 2+' : 'map';
  if (first === 'certifications') return segments.length === 1 ? 'section index' : 'listing page 2+';
  if (first && SECTIONS.includes(first)) {
    if (segments.length === 1) return 'section index';
    return third ? 'listing page 2+' : 'listing';
  }
  return 'certification';
}

/** The path a built HTML file answers at: `categories/cloud/index.html` → `categories/cloud/`. */
export function pathOfFile(file: string): string {
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** How many certification pages the sample holds besides the first of each type. */
export const CERTIFICATION_SAMPLE_SIZE = 8;

/**
 * One page of each type (the first listed, and every section's index and first listing), then
 * certification pages at evenly spaced positions. Deterministic for a given list of paths.
 */
export function samplePages(paths: readonly string[], certificationSample = CERTIFICATION_SAMPLE_SIZE): string[] {
  const chosen = new Set<string>();
  const seenTypes = new Set<string>();
  for (const path of paths) {
    const type = pageTypeOf(path);
    const section = type === 'certification' || type === 'home' ? '' : (path.split('/')[0] ?? '');
    const key = `${type} ${section}`;
    if (!seenTypes.has(key)) {
      seenTypes.add(key);
      chosen.add(path);
    }
  }
  const certifications = paths.filter((path) => pageTypeOf(path) === 'certification');
  const step = Math.max(1, Math.floor(certifications.length / certificationSample));
  for (
    let index = 0;
    index < certifications.length && chosen.size < seenTypes.size + certificationSample;
    index += step
  ) {
    chosen.add(certifications[index]!);
  }
  return [...chosen];
}
