/**
 * The live model's value of every formula cell, exactly: each formula evaluated over the live
 * values of the cells it names (formulas in turn), input figures as printed. What a spreadsheet
 * computes, in decimals. Null for a division by zero or a cycle.
 *
 *   Total Operating Revenues  =B11+B12      36,879   live 36,879 (parts as printed)
 *   Loss from Continuing Ops  =B13-B22     (2,118)   live -2,118 (from the live totals)
 */
import Decimal from "decimal.js";
import type { Formula } from "../model/formula";
import type { CellFormula } from "../model/formula-of";
import type { Statement } from "../model/statement";

export type LiveValue = (statement: string, row: number, column: number) => Decimal | null;

export function evaluateLive(
  statements: readonly Statement[],
  formulaAt: (statement: string, row: number, column: number) => CellFormula | null,
): LiveValue {
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const memo = new Map<string, Decimal | null>();
  const visiting = new Set<string>();
  const zero = new Decimal(0);

  const evaluate = (formula: Formula, column: number): Decimal | null => {
    switch (formula.kind) {
      case "ref":
        return value(formula.address.statement, formula.address.row, formula.address.column ?? column);
      case "sum": {
        let total = zero;
        for (const term of formula.terms) {
          const part = evaluate(term.formula, column);
          if (part === null) return null;
          total = total.plus(part.times(term.sign));
        }
        return total;
      }
      case "scale": {
        const inner = evaluate(formula.formula, column);
        return inner === null ? null : inner.times(formula.factor);
      }
      case "divide": {
        const numerator = evaluate(formula.numerator, column);
        const denominator = evaluate(formula.denominator, column);
        return numerator === null || denominator === null || denominator.isZero()
          ? null
          : numerator.dividedBy(denominator);
      }
    }
  };

  const value: LiveValue = (statement, row, column) => {
    const key = `${statement}:${row}:${column}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    if (visiting.has(key)) return null;
    visiting.add(key);
    const found = formulaAt(statement, row, column);
    const printed = byId.get(statement)?.rows[row]?.cells[column]?.value;
    const result =
      found !== null ? evaluate(found.formula, column) : printed == null ? zero : new Decimal(printed);
    visiting.delete(key);
    memo.set(key, result);
    return result;
  };
  return value;
}
