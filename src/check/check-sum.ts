/**
 * Checks a sum on every column it was confirmed on or missed: exact is OK and silent, within half
 * a unit of the last printed digit per term is rounding (info), anything more a mismatch (error).
 *
 *   Total Operating Expenses     38,997   sum of parts 38,997   OK
 *   Total Operating Expenses     39,004   sum of parts 38,997   mismatch of 7
 */
import Decimal from "decimal.js";
import { checkedColumns } from "../model/checked-columns";
import type { SumRelation } from "../model/relation";
import { sumTolerance } from "../model/tolerance";
import type { Figures } from "./figures";
import { makeOutcome, placesOf, type Outcome } from "./outcome";

export function checkSum(relation: SumRelation, figures: Figures): Outcome[] {
  const { statement, row } = relation;
  return checkedColumns(relation, figures.cell).map((column) => {
    const computed = relation.terms
      .reduce(
        (acc, term) => acc.plus(figures.value(statement, term.row, column).times(term.sign)),
        new Decimal(0),
      )
      .times(relation.sign);
    return makeOutcome(
      figures,
      { kind: "sum", statement, row, column },
      {
        reported: figures.value(statement, row, column),
        computed,
        places: placesOf(figures, statement, row, column),
        tolerance: sumTolerance(figures.cell(statement, row, column)?.value, relation.terms.length),
      },
      { OK: null, ROUNDING: "sum-rounding", MISMATCH: "sum-mismatch" },
    );
  });
}
