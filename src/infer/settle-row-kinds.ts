/**
 * The kind of each row once its relations are known: a total is a row that a sum confirms, or a
 * row of amounts worded as a total; a rule above a row is only a hint, so a per-share line, a share
 * count or an item printed under a rule is an item.
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
  return worded && figures && row.unit === "currency" ? "total" : "item";
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
