/** Reads and checks every certification file of a folder, then the folder as a catalogue. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { certAtlasRecordFiles } from '../catalogue/cert-atlas-records';
import type { CalendarDate } from '../fields/calendar-date';
import { checkCatalogue } from './check-catalogue';
import { checkCertificationSource, type CheckedFile } from './check-file';
import { slugOfFile } from './file-name';
import { listCertificationFiles } from './list';
import type { ContentProblem } from './problem';

/** Every file and every problem of a folder; `relativeTo` shortens the paths in problems. */
export async function checkCertificationFolder(
  folder: string,
  options: { today: CalendarDate; relativeTo?: string },
): Promise<{ files: string[]; checked: CheckedFile[]; problems: ContentProblem[] }> {
  const files: string[] = [];
  const checked: CheckedFile[] = [];
  const problems: ContentProblem[] = [];
  for (const absolute of listCertificationFiles(folder)) {
    const file = path
      .relative(options.relativeTo ?? process.cwd(), absolute)
      .split(path.sep)
      .join('/');
    files.push(file);
    const result = checkCertificationSource(file, await readFile(absolute, 'utf8'));
    if (result.checked) checked.push(result.checked);
    problems.push(...result.problems);
  }
  const root = options.relativeTo ?? process.cwd();
  const slugs = new Set(files.map(slugOfFile));
  problems.push(...checkCatalogue(checked, options.today, certAtlasRecordFiles(root), slugs));
  return { files, checked, problems };
}
