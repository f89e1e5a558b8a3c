/**
 * Check of a candidate sum on every value column: the reported total against the signed sum of
 * its terms, exact in integers of the smallest printed unit (a blank cell or a dash counts as 0). A difference within half a unit
 * of the total's last printed digit per term is "near" (rounding), anything more a miss.
 *
 *   Total Current Assets   53,001   62,752   51,065
 *                          tie      tie      tie
 */
import Decimal from "decimal.js";
import type { Statement } from "../model/statement";
import type { Term } from "../model/relation";

/** Exact values of a statement's cells: `values[row][column]`, null where there is no figure. */
export type Values = (Decimal | null)[][];

export function readValues(statement: Statement): Values {
  return statement.rows.map((row) =>
    row.cells.map((cell) => (cell === null || cell.value === null ? null : new Decimal(cell.value))),
  );
}

/**
 * The same figures as exact integers in a common unit, for the many candidate sums: with `places`
 * decimals, "-0.04" is -4n at 2 places. `units` holds the value of each figure's last printed digit.
 */
export interface Grid {
  cells: (bigint | null)[][];
  units: bigint[][];
}

const MAX_PLACES = 12;

function placesOf(value: string): number {
  const point = value.indexOf(".");
  return point < 0 ? 0 : value.length - point - 1;
}

function scaled(value: string, places: number): bigint {
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = value.replace("-", "").split(".");
  const digits = `${whole}${fraction.padEnd(places, "0").slice(0, places)}`;
  const magnitude = BigInt(digits === "" ? "0" : digits);
  return negative ? -magnitude : magnitude;
}

export function readGrid(statement: Statement): Grid {
  let places = 0;
  for (const row of statement.rows)
    for (const cell of row.cells) if (cell?.value != null) places = Math.max(places, placesOf(cell.value));
  places = Math.min(places, MAX_PLACES);
  const cells = statement.rows.map((row) =>
    row.cells.map((cell) => (cell?.value == null ? null : scaled(cell.value, places))),
  );
  const units = statement.rows.map((row) =>
    row.cells.map((cell) => 10n ** BigInt(Math.max(0, places - placesOf(cell?.value ?? "")))),
  );
  return { cells, units };
}

/** 0-based columns where a sum can be checked: the total has a figure and the column holds amounts (the interpret stage read that from its cells). */
export function sumColumns(statement: Statement, total: number): number[] {
  const cells = statement.rows[total]?.cells ?? [];
  return statement.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column, index }) => column.measure === "amount" && cells[index]?.value != null)
    .map(({ index }) => index);
}

export interface Confirmation {
  ties: number[];
  near: number[];
  misses: number[];
  /** Exact ties where the total is not zero (a tie of zeros proves nothing). */
  telling: number;
}

/**
 * Confirms `terms` against the total on `columns`; gives up (null) once more than `maxMisses`
 * columns miss, as such a candidate can be no relation.
 */
export function confirmSum(
  grid: Grid,
  total: number,
  terms: readonly Term[],
  columns: readonly number[],
  sign: 1 | -1 = 1,
  maxMisses = columns.length,
): Confirmation | null {
  const confirmation: Confirmation = { ties: [], near: [], misses: [], telling: 0 };
  const count = BigInt(terms.length);
  for (const column of columns) {
    const figure = grid.cells[total]?.[column] ?? 0n;
    const reported = sign === 1 ? figure : -figure;
    let sum = 0n;
    for (const term of terms) {
      const value = grid.cells[term.row]?.[column] ?? 0n;
      sum += term.sign === 1 ? value : -value;
    }
    const difference = reported > sum ? reported - sum : sum - reported;
    if (difference === 0n) {
      confirmation.ties.push(column);
      if (reported !== 0n) confirmation.telling += 1;
    } else if (reported !== 0n && 2n * difference <= (grid.units[total]?.[column] ?? 1n) * count) {
      // within half a unit of the total's last printed digit per term
      confirmation.near.push(column);
    } else {
      confirmation.misses.push(column);
      if (confirmation.misses.length > maxMisses) return null;
    }
  }
  return confirmation;
}
