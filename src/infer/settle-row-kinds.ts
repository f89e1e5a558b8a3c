/**
 * The kind of each row once its relations are known: a total is a row that a sum confirms, or a
 * row of amounts that the layout and the wording both mark (under a rule or named "Total", and worded
 * as a total) whose parts did not tie. A rule alone is a hint: a per-share line, a share count or an
 * item printed under a rule is an item; so is a measure worded like a total with no parts printed
 * ("Earnings Before Income Taxes" in a summary of subsidiaries).
 *
 *                                    ---------
 *   Gross profit                       53,417    total: Net sales - Cost of sales
 *                                    ---------
 *   Basic and diluted loss per share   $(0.30)   item (under a rule, but a per-share figure)
 *                                    ---------
 *   Interest revenue                    4,264    item (the rule closes the block above it)
 */
import type { Relation } from "../model/relation";
import type { Row, Statement } from "../model/statement";
import { isTotalLabel } from "./is-total-candidate";

function kindOf(row: Row, summed: boolean): Row["kind"] {
  if (row.kind === "heading") return "heading";
  if (summed) return "total";
  const worded = /^totals?\b/i.test(row.label.trim()) || isTotalLabel(row.label);
  const figures = row.cells.some((cell) => cell?.value != null);
  return row.kind === "total" && worded && figures && row.unit === "currency" ? "total" : "item";
}

export function settleRowKinds(statement: Statement, relations: readonly Relation[]): Statement {
  const summed = new Set(
    relations
      .filter((relation) => relation.kind === "sum" && relation.statement === statement.id)
      .map((r) => r.row),
  );
  let changed = false;
  const rows = statement.rows.map((row, index) => {
    const kind = kindOf(row, summed.has(index));
    if (kind === row.kind) return row;
    changed = true;
    return { ...row, kind };
  });
  return changed ? { ...statement, rows } : statement;
}
