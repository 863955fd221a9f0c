/**
 * The comparison table: one column per certification, one row per fact, each row marked when its
 * values differ. Facts come as the certification pages word them (their facts panels), fees with a
 * second line in the currency the student picked; a fact nobody's file gives is left out, except the
 * ones every comparison shows.
 */
import type { ExchangeRates } from '../values/exchange';
import { shownIn } from '../values/shown-fact';
import { values } from '../../i18n/en/values';
import type { ComparedCertification } from './compared';

/** One cell: text, an optional second line, or a link. */
export interface CompareCell {
  text: string;
  secondary?: string;
  href?: string;
  /** The file does not give this fact. */
  missing: boolean;
}

export interface CompareRow {
  id: string;
  label: string;
  cells: CompareCell[];
  /** True when the columns do not all say the same. */
  differs: boolean;
}

/** The names of the rows after the facts panel's facts: the compare section's `table.rows`. */
export interface RowLabels {
  skills: string;
  categories: string;
  prerequisites: string;
  officialLink: string;
}

/** The facts every comparison shows, listed or not; any other fact only when one column has it. */
const ALWAYS_SHOWN = new Set(['provider', 'level', 'fee', 'questions', 'duration', 'delivery', 'validity', 'status']);

/** The facts of the panels left out of the table: a comparison is about the exams, not the entries. */
const LEFT_OUT = new Set(['lastVerified']);

function listCell(items: readonly string[]): CompareCell {
  return items.length > 0 ? { text: items.join(', '), missing: false } : { text: values.notListed, missing: true };
}

function rowOf(id: string, label: string, cells: CompareCell[]): CompareRow {
  const shown = cells.map((cell) => `${cell.text}\u0000${cell.secondary ?? ''}`);
  return { id, label, cells, differs: cells.length > 1 && new Set(shown).size > 1 };
}

/**
 * The rows comparing `columns`, in the order of the facts panel (named as the panels name them), then
 * skills, categories, prerequisites and the official link (named by `labels`); fees get a second line
 * in `currency`.
 */
export function compareRows(
  columns: readonly ComparedCertification[],
  currency: string,
  labels: RowLabels,
  rates?: ExchangeRates,
): CompareRow[] {
  const factIds: { id: string; term: string }[] = [];
  for (const column of columns) {
    for (const fact of column.facts ?? []) {
      if (!LEFT_OUT.has(fact.id) && !factIds.some((known) => known.id === fact.id))
        factIds.push({ id: fact.id, term: fact.term });
    }
  }
  const factRows = factIds.flatMap(({ id, term }) => {
    const cells = columns.map((column): CompareCell => {
      const fact = column.facts?.find((candidate) => candidate.id === id);
      if (!fact || fact.text === values.notListed) return { text: values.notListed, missing: true };
      // A fee is redrawn from the fee itself, as every page shows it with this currency picked.
      const shown = fact.fee ? shownIn(fact, currency, rates) : { text: fact.text };
      return { ...shown, missing: false };
    });
    if (!ALWAYS_SHOWN.has(id) && cells.every((cell) => cell.missing)) return [];
    return [rowOf(id, term, cells)];
  });
  return [
    ...factRows,
    rowOf(
      'skills',
      labels.skills,
      columns.map((column) => listCell(column.skills)),
    ),
    rowOf(
      'categories',
      labels.categories,
      columns.map((column) => listCell(column.categories.map((category) => category.name))),
    ),
    rowOf(
      'prerequisites',
      labels.prerequisites,
      columns.map((column) => listCell(column.prerequisites)),
    ),
    // Every certification has an official page of its own: a row that always differs says nothing.
    {
      ...rowOf(
        'officialLink',
        labels.officialLink,
        columns.map((column) => ({
          text: new URL(column.officialLink).hostname,
          href: column.officialLink,
          missing: false,
        })),
      ),
      differs: false,
    },
  ];
}
