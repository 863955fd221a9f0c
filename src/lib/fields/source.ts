/** Where the facts of an entry came from, so anyone can trace a number. */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { parseOfficialLink } from './link';
import { FieldProblem } from './problem';

export type Source = { kind: 'cert-atlas'; examId: string } | { kind: 'url'; url: string };

const CERT_ATLAS = /^cert-atlas\/(?<examId>[a-z0-9_]+(?:-[a-z0-9_]+)*)$/;

/** Reads `cert-atlas/<exam_id>` or an https URL. */
export function parseSource(text: string): Source {
  const trimmed = text.trim();
  const examId = CERT_ATLAS.exec(trimmed)?.groups?.examId;
  if (examId) return { kind: 'cert-atlas', examId };
  if (trimmed.startsWith('cert-atlas/'))
    throw new FieldProblem('a Cert Atlas exam id is lowercase letters, digits and underscores joined by hyphens');
  try {
    return { kind: 'url', url: parseOfficialLink(trimmed) };
  } catch (error) {
    if (error instanceof FieldProblem)
      throw new FieldProblem(`not cert-atlas/<exam_id> nor an https link: ${error.reason}`);
    throw error;
  }
}

export const sourceField = parsedField(
  {
    description: 'Where the facts came from: a record of the Cert Atlas dataset, or the page they were read on.',
    expected: 'cert-atlas/<exam_id> or an https:// URL',
    examples: [
      'source: cert-atlas/aws-machine-learning-specialty-mls-c01',
      'source: "https://www.isc2.org/certifications/cissp"',
    ],
  },
  z.string(),
  parseSource,
);
