/**
 * The columns on which the check stage judges a relation, so that the checker and the Checks sheet
 * of the workbook agree on what was checked:
 *  - a sum on every column it was confirmed on, near or missed;
 *  - a percent or per-share row where it prints a figure and its denominator (the revenue row, the
 *    weighted shares) is not zero;
 *  - a link (or a balance) on every mapped column where either side has a figure; a note on none;
 *  - never a column where a figure the check reads holds text instead of a number (`n/m`, a
 *    footnote reference): a formula over it would not compute.
 *
 *   Gross Margin (% of Revenue)    54.9%   n/m    47.0%   -> columns 0 and 2
 */
import Decimal from "decimal.js";
import type { Relation, RowRef } from "./relation";
import type { Cell } from "./statement";

export type CellAt = (statement: string, row: number, column: number) => Cell | null;

export function checkedColumns(relation: Relation, cellAt: CellAt): number[] {
  const { statement, row } = relation;
  const printed = (column: number): boolean => cellAt(statement, row, column)?.value != null;
  const nonZero = (at: number, column: number): boolean => {
    const value = cellAt(statement, at, column)?.value;
    return value != null && !new Decimal(value).isZero();
  };
  /** No cell of `rows` in `column` holds text: each is blank (0) or a number. */
  const numeric = (rows: readonly RowRef[], column: (ref: RowRef) => number): boolean =>
    rows.every((ref) => {
      const cell = cellAt(ref.statement, ref.row, column(ref));
      return cell === null || cell.value !== null;
    });
  const own = (rows: readonly number[]): RowRef[] => rows.map((at) => ({ statement, row: at }));
  const sorted = (columns: number[]): number[] => [...columns].sort((a, b) => a - b);
  switch (relation.kind) {
    case "sum": {
      const read = own([row, ...relation.terms.map((term) => term.row)]);
      return sorted([...relation.ties, ...relation.near, ...relation.misses]).filter((column) =>
        numeric(read, () => column),
      );
    }
    case "ratio": {
      const read = own([row, relation.numerator, relation.denominator]);
      return sorted([...relation.ties, ...relation.misses]).filter(
        (column) => printed(column) && nonZero(relation.denominator, column) && numeric(read, () => column),
      );
    }
    case "per-share": {
      const read = own([row, relation.shares, ...relation.numerator.map((term) => term.row)]);
      return sorted([...relation.ties, ...relation.misses]).filter(
        (column) => printed(column) && nonZero(relation.shares, column) && numeric(read, () => column),
      );
    }
    case "link":
      return relation.columns.flatMap((target, column) =>
        target !== null &&
        (cellAt(statement, row, column) !== null ||
          cellAt(relation.target.statement, relation.target.row, target) !== null) &&
        numeric([{ statement, row }], () => column) &&
        numeric([relation.target], () => target)
          ? [column]
          : [],
      );
    case "note":
      return [];
  }
}
