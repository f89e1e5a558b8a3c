/**
 * Formula cells whose live value differs from the printed figure although their own check is
 * silent: the difference is carried in from a part that is itself off (a misprinted subtotal
 * feeds the total above it). Each gets a warning naming that part, so every red or amber cell of
 * the workbook is explained.
 *
 *   Total Current Assets   53,010   (parts add to 53,001: sum-mismatch)
 *   TOTAL ASSETS          109,029   (adds up with 53,010 printed; the live model gives 109,020)
 *                                    -> carried-difference, caused by "Total Current Assets"
 */
import Decimal from "decimal.js";
import type { Finding } from "../model/finding";
import type { CellFormula } from "../model/formula-of";
import type { Formula } from "../model/formula";
import { makeFinding } from "../model/make-finding";
import type { Row, Statement } from "../model/statement";
import type { LiveValue } from "./evaluate-live";
import { printDecimal } from "./figures";

/** A figure as its row compares it: per-share rounded to its cents, percent as a fraction rounded to its digits. */
function compared(row: Row, live: Decimal, printed: string): { live: Decimal; reported: Decimal } {
  const decimals = printed.includes(".") ? printed.length - printed.indexOf(".") - 1 : 0;
  const reported = new Decimal(printed);
  if (row.unit === "per-share")
    return { live: live.toDecimalPlaces(Math.max(2, decimals), Decimal.ROUND_HALF_UP), reported };
  if (row.unit === "percent")
    return { live: live.times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP), reported };
  return { live, reported };
}

function references(formula: Formula, column: number): [string, number, number][] {
  switch (formula.kind) {
    case "ref":
      return [[formula.address.statement, formula.address.row, formula.address.column ?? column]];
    case "sum":
      return formula.terms.flatMap((term) => references(term.formula, column));
    case "scale":
      return references(formula.formula, column);
    case "divide":
      return [...references(formula.numerator, column), ...references(formula.denominator, column)];
  }
}

export function findCarriedDifferences(
  statements: readonly Statement[],
  formulaAt: (statement: string, row: number, column: number) => CellFormula | null,
  live: LiveValue,
  findings: readonly Finding[],
): Finding[] {
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const flagged = new Set(findings.map((finding) => `${finding.statement}:${finding.row}:${finding.column}`));
  const carried: Finding[] = [];
  /** True when the cell's live value differs from its printed figure. */
  const differs = (statement: string, row: number, column: number): boolean => {
    const target = byId.get(statement)?.rows[row];
    const printed = target?.cells[column]?.value;
    const value = live(statement, row, column);
    if (target === undefined || printed == null || value === null) return false;
    const pair = compared(target, value, printed);
    return !pair.live.equals(pair.reported);
  };
  for (const statement of statements) {
    statement.rows.forEach((row, index) => {
      row.cells.forEach((cell, column) => {
        if (cell?.value == null || flagged.has(`${statement.id}:${index}:${column}`)) return;
        const found = formulaAt(statement.id, index, column);
        const value = live(statement.id, index, column);
        if (found === null || value === null || !differs(statement.id, index, column)) return;
        const cause = references(found.formula, column).find(([s, r, c]) => differs(s, r, c));
        const causeRow = cause === undefined ? undefined : byId.get(cause[0])?.rows[cause[1]];
        const pair = compared(row, value, cell.value);
        carried.push(
          makeFinding("carried-difference", {
            statement: statement.id,
            row: index,
            column,
            line: cell.line,
            text: row.label,
            cause:
              causeRow === undefined
                ? undefined
                : `"${causeRow.label.trim().slice(0, 80)}" (line ${causeRow.line})`,
            numbers: {
              reported: pair.reported.toString(),
              computed: printDecimal(pair.live, 4),
              difference: printDecimal(pair.reported.minus(pair.live), 4),
              tolerance: "0",
            },
          }),
        );
      });
    });
  }
  return carried;
}
