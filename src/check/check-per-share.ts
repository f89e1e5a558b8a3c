/**
 * Checks a per-share row against reported income over reported shares, rounded to the printed
 * cents. A cent off where the per-share lines were forced to add up is a rounding plug (warning);
 * "$0.00" printed for a loss is info; anything else is a mismatch.
 *
 *   Income (Loss) from Discontinued Operations   ($0.59)   -34,765 x 1000 / 59,461,374 = -0.5847
 *   Net (Loss) Income                            ($1.38)   (-0.79) + (-0.59) = (-1.38): a plug
 */
import Decimal from "decimal.js";
import type { Finding } from "../model/finding";
import { checkedColumns } from "../model/checked-columns";
import { makeFinding } from "../model/make-finding";
import type { PerShareRelation } from "../model/relation";
import type { Statement } from "../model/statement";
import { unitOf } from "../model/tolerance";
import type { Figures } from "./figures";
import { printDecimal } from "./figures";

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

export function checkPerShare(relation: PerShareRelation, figures: Figures): Finding[] {
  const findings: Finding[] = [];
  const { statement: id, row } = relation;
  const statement = figures.statement(id);
  if (statement === undefined) return findings;
  for (const column of checkedColumns(relation, figures.cell)) {
    const cell = figures.cell(id, row, column);
    const shares = figures.value(id, relation.shares, column);
    if (cell?.value == null) continue;
    const income = relation.numerator.reduce(
      (acc, term) => acc.plus(figures.value(id, term.row, column).times(term.sign)),
      new Decimal(0),
    );
    const computed = income.times(relation.multiplier).dividedBy(shares);
    // A dash prints no cents: take the finest digit printed on the row.
    const unit = (statement.rows[row]?.cells ?? [])
      .map((other) => unitOf(other?.value))
      .reduce((finest, candidate) => (candidate.lt(finest) ? candidate : finest), unitOf(cell.value));
    const rounded = computed.toDecimalPlaces(unit.decimalPlaces(), Decimal.ROUND_HALF_UP);
    const reported = new Decimal(cell.value);
    const difference = reported.minus(rounded);
    const place = {
      statement: id,
      row,
      column,
      line: cell.line,
      text: statement.rows[row]?.label ?? null,
      numbers: {
        reported: cell.value,
        computed: printDecimal(computed, 4),
        difference: printDecimal(reported.minus(computed), 4),
        tolerance: unit.dividedBy(2).toString(),
      },
    };
    if (difference.isZero()) {
      const unsigned = reported.isZero() && !cell.value.startsWith("-") && computed.isNegative();
      if (unsigned) findings.push(makeFinding("per-share-unsigned-zero", place));
      continue;
    }
    const plug =
      difference.abs().equals(unit) && addsUp(statement, perShareBlock(statement, row), column, figures);
    const code = plug
      ? "per-share-rounding-plug"
      : withinInputRounding(relation, figures, column, reported, unit)
        ? "per-share-rounding"
        : "per-share-mismatch";
    findings.push(makeFinding(code, place));
  }
  return findings;
}
