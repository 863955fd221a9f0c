/**
 * The certification map: categories as rows, levels as columns, every certification a chip in each of
 * its categories' rows. A page holds at most `chipsPerPage` chips so it stays within the HTML budget
 * however large the catalogue grows: rows are packed onto pages in name order, and a row too long for
 * one page continues on the next ("part 2 of 3"). Pure: pages only render what this computes.
 */
import type { Certification, TermLink } from '../catalogue/catalogue';
import { byName } from '../catalogue/order';
import { LEVELS, levelSlug, type Level } from '../fields/level';
import { messages } from '../../i18n';
import { formatMoney } from '../values/money';

/** One certification on the map: where it leads and the two facts a chip shows. */
export interface MapChip {
  slug: string;
  title: string;
  provider: string;
  /** The official price (`$300`, `Free`), or that it is not listed. */
  fee: string;
}

/** A level's column in a row. */
export interface MapCell {
  level: Level;
  levelSlug: string;
  chips: MapChip[];
}

/** A category's row, or a part of it when it spans pages. */
export interface MapRow {
  category: TermLink;
  /** The id of the row on its page, for links from the list of categories. */
  anchor: string;
  /** Set when the row is split over pages. */
  part?: { index: number; of: number };
  cells: MapCell[];
  size: number;
}

/** Where each category's row starts: its page and anchor, for the list of categories on every page. */
export interface MapIndexEntry {
  category: TermLink;
  page: number;
  anchor: string;
  size: number;
}

export interface MapPages {
  pages: MapRow[][];
  index: MapIndexEntry[];
}

const feeWords = { notListed: messages.pages.map.feeNotListed, free: messages.pages.map.free };

/** The chip of a certification. */
function chipOf(certification: Certification): MapChip {
  const fee = certification.cost.total;
  return {
    slug: certification.slug,
    title: certification.title,
    provider: certification.providerLink.name,
    fee: !fee ? feeWords.notListed : fee.kind === 'free' ? feeWords.free : formatMoney(fee.price),
  };
}

/**
 * Each category's row over the given certifications (already in title order), rows by category name.
 * Retired certifications stay off the map: it shows what a student can still earn.
 */
export function mapRows(certifications: readonly Certification[]): MapRow[] {
  const rows = new Map<string, { category: TermLink; byLevel: Map<Level, MapChip[]> }>();
  for (const certification of certifications) {
    if (!certification.current) continue;
    const chip = chipOf(certification);
    for (const category of certification.categoryLinks) {
      let row = rows.get(category.slug);
      if (!row) {
        row = { category, byLevel: new Map(LEVELS.map((level) => [level, []])) };
        rows.set(category.slug, row);
      }
      row.byLevel.get(certification.level)?.push(chip);
    }
  }
  return [...rows.values()]
    .sort((a, b) => byName(a.category.name, b.category.name))
    .map(({ category, byLevel }) => {
      const cells = LEVELS.map((level) => ({ level, levelSlug: levelSlug(level), chips: byLevel.get(level) ?? [] }));
      return { category, anchor: category.slug, cells, size: cells.reduce((sum, cell) => sum + cell.chips.length, 0) };
    });
}

/** A row cut into parts of at most `limit` chips, level by level, in order. */
function splitRow(row: MapRow, limit: number): MapRow[] {
  if (row.size <= limit) return [row];
  const parts: MapCell[][] = [];
  let current = LEVELS.map((level) => ({ level, levelSlug: levelSlug(level), chips: [] as MapChip[] }));
  let size = 0;
  for (const [column, cell] of row.cells.entries()) {
    for (const chip of cell.chips) {
      if (size === limit) {
        parts.push(current);
        current = LEVELS.map((level) => ({ level, levelSlug: levelSlug(level), chips: [] as MapChip[] }));
        size = 0;
      }
      current[column]!.chips.push(chip);
      size += 1;
    }
  }
  parts.push(current);
  return parts.map((cells, index) => ({
    category: row.category,
    anchor: index === 0 ? row.anchor : `${row.anchor}-${index + 1}`,
    part: { index: index + 1, of: parts.length },
    cells,
    size: cells.reduce((sum, cell) => sum + cell.chips.length, 0),
  }));
}

/** The rows packed onto pages of at most `chipsPerPage` chips, and where each category starts. */
export function mapPages(rows: readonly MapRow[], chipsPerPage: number): MapPages {
  const pages: MapRow[][] = [[]];
  let size = 0;
  const index: MapIndexEntry[] = [];
  for (const row of rows) {
    for (const part of splitRow(row, chipsPerPage)) {
      if (size > 0 && size + part.size > chipsPerPage) {
        pages.push([]);
        size = 0;
      }
      pages[pages.length - 1]!.push(part);
      size += part.size;
      if (!part.part || part.part.index === 1) {
        index.push({ category: row.category, page: pages.length, anchor: part.anchor, size: row.size });
      }
    }
  }
  return { pages, index };
}
