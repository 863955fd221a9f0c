/** Which files of a folder are certification files: the one list of extensions, and the listing. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The extensions the collection reads. */
export const CERTIFICATION_EXTENSIONS = ['.md', '.mdx'] as const;

/** True for a file name the collection reads. */
export function isCertificationFile(name: string): boolean {
  return CERTIFICATION_EXTENSIONS.some((extension) => name.endsWith(extension));
}

/** A file name without its certification extension: `isc2-cissp.mdx` → `isc2-cissp`. */
export function withoutExtension(name: string): string {
  const extension = CERTIFICATION_EXTENSIONS.find((candidate) => name.endsWith(candidate));
  return extension ? name.slice(0, -extension.length) : name;
}

/** The certification files of a folder, as absolute paths, sorted by name. */
export function listCertificationFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter(isCertificationFile)
    .sort()
    .map((name) => path.join(folder, name));
}
