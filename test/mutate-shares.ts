/**
 * For the mutation test: the share-count digit whose change moves a per-share figure's printed
 * cents, and a seeded sample of the mutations to run.
 *
 *   Net income  (thousands)   1,215       shares  78,213,486      per share  $0.02
 *   +7 in the units digit moves nothing; +7 in the ten-millions digit (148,213,486) gives $0.01:
 *   the smallest step that moves the quotient three printed units away is the one mutated.
 */
import Decimal from "decimal.js";
import type { PerShareRelation } from "../src/model/relation";
import type { Statement } from "../src/model/statement";
import { unitOf } from "../src/model/tolerance";
import { makeRandom } from "./generate/random";

const valueAt = (statement: Statement, row: number, column: number): Decimal => {
  const value = statement.rows[row]?.cells[column]?.value;
  return value === null || value === undefined ? new Decimal(0) : new Decimal(value);
};

/**
 * The step (in units of the share count's last digit: 7, -70, 700, ...) that moves the quotient
 * of `relation` in `column` at least three units of the printed per-share figure away from it,
 * or null when no step of one digit can (an income of zero).
 */
export function sharesStep(statement: Statement, relation: PerShareRelation, column: number): number | null {
  const printed = statement.rows[relation.row]?.cells[column]?.value;
  const sharesText = statement.rows[relation.shares]?.cells[column]?.value;
  if (printed === null || printed === undefined || sharesText === null || sharesText === undefined)
    return null;
  const income = relation.numerator.reduce(
    (sum, term) => sum.plus(valueAt(statement, term.row, column).times(term.sign)),
    new Decimal(0),
  );
  const shares = new Decimal(sharesText);
  const unit = unitOf(sharesText);
  const away = unitOf(printed).times(3);
  const digits = shares.abs().dividedBy(unit).toFixed(0).length;
  for (const direction of [1, -1])
    for (let place = 0; place < digits; place++) {
      const step = 7 * 10 ** place * direction;
      const moved = shares.plus(unit.times(step));
      if (moved.lte(0)) continue;
      const quotient = income.times(relation.multiplier).dividedBy(moved);
      if (quotient.minus(printed).abs().gte(away)) return step;
    }
  return null;
}

/** `count` items of `list` chosen with a fixed seed, in their original order. */
export function seededSample<T>(list: readonly T[], count: number, seed: number): T[] {
  const random = makeRandom(seed);
  const order = list.map((item, index) => ({ item, index, key: random.next() }));
  return order
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map((o) => o.item);
}
