/**
 * Exact check of a candidate sum on every value column: the reported total against the signed
 * sum of its terms, with decimal.js (a blank cell or a dash counts as 0).
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

/** 0-based columns where a sum can be checked: the total has a figure and the column is not a percent change. */
export function sumColumns(statement: Statement, values: Values, total: number): number[] {
  return statement.columns
    .map((column, index) => ({ column, index }))
    .filter(
      ({ column, index }) => column.role !== "percent-change" && (values[total]?.[index] ?? null) !== null,
    )
    .map(({ index }) => index);
}

export interface Confirmation {
  ties: number[];
  misses: number[];
  /** Ties where the total is not zero (a tie of zeros proves nothing). */
  telling: number;
}

export function confirmSum(
  values: Values,
  total: number,
  terms: readonly Term[],
  columns: readonly number[],
): Confirmation {
  const ties: number[] = [];
  const misses: number[] = [];
  let telling = 0;
  for (const column of columns) {
    const reported = values[total]?.[column] ?? new Decimal(0);
    const sum = terms.reduce(
      (acc, term) => acc.plus((values[term.row]?.[column] ?? new Decimal(0)).times(term.sign)),
      new Decimal(0),
    );
    if (sum.equals(reported)) {
      ties.push(column);
      if (!reported.isZero()) telling += 1;
    } else {
      misses.push(column);
    }
  }
  return { ties, misses, telling };
}
