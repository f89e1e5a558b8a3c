/**
 * The relations of one statement as readable lines, each with how many columns agree:
 *
 *   Total Operating Expenses = Cost of Operating Revenues + Selling, General and ... ✓ 3/3 columns
 *   Income (Loss) from Discontinued Operations = ... x 1000 / Basic Weighted ...   ≈ 3/3 columns (2 rounding plugs)
 */
import type { Finding } from "../model/finding";
import { columnsOf, readingOrder } from "../model/formula-of";
import type { Relation, Term } from "../model/relation";
import type { Statement } from "../model/statement";

function labelOf(statements: readonly Statement[], id: string, row: number): string {
  const label = statements.find((statement) => statement.id === id)?.rows[row]?.label.trim() ?? "";
  return label === "" ? `row ${row}` : label;
}

function termsText(statements: readonly Statement[], id: string, terms: readonly Term[]): string {
  return terms
    .map((term, index) => {
      const label = labelOf(statements, id, term.row);
      if (index === 0) return term.sign === 1 ? label : `- ${label}`;
      return `${term.sign === 1 ? "+" : "-"} ${label}`;
    })
    .join(" ");
}

function rightSide(statements: readonly Statement[], relation: Relation): string {
  const id = relation.statement;
  switch (relation.kind) {
    case "sum": {
      const text = termsText(statements, id, readingOrder(relation.terms));
      return relation.sign === 1 ? `= ${text}` : `= -(${text})`;
    }
    case "ratio":
      return `= ${labelOf(statements, id, relation.numerator)} / ${labelOf(statements, id, relation.denominator)}`;
    case "per-share": {
      const income = termsText(statements, id, relation.numerator);
      const scaled = relation.multiplier === 1 ? income : `(${income}) x ${relation.multiplier}`;
      return `= ${scaled} / ${labelOf(statements, id, relation.shares)}`;
    }
    case "link": {
      const target = `${relation.target.statement} ${labelOf(statements, relation.target.statement, relation.target.row)}`;
      const signed = relation.sign === 1 ? target : `-(${target})`;
      return relation.role === "formula" ? `= ${signed}` : `agrees with ${signed}`;
    }
    case "note":
      return `= the figures stated in the note at line ${relation.line}`;
  }
}

function checkedColumns(relation: Relation): number[] {
  if (relation.kind === "note") return relation.ties;
  if (relation.kind === "link")
    return relation.columns.flatMap((target, column) => (target === null ? [] : [column]));
  return columnsOf(relation);
}

/** One line per relation of `statement`, with its findings counted. */
export function formatRelations(
  statements: readonly Statement[],
  statement: Statement,
  relations: readonly Relation[],
  findings: readonly Finding[],
): string[] {
  return relations
    .filter((relation) => relation.statement === statement.id)
    .sort((a, b) => a.row - b.row)
    .map((relation) => {
      const columns = checkedColumns(relation);
      const own = findings.filter(
        (finding) =>
          finding.statement === relation.statement &&
          finding.row === relation.row &&
          finding.column !== null &&
          columns.includes(finding.column),
      );
      const errors = new Set(own.filter((f) => f.severity === "error").map((f) => f.column)).size;
      const remarks = own.filter((f) => f.severity !== "error").length;
      const mark = errors > 0 ? "✗" : remarks > 0 ? "≈" : "✓";
      const note = remarks > 0 ? ` (${remarks} remark${remarks > 1 ? "s" : ""})` : "";
      const label = labelOf(statements, relation.statement, relation.row);
      return `${label} ${rightSide(statements, relation)}  ${mark} ${columns.length - errors}/${columns.length} columns${note}`;
    });
}
