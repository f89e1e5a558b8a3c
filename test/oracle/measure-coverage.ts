/**
 * Measures one converted exhibit against the arithmetic oracle: its derivable rows, which of them
 * carry a formula of Crossfoot's, and why each of the others does not.
 */
import type { Relation } from "../../src/model/relation";
import type { InspectResult, Statement } from "../../src/model/statement";
import { findDerivations } from "./find-derivations";
import type { Derivation } from "./find-derivations";

/**
 * Why a derivable row has no formula:
 *  - "no relation":          nothing was inferred on the row;
 *  - "relation with misses": a relation was inferred, but it does not tie on every column;
 *  - "check only":           the row is only compared with another (a check link) or a note;
 *  - "unit not currency":    no relation, on a per-share, share-count or other row.
 */
export type Reason = "no relation" | "relation with misses" | "check only" | "unit not currency";

export interface RowCoverage {
  statement: string;
  row: number;
  line: number;
  label: string;
  unit: string;
  /** The oracle's combination: "+r12 Cash -r13 Cost [run]". */
  oracle: string;
  formula: boolean;
  reason: Reason | null;
}

export interface ExhibitCoverage {
  name: string;
  derivable: number;
  withFormula: number;
  rows: RowCoverage[];
}

/** A relation that gives the row a formula: a sum, ratio or per-share relation, or a link that is the row's formula. */
function isFormula(relation: Relation): boolean {
  return (
    relation.kind === "sum" ||
    relation.kind === "ratio" ||
    relation.kind === "per-share" ||
    (relation.kind === "link" && relation.role === "formula")
  );
}

function misses(relation: Relation): number {
  return relation.kind === "note" ? 0 : relation.misses.length;
}

function describeDerivation(statement: Statement, derivation: Derivation): string {
  const terms = derivation.terms.map(
    (t) => `${t.sign > 0 ? "+" : "-"}r${t.row} ${(statement.rows[t.row]?.label ?? "").slice(0, 40)}`,
  );
  return `${terms.join(" ")} [${derivation.search}]`;
}

export function measureCoverage(result: InspectResult): ExhibitCoverage {
  const rows: RowCoverage[] = [];
  for (const statement of result.statements) {
    for (const derivation of findDerivations(statement)) {
      const row = statement.rows[derivation.row];
      if (row === undefined) continue;
      const relations = result.relations.filter(
        (r) => r.statement === statement.id && r.row === derivation.row,
      );
      const formulas = relations.filter(isFormula);
      const formula = formulas.some((r) => misses(r) === 0);
      let reason: Reason | null = null;
      if (!formula)
        reason =
          formulas.length > 0
            ? "relation with misses"
            : relations.length > 0
              ? "check only"
              : row.unit === "currency"
                ? "no relation"
                : "unit not currency";
      rows.push({
        statement: statement.id,
        row: derivation.row,
        line: row.line,
        label: row.label,
        unit: row.unit,
        oracle: describeDerivation(statement, derivation),
        formula,
        reason,
      });
    }
  }
  return {
    name: result.source.name,
    derivable: rows.length,
    withFormula: rows.filter((r) => r.formula).length,
    rows,
  };
}

/** Share of derivable rows with a formula, in percent to one decimal; null when none is derivable. */
export function rate(withFormula: number, derivable: number): number | null {
  return derivable === 0 ? null : Math.round((1000 * withFormula) / derivable) / 10;
}
