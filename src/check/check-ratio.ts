/**
 * Checks a percent row against the ratio of its rows, within half of the last printed digit.
 *
 *   Gross Margin (% of Revenue)   54.9%   20,252 / 36,879 = 54.915%   silent (within 0.05)
 */
import Decimal from "decimal.js";
import type { Finding } from "../model/finding";
import { checkedColumns } from "../model/checked-columns";
import { makeFinding } from "../model/make-finding";
import type { RatioRelation } from "../model/relation";
import { unitOf } from "../model/tolerance";
import type { Figures } from "./figures";
import { checkPlace } from "./figures";

export function checkRatio(relation: RatioRelation, figures: Figures): Finding[] {
  const findings: Finding[] = [];
  const { statement, row } = relation;
  for (const column of checkedColumns(relation, figures.cell)) {
    const cell = figures.cell(statement, row, column);
    if (cell?.value == null) continue;
    const denominator = figures.value(statement, relation.denominator, column);
    const reported = new Decimal(cell.value);
    const computed = figures.value(statement, relation.numerator, column).dividedBy(denominator).times(100);
    const difference = reported.minus(computed);
    const tolerance = unitOf(cell.value).dividedBy(2);
    if (difference.abs().lte(tolerance)) continue;
    findings.push(
      makeFinding(
        "ratio-mismatch",
        checkPlace(figures, statement, row, column, { reported, computed, tolerance }),
      ),
    );
  }
  return findings;
}
