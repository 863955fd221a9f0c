/**
 * Where a retirement is known from: the provider's own page (the default), or only reports elsewhere,
 * which the page then says are not yet confirmed. A retirement a student has not confirmed is still
 * safer to show than an exam that can no longer be booked shown as current.
 */
import { z } from 'astro/zod';
import { parsedField } from './field';
import { FieldProblem } from './problem';

export const STATUS_SOURCES = ['official', 'reported'] as const;

export type StatusSource = (typeof STATUS_SOURCES)[number];

/** Reads `official` or `reported`. */
export function parseStatusSource(text: string): StatusSource {
  const wanted = text.trim().toLowerCase();
  const source = STATUS_SOURCES.find((candidate) => candidate === wanted);
  if (!source) throw new FieldProblem(`not one of ${STATUS_SOURCES.join(', ')}`);
  return source;
}

export const statusSourceField = parsedField(
  {
    description:
      'For a retiring or retired certification: official (the default) when the provider’s own page announces the ' +
      'retirement, reported when only other sources do; the page then says it is not yet confirmed.',
    expected: `one of ${STATUS_SOURCES.join(', ')}`,
    examples: ['status_source: reported'],
  },
  z.string(),
  parseStatusSource,
);
