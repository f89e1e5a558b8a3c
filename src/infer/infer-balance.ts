/**
 * A balance sheet's check that total liabilities and equity equal total assets, column by column;
 * a bare "TOTAL" stands for either by the heading above it.
 *
 *   TOTAL ASSETS                                   $109,029
 *   ...
 *   TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY     $109,029   check: = TOTAL ASSETS
 */
import Decimal from "decimal.js";
import type { LinkRelation, SumRelation } from "../model/relation";
import type { Row, Statement } from "../model/statement";
import { classifyBalanceLabel } from "./classify-balance-label";
import type { BalanceLabel } from "./classify-balance-label";
import { isHeadingLike } from "./collect-units";

interface Pair {
  assets: number;
  equity: number;
}

/** The last index before `end` (exclusive) where `test` holds, or -1. */
function lastBefore(rows: readonly Row[], end: number, test: (row: Row) => boolean): number {
  for (let index = Math.min(end, rows.length) - 1; index >= 0; index -= 1) {
    const row = rows[index];
    if (row !== undefined && test(row)) return index;
  }
  return -1;
}

/**
 * The two totals: by their labels, else the last bare "TOTAL" under a "LIABILITIES AND ... EQUITY"
 * heading and the last one above that heading.
 *
 *   TOTAL                                    3,086,238   <- assets
 *   LIABILITIES AND STOCKHOLDERS' EQUITY
 *   ...
 *   TOTAL                                    3,086,238   <- liabilities and equity
 */
function findPair(rows: readonly Row[]): Pair | null {
  const named = (row: Row): BalanceLabel | null =>
    isHeadingLike(row) ? null : classifyBalanceLabel(row.label);
  const heading = rows.findIndex(
    (row) => isHeadingLike(row) && classifyBalanceLabel(row.label) === "liabilities-and-equity",
  );
  let equity = rows.findIndex((row) => named(row) === "liabilities-and-equity");
  if (equity < 0 && heading >= 0) {
    const total = lastBefore(rows, rows.length, (row) => named(row) === "total");
    if (total > heading) equity = total;
  }
  if (equity < 0) return null;
  let assets = lastBefore(rows, equity, (row) => named(row) === "assets");
  if (assets < 0 && heading >= 0 && heading < equity) {
    assets = lastBefore(rows, heading, (row) => named(row) === "total");
  }
  return assets < 0 ? null : { assets, equity };
}

function valueOf(row: Row | undefined, column: number): Decimal | null {
  const value = row?.cells[column]?.value;
  return value === null || value === undefined ? null : new Decimal(value);
}

export function inferBalance(statement: Statement, _sums: readonly SumRelation[]): LinkRelation[] {
  if (statement.kind !== "balance-sheet") return [];
  const pair = findPair(statement.rows);
  if (pair === null) return [];
  const equityRow = statement.rows[pair.equity];
  const assetsRow = statement.rows[pair.assets];
  const ties: number[] = [];
  const misses: number[] = [];
  statement.columns.forEach((_, column) => {
    const equity = valueOf(equityRow, column);
    const assets = valueOf(assetsRow, column);
    if (equity === null && assets === null) return;
    if ((equity ?? new Decimal(0)).equals(assets ?? new Decimal(0))) ties.push(column);
    else misses.push(column);
  });
  return [
    {
      kind: "link",
      statement: statement.id,
      row: pair.equity,
      target: { statement: statement.id, row: pair.assets },
      sign: 1,
      role: "check",
      columns: statement.columns.map((_, column) => column),
      ties,
      misses,
    },
  ];
}
