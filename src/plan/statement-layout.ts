/**
 * Where a statement's figures go on its sheet. Four blocks side by side, one column per
 * statement column each, so cell (row r, column c) is at the same offset in every block:
 *
 *   A (label) | B..D live model | E line | . | G..I as reported | . | K..M difference | . | O..Q tolerance
 *
 * Rows: title, company and exhibit, units, a remark, block captions, headers as printed, period,
 * period end, basis (when any column has one), then one sheet row per statement row.
 */
import type { Statement } from "../model/statement";
import { cellAddress } from "../model/a1";

export interface StatementLayout {
  sheet: string;
  statement: Statement;
  /** Sheet rows of the header stack (0-based). */
  captionRow: number;
  headerRow: number;
  periodRow: number;
  endRow: number;
  /** The basis row, or null when no column has a basis or scenario. */
  basisRow: number | null;
  firstRow: number;
  /** First sheet column of each block. */
  live: number;
  line: number;
  reported: number;
  difference: number;
  tolerance: number;
  /** One past the last column used. */
  width: number;
}

export function layoutStatement(statement: Statement, sheet: string): StatementLayout {
  const n = Math.max(1, statement.columns.length);
  const hasBasis = statement.columns.some((column) => column.basis !== null || column.scenario !== null);
  return {
    sheet,
    statement,
    captionRow: 4,
    headerRow: 5,
    periodRow: 6,
    endRow: 7,
    basisRow: hasBasis ? 8 : null,
    firstRow: hasBasis ? 9 : 8,
    live: 1,
    line: n + 1,
    reported: n + 3,
    difference: 2 * n + 4,
    tolerance: 3 * n + 5,
    width: 4 * n + 5,
  };
}

/** The sheet row of statement row `row`. */
export function sheetRow(layout: StatementLayout, row: number): number {
  return layout.firstRow + row;
}

export function liveAddress(layout: StatementLayout, row: number, column: number): string {
  return cellAddress(sheetRow(layout, row), layout.live + column);
}

export function reportedAddress(layout: StatementLayout, row: number, column: number): string {
  return cellAddress(sheetRow(layout, row), layout.reported + column);
}

/** The cell a finding about this statement points at: its figure, else its row's label, else its column's header. */
export function findingAddress(
  layout: StatementLayout,
  finding: { row: number | null; column: number | null },
): string {
  if (finding.row === null) return cellAddress(layout.headerRow, layout.live + (finding.column ?? 0));
  if (finding.column === null) return cellAddress(sheetRow(layout, finding.row), 0);
  return liveAddress(layout, finding.row, finding.column);
}
