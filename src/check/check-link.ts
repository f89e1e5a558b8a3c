/**
 * Checks a link on every mapped column: a restated figure must equal its source exactly (sign-aware).
 *
 *   Network Optimization Cost (reconciliation)     954   = -(954) in the statement   silent
 *   TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY 109,029   = TOTAL ASSETS 109,029      silent
 */
import Decimal from "decimal.js";
import type { Finding } from "../model/finding";
import { checkedColumns } from "../model/checked-columns";
import { makeFinding } from "../model/make-finding";
import type { LinkRelation } from "../model/relation";
import type { Figures } from "./figures";
import { checkPlace } from "./figures";

export function checkLink(relation: LinkRelation, figures: Figures): Finding[] {
  const findings: Finding[] = [];
  const { statement, row, target } = relation;
  const balance = target.statement === statement;
  for (const column of checkedColumns(relation, figures.cell)) {
    const targetColumn = relation.columns[column];
    if (targetColumn == null) continue;
    const reported = figures.value(statement, row, column);
    const computed = figures.value(target.statement, target.row, targetColumn).times(relation.sign);
    const difference = reported.minus(computed);
    if (difference.isZero()) continue;
    const place = checkPlace(figures, statement, row, column, {
      reported,
      computed,
      tolerance: new Decimal(0),
    });
    findings.push(makeFinding(balance ? "balance-mismatch" : "link-mismatch", place));
  }
  return findings;
}
