/**
 * The parts a total can be made of, read upward from the row above it: items, and earlier
 * totals standing for the whole block they sum.
 *
 *   Total Current Assets          53,001    <- one unit, standing for the six rows above it
 *   Property and Equipment, net   33,762    <- one unit
 *   TOTAL ASSETS                 109,029    <- the total being read
 */
import type { Row } from "../model/statement";

export interface Unit {
  /** 0-based row index of the unit (an item, or a total with a relation). */
  row: number;
  /** 0-based index of the first row the unit stands for (its own row for an item). */
  start: number;
  /** True for a total whose relation is already known. */
  subtotal: boolean;
  /** True when a heading, the top of the statement, a non-currency row or a shallower row lies just above `start`. */
  boundaryAbove: boolean;
}

/** At most this many units are read above a total. */
export const MAX_UNITS = 40;

export function isHeadingLike(row: Row): boolean {
  return row.kind === "heading" || row.cells.every((cell) => cell === null || cell.value === null);
}

function isBoundary(rows: readonly Row[], start: number): boolean {
  const above = rows[start - 1];
  const first = rows[start];
  if (above === undefined || first === undefined) return true;
  return isHeadingLike(above) || above.unit !== "currency" || above.depth < first.depth;
}

/**
 * Units above row `total`, nearest first. `coverStart` maps each total with a known relation to
 * the first row it stands for.
 */
export function collectUnits(
  rows: readonly Row[],
  total: number,
  coverStart: ReadonlyMap<number, number>,
): Unit[] {
  const units: Unit[] = [];
  let index = total - 1;
  while (index >= 0 && units.length < MAX_UNITS) {
    const row = rows[index];
    if (row === undefined) break;
    if (isHeadingLike(row)) {
      index -= 1;
      continue;
    }
    if (row.unit !== "currency") break;
    const start = coverStart.get(index) ?? index;
    units.push({
      row: index,
      start,
      subtotal: coverStart.has(index),
      boundaryAbove: isBoundary(rows, start),
    });
    index = start - 1;
  }
  return units;
}
