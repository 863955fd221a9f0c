/** Official study resources: guides, courses and practice exams from the provider. */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { parseOfficialLink } from './link';
import { FieldProblem } from './problem';

export interface StudyResource {
  title: string;
  url: string;
  /** True when the resource costs nothing; undefined when not known. */
  free?: boolean;
}

const studyResourcesInput = z.array(
  z.strictObject({ title: z.string(), url: z.string(), free: z.boolean().optional() }),
);

/** Reads the list of resources: each with a title and an https link. */
export function parseStudyResources(resources: z.input<typeof studyResourcesInput>): StudyResource[] {
  if (resources.length === 0) throw new FieldProblem('the list of resources is empty');
  return resources.map((resource, index) => {
    const title = resource.title.trim();
    if (!title) throw new FieldProblem(`resource ${index + 1} has no title`);
    let url: string;
    try {
      url = parseOfficialLink(resource.url);
    } catch (error) {
      if (error instanceof FieldProblem) throw new FieldProblem(`the link of "${title}": ${error.reason}`);
      throw error;
    }
    return { title, url, ...(resource.free !== undefined && { free: resource.free }) };
  });
}

export const studyResourcesField = parsedField(
  {
    description: 'Official study resources: the exam guide, courses, practice exams. Shown as links.',
    expected: 'a list of { title, url, free } with https:// links; free is true or false, or left out',
    examples: ['study_resources: [{ title: "Official exam guide", url: "https://example.org/guide.pdf", free: true }]'],
  },
  studyResourcesInput,
  parseStudyResources,
);
