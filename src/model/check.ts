/**
 * One check the check stage made: a relation on one column, with the numbers and the verdict. The
 * JSON and the workbook both show these, and nothing re-derives them.
 *
 *   Total Operating Expenses  column 0  reported 38997  computed 38997  difference 0     tolerance 3.5   OK
 *   Net (Loss) Income         column 2  reported -0.44  computed -0.448 difference 0.01  tolerance 0.01  ROUNDING
 */
import type Decimal from "decimal.js";
import type { FindingCode } from "./finding";

/** What is checked: a total, a link to another statement, a balance, a percent or a per-share figure. */
export type CheckKind = "sum" | "link" | "balance" | "ratio" | "per-share";

/** OK: agrees; ROUNDING: differs by no more than the tolerance; MISMATCH: differs by more. */
export type CheckVerdict = "OK" | "ROUNDING" | "MISMATCH";

export interface Check {
  kind: CheckKind;
  /** 0-based index into the result's `relations`. */
  relation: number;
  statement: string;
  /** 0-based row and column of the figure checked. */
  row: number;
  column: number;
  /** The figure as printed, as an exact decimal string ("-0.44"; "54.9" for 54.9%). */
  reported: string;
  /** What the relation gives from the reported figures it is made of (exact, or to 4 decimals). */
  computed: string;
  /**
   * Decimals `computed` is rounded to before it is compared, as the exhibit rounded it (a
   * per-share or percent figure: "-0.448" is compared as "-0.45"); null when it is compared exact.
   */
  places: number | null;
  /** reported - computed (rounded to `places` where given), exact. */
  difference: string;
  /** The largest |difference| accepted as rounding; 0 where none is. */
  tolerance: string;
  verdict: CheckVerdict;
  /** 0-based index into the result's `findings` of the check's finding, or null when it has none. */
  finding: number | null;
  /** The code of that finding, or null. */
  code: FindingCode | null;
}

/** The verdict: exact is OK, within the tolerance ROUNDING, beyond it MISMATCH. */
export function verdictOf(difference: Decimal, tolerance: Decimal): CheckVerdict {
  if (difference.isZero()) return "OK";
  return difference.abs().lte(tolerance) ? "ROUNDING" : "MISMATCH";
}
