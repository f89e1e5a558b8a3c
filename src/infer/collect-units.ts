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
  /**
   * True when a heading, the top of the statement, a non-currency row, a shallower row, or a rule
   * or blank line of the source lies just above `start`.
   */
  boundaryAbove: boolean;
}

/** A source line that is empty or only a rule: `---------   ---------`, `=====`. */
const RULE_OR_BLANK = /^[\s\-=_]*$/;

/**
 * For each row, whether a rule or a blank line of the source separates it from the row above
 * (lines of a wrapped label are no edge). `lines` holds the exhibit's lines, index 0 for line 1;
 * without them no row has an edge.
 *
 *   Operating income       200
 *                                   <- edge above "Interest revenue"
 *   Interest revenue        80
 */
export function edgesOf(rows: readonly Row[], lines: readonly string[]): boolean[] {
  return rows.map((row, index) => {
    const above = rows[index - 1];
    if (above === undefined || lines.length === 0) return false;
    for (let line = above.line + 1; line < row.line; line += 1) {
      const text = lines[line - 1];
      if (text !== undefined && RULE_OR_BLANK.test(text)) return true;
    }
    return false;
  });
}

/** At most this many units are read above a total. */
export const MAX_UNITS = 40;

export function isHeadingLike(row: Row): boolean {
  return row.kind === "heading" || row.cells.every((cell) => cell === null || cell.value === null);
}

function isAllZero(row: Row): boolean {
  return row.cells.every((cell) => cell === null || cell.value === null || /^-?[0.]+$/u.test(cell.value));
}

function isBoundary(rows: readonly Row[], start: number, edges: readonly boolean[]): boolean {
  const above = rows[start - 1];
  const first = rows[start];
  if (above === undefined || first === undefined) return true;
  return (
    isHeadingLike(above) || above.unit !== "currency" || above.depth < first.depth || edges[start] === true
  );
}

/**
 * The first row of the block a total closes when its parts could not be confirmed: upward over
 * rows at least as deep as the row above the total, to a shallower heading or row, or an earlier
 * total. Such a total still stands for its block in the totals below it.
 *
 *   Stockholders' equity:                 <- the block opens below this heading
 *     Common stock ... 159,267,288 shares      (read as a share count: no confirmed sum)
 *     Additional paid-in capital
 *       Total stockholders' equity
 */
export function blockStart(
  rows: readonly Row[],
  total: number,
  covered: ReadonlyMap<number, number>,
): number {
  const depth = rows[total - 1]?.depth ?? 0;
  let index = total - 1;
  for (; index >= 0; index -= 1) {
    const row = rows[index];
    if (row === undefined || covered.has(index) || row.depth < depth) break;
  }
  return index + 1;
}

/**
 * Units above row `total`, nearest first. `coverStart` maps each total with a known relation to
 * the first row it stands for.
 */
export function collectUnits(
  rows: readonly Row[],
  total: number,
  coverStart: ReadonlyMap<number, number>,
  edges: readonly boolean[] = [],
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
    if (row.unit !== "currency") {
      // a count printed as dashes adds nothing and ends nothing: "Issued and outstanding shares -- none   -   -"
      if (isAllZero(row)) {
        index -= 1;
        continue;
      }
      break;
    }
    const start = coverStart.get(index) ?? index;
    units.push({
      row: index,
      start,
      subtotal: coverStart.has(index),
      boundaryAbove: isBoundary(rows, start, edges),
    });
    index = start - 1;
  }
  return units;
}
