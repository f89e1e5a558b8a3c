/**
 * Check of a candidate sum on every value column: the reported total against the signed sum of
 * its terms, with decimal.js (a blank cell or a dash counts as 0). A difference within half a unit
 * of the total's last printed digit per term is "near" (rounding), anything more a miss.
 *
 *   Total Current Assets   53,001   62,752   51,065
 *                          tie      tie      tie
 */
import Decimal from "decimal.js";
import type { Statement } from "../model/statement";
import type { Term } from "../model/relation";
import { sumTolerance } from "../model/tolerance";

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
  near: number[];
  misses: number[];
  /** Exact ties where the total is not zero (a tie of zeros proves nothing). */
  telling: number;
}

/** The signed sum of `terms` in one column. */
export function sumTerms(values: Values, terms: readonly Term[], column: number): Decimal {
  return terms.reduce(
    (acc, term) => acc.plus((values[term.row]?.[column] ?? new Decimal(0)).times(term.sign)),
    new Decimal(0),
  );
}

export function confirmSum(
  statement: Statement,
  values: Values,
  total: number,
  terms: readonly Term[],
  columns: readonly number[],
  sign: 1 | -1 = 1,
): Confirmation {
  const confirmation: Confirmation = { ties: [], near: [], misses: [], telling: 0 };
  for (const column of columns) {
    const reported = (values[total]?.[column] ?? new Decimal(0)).times(sign);
    const difference = reported.minus(sumTerms(values, terms, column)).abs();
    if (difference.isZero()) {
      confirmation.ties.push(column);
      if (!reported.isZero()) confirmation.telling += 1;
    } else if (
      difference.lte(sumTolerance(statement.rows[total]?.cells[column]?.value, terms.length)) &&
      !reported.isZero()
    ) {
      confirmation.near.push(column);
    } else {
      confirmation.misses.push(column);
    }
  }
  return confirmation;
}
