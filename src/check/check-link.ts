/**
 * Checks a link on every mapped column: a restated figure must equal its source exactly (sign-aware).
 *
 *   Network Optimization Cost (reconciliation)     954   = -(954) in the statement   OK
 *   TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY 109,029   = TOTAL ASSETS 109,029      OK
 */
import Decimal from "decimal.js";
import { checkedColumns } from "../model/checked-columns";
import type { LinkRelation } from "../model/relation";
import type { Figures } from "./figures";
import { makeOutcome, placesOf, type Outcome } from "./outcome";

export function checkLink(relation: LinkRelation, figures: Figures): Outcome[] {
  const { statement, row, target } = relation;
  const balance = target.statement === statement;
  return checkedColumns(relation, figures.cell).flatMap((column) => {
    const targetColumn = relation.columns[column];
    if (targetColumn == null) return [];
    const mismatch = balance ? "balance-mismatch" : "link-mismatch";
    return [
      makeOutcome(
        figures,
        { kind: balance ? "balance" : "link", statement, row, column },
        {
          reported: figures.value(statement, row, column),
          computed: figures.value(target.statement, target.row, targetColumn).times(relation.sign),
          places: placesOf(figures, statement, row, column),
          tolerance: new Decimal(0),
        },
        { OK: null, ROUNDING: mismatch, MISMATCH: mismatch },
      ),
    ];
  });
}
