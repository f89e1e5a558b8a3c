/**
 * Checks a sum on every column it was confirmed on or missed: exact is silent, within half a unit
 * of the last printed digit per term is rounding (info), anything more a mismatch (error).
 *
 *   Total Operating Expenses     38,997   sum of parts 38,997   silent
 *   Total Operating Expenses     39,004   sum of parts 38,997   mismatch of 7
 */
import Decimal from "decimal.js";
import type { Finding } from "../model/finding";
import { checkedColumns } from "../model/checked-columns";
import { makeFinding } from "../model/make-finding";
import type { SumRelation } from "../model/relation";
import { sumTolerance } from "../model/tolerance";
import type { Figures } from "./figures";
import { checkPlace } from "./figures";

export function checkSum(relation: SumRelation, figures: Figures): Finding[] {
  const findings: Finding[] = [];
  const { statement, row } = relation;
  for (const column of checkedColumns(relation, figures.cell)) {
    const cell = figures.cell(statement, row, column);
    const reported = figures.value(statement, row, column);
    const computed = relation.terms
      .reduce(
        (acc, term) => acc.plus(figures.value(statement, term.row, column).times(term.sign)),
        new Decimal(0),
      )
      .times(relation.sign);
    const difference = reported.minus(computed);
    if (difference.isZero()) continue;
    const tolerance = sumTolerance(cell?.value, relation.terms.length);
    const code = difference.abs().lte(tolerance) ? "sum-rounding" : "sum-mismatch";
    findings.push(
      makeFinding(code, checkPlace(figures, statement, row, column, { reported, computed, tolerance })),
    );
  }
  return findings;
}
