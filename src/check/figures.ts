/**
 * Exact access to a statement's figures for the checks: a blank cell or a dash reads as 0.
 *
 *   Reorganization Expense        -          -     266,383
 *                                 0          0     266383
 */
import Decimal from "decimal.js";
import type { Cell, Statement } from "../model/statement";

export interface Figures {
  statement: (id: string) => Statement | undefined;
  cell: (id: string, row: number, column: number) => Cell | null;
  /** The figure as an exact decimal (0 where the cell is blank, a dash or unreadable). */
  value: (id: string, row: number, column: number) => Decimal;
}

export function indexFigures(statements: readonly Statement[]): Figures {
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const zero = new Decimal(0);
  /** Each statement's figures as decimals, read once: `values[row][column]`. */
  const grids = new Map<string, Decimal[][]>();
  const gridOf = (id: string): Decimal[][] => {
    let grid = grids.get(id);
    if (grid === undefined) {
      grid = (byId.get(id)?.rows ?? []).map((row) =>
        row.cells.map((cell) => (cell?.value == null ? zero : new Decimal(cell.value))),
      );
      grids.set(id, grid);
    }
    return grid;
  };
  return {
    statement: (id) => byId.get(id),
    cell: (id, row, column) => byId.get(id)?.rows[row]?.cells[column] ?? null,
    value: (id, row, column) => gridOf(id)[row]?.[column] ?? zero,
  };
}

/** A decimal printed for a message and the JSON: exact, or cut to `places` decimals when longer. */
export function printDecimal(value: Decimal, places = 6): string {
  return value.decimalPlaces() > places
    ? value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toString()
    : value.toString();
}
