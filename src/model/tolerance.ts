/**
 * The tolerance model's units, shared by the infer stage (to accept a sum within rounding) and the
 * check stage (to tell rounding from a mismatch).
 *
 *   "53001" -> unit 1     "-0.04" -> unit 0.01     a sum of 6 terms in units -> tolerance 3
 */
import Decimal from "decimal.js";

/** Value of the last printed digit of a decimal string. */
export function unitOf(value: string | null | undefined): Decimal {
  const point = value?.indexOf(".") ?? -1;
  if (value === null || value === undefined || point < 0) return new Decimal(1);
  return new Decimal(10).pow(-(value.length - point - 1));
}

/** Largest difference that `terms` independently rounded figures can explain: half a unit per term. */
export function sumTolerance(totalValue: string | null | undefined, terms: number): Decimal {
  return unitOf(totalValue).times(terms).dividedBy(2);
}
