/**
 * Checks a percent row against the ratio of its rows, rounded to the digits the exhibit printed:
 * the two must agree exactly.
 *
 *   Gross Margin (% of Revenue)   54.9%   20,252 / 36,879 = 54.915%, 54.9 at one decimal   OK
 */
import Decimal from "decimal.js";
import { checkedColumns } from "../model/checked-columns";
import type { RatioRelation } from "../model/relation";
import { unitOf } from "../model/tolerance";
import type { Figures } from "./figures";
import { makeOutcome, type Outcome } from "./outcome";

export function checkRatio(relation: RatioRelation, figures: Figures): Outcome[] {
  const { statement, row } = relation;
  return checkedColumns(relation, figures.cell).map((column) => {
    const denominator = figures.value(statement, relation.denominator, column);
    return makeOutcome(
      figures,
      { kind: "ratio", statement, row, column },
      {
        reported: figures.value(statement, row, column),
        computed: figures.value(statement, relation.numerator, column).dividedBy(denominator).times(100),
        // a percent row's own digits, whatever unit the row was given
        places: unitOf(figures.cell(statement, row, column)?.value).decimalPlaces(),
        tolerance: new Decimal(0),
      },
      { OK: null, ROUNDING: "ratio-mismatch", MISMATCH: "ratio-mismatch" },
    );
  });
}
