/**
 * Checks a per-share row against reported income over reported shares, rounded to the printed
 * cents. A cent off where the per-share lines were forced to add up is a rounding plug (warning),
 * a difference the rounding of the printed income and shares explains is rounding (info); "$0.00"
 * printed for a loss is info; anything else is a mismatch.
 *
 *   Income (Loss) from Discontinued Operations   ($0.59)   -34,765 x 1000 / 59,461,374 = -0.5847
 *   Net (Loss) Income                            ($1.38)   (-0.79) + (-0.59) = (-1.38): a plug
 */
import Decimal from "decimal.js";
import { checkedColumns } from "../model/checked-columns";
import type { PerShareRelation } from "../model/relation";
import type { Statement } from "../model/statement";
import { unitOf } from "../model/tolerance";
import type { Figures } from "./figures";
import { differenceOf, makeOutcome, placesOf, type Outcome } from "./outcome";

/** The per-share rows around `row`, headings skipped: its block of per-share lines. */
function perShareBlock(statement: Statement, row: number): number[] {
  const isPerShare = (index: number): boolean => statement.rows[index]?.unit === "per-share";
  const isSkippable = (index: number): boolean => statement.rows[index]?.kind === "heading";
  let first = row;
  while (first > 0 && (isPerShare(first - 1) || isSkippable(first - 1))) first -= 1;
  let last = row;
  while (last + 1 < statement.rows.length && isPerShare(last + 1)) last += 1;
  const block: number[] = [];
  for (let index = first; index <= last; index += 1) if (isPerShare(index)) block.push(index);
  return block;
}

/** True when the block's last line equals the sum of the others as printed in `column`. */
function addsUp(statement: Statement, block: readonly number[], column: number, figures: Figures): boolean {
  const last = block[block.length - 1];
  if (block.length < 3 || last === undefined) return false;
  const sum = block
    .slice(0, -1)
    .reduce((acc, index) => acc.plus(figures.value(statement.id, index, column)), new Decimal(0));
  return sum.equals(figures.value(statement.id, last, column));
}

/**
 * True when some income and share count that print as the reported ones give a quotient that
 * rounds to the printed figure: "204" (millions) over "741" (millions) may be 203.6 / 741.4 = 0.2746.
 */
function withinInputRounding(
  relation: PerShareRelation,
  figures: Figures,
  column: number,
  reported: Decimal,
  unit: Decimal,
): boolean {
  const id = relation.statement;
  let income = new Decimal(0);
  let incomeSlack = new Decimal(0);
  for (const term of relation.numerator) {
    const cell = figures.cell(id, term.row, column);
    income = income.plus(figures.value(id, term.row, column).times(term.sign));
    if (cell?.value != null) incomeSlack = incomeSlack.plus(unitOf(cell.value).dividedBy(2));
  }
  const shares = figures.value(id, relation.shares, column);
  const sharesSlack = unitOf(figures.cell(id, relation.shares, column)?.value).dividedBy(2);
  if (shares.abs().lte(sharesSlack)) return false;
  const quotients = [income.minus(incomeSlack), income.plus(incomeSlack)].flatMap((i) =>
    [shares.minus(sharesSlack), shares.plus(sharesSlack)].map((s) =>
      i.times(relation.multiplier).dividedBy(s),
    ),
  );
  const low = Decimal.min(...quotients);
  const high = Decimal.max(...quotients);
  const half = unit.dividedBy(2);
  return reported.minus(half).lte(high) && reported.plus(half).gte(low);
}

/**
 * The check on each column: the quotient rounded to the printed cents against the figure. The
 * tolerance is the difference the checker accepts as rounding (a plug's cent, or what the
 * rounding of the income and shares allows); 0 for a mismatch.
 */
export function checkPerShare(relation: PerShareRelation, figures: Figures): Outcome[] {
  const { statement: id, row } = relation;
  const statement = figures.statement(id);
  if (statement === undefined) return [];
  return checkedColumns(relation, figures.cell).flatMap((column) => {
    const cell = figures.cell(id, row, column);
    if (cell?.value == null) return [];
    const shares = figures.value(id, relation.shares, column);
    const income = relation.numerator.reduce(
      (acc, term) => acc.plus(figures.value(id, term.row, column).times(term.sign)),
      new Decimal(0),
    );
    const computed = income.times(relation.multiplier).dividedBy(shares);
    // A dash prints no cents: the finest digit printed on the row.
    const places = statement.rows[row]?.unit === "per-share" ? placesOf(figures, id, row, column) : null;
    const unit = new Decimal(10).pow(-(places ?? unitOf(cell.value).decimalPlaces()));
    const reported = new Decimal(cell.value);
    const difference = differenceOf({ reported, computed, places: unit.decimalPlaces(), tolerance: unit });
    const at = { kind: "per-share" as const, statement: id, row, column };
    const numbers = { reported, computed, places: unit.decimalPlaces(), tolerance: new Decimal(0) };
    if (difference.isZero()) {
      const unsigned = reported.isZero() && !cell.value.startsWith("-") && computed.isNegative();
      return [
        makeOutcome(figures, at, numbers, {
          OK: unsigned ? "per-share-unsigned-zero" : null,
          ROUNDING: null,
          MISMATCH: null,
        }),
      ];
    }
    const plug =
      difference.abs().equals(unit) && addsUp(statement, perShareBlock(statement, row), column, figures);
    const rounding = plug ? "per-share-rounding-plug" : "per-share-rounding";
    const accepted = plug || withinInputRounding(relation, figures, column, reported, unit);
    const tolerance = accepted ? difference.abs() : new Decimal(0);
    return [
      makeOutcome(
        figures,
        at,
        { ...numbers, tolerance },
        { OK: null, ROUNDING: rounding, MISMATCH: "per-share-mismatch" },
      ),
    ];
  });
}
