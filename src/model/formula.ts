/**
 * A cell's formula as an AST, and its one renderer. The JSON output uses the layout-free
 * reference form, where `{s2:r4}` is statement s2, row 4 (0-based index into `rows`), same column,
 * and `{s2:r4:c1}` names the column (0-based index into `columns`):
 *
 *   ={s2:r3}-{s2:r12}                  Loss from Continuing Operations
 *   =-{s2:r9:c1}                       a reconciliation row restating another statement's cell
 *   =({s3:r19}+{s3:r22})*1000/{s3:r24}  a per-share row
 *   ={s2:r30}/{s2:r3}                  a percent row (the formula gives a fraction: 0.549 for 54.9%)
 */

/** A figure's address: statement id, 0-based row, 0-based column (null: the formula cell's own column). */
export interface CellAddress {
  statement: string;
  row: number;
  column: number | null;
}

export type Formula =
  | { kind: "ref"; address: CellAddress }
  /** Signed sum; a single term with sign -1 is a negation. */
  | { kind: "sum"; terms: { sign: 1 | -1; formula: Formula }[] }
  /** formula x factor, factor an exact decimal string ("1000"). */
  | { kind: "scale"; formula: Formula; factor: string }
  | { kind: "divide"; numerator: Formula; denominator: Formula };

export function ref(statement: string, row: number, column: number | null = null): Formula {
  return { kind: "ref", address: { statement, row, column } };
}

/** The reference form of an address: `{s2:r4}` or `{s2:r4:c1}`. */
export function printReference(address: CellAddress): string {
  const column = address.column === null ? "" : `:c${address.column}`;
  return `{${address.statement}:r${address.row}${column}}`;
}

/** Renders a formula with `=`, printing each address with `print` (the reference form by default). */
export function renderFormula(
  formula: Formula,
  print: (address: CellAddress) => string = printReference,
): string {
  return `=${renderExpression(formula, print, false)}`;
}

function renderExpression(
  formula: Formula,
  print: (address: CellAddress) => string,
  operand: boolean,
): string {
  switch (formula.kind) {
    case "ref":
      return print(formula.address);
    case "sum": {
      const text = formula.terms
        .map((term, index) => {
          const inner = renderExpression(term.formula, print, true);
          if (index === 0) return term.sign === 1 ? inner : `-${inner}`;
          return `${term.sign === 1 ? "+" : "-"}${inner}`;
        })
        .join("");
      return operand && formula.terms.length > 1 ? `(${text})` : text;
    }
    case "scale":
      return `${renderExpression(formula.formula, print, true)}*${formula.factor}`;
    case "divide":
      return `${renderExpression(formula.numerator, print, true)}/${renderExpression(formula.denominator, print, true)}`;
  }
}
