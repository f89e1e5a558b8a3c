/**
 * Tells from a column's cells whether its figures add down the column: amounts do, whatever the
 * header says; percentages and ratios do not.
 *
 *   Average Balances   Interest   Rates          % Change
 *        12,345           641      5.19%  <- percent   8.0%   <- percent
 *         6,789           352      5.18%             33.9%
 *        19,134           993      5.19%             63.6%
 *        ^ amount         ^ amount
 */
import type { Amount } from "../model/amount";
import type { ColumnMeasure, ColumnRole } from "../model/statement";

export interface ColumnMeasureInput {
  /** The column's header as read ("Average Balances", "Rate", "% Change"). */
  header: string;
  role: ColumnRole;
  /** The column's figures, one per row that has one. */
  amounts: readonly Amount[];
  /** True when the other columns of the table hold mostly whole numbers (amounts, not rates). */
  wholeTable: boolean;
}

/** A column of decimals that names what its figures are per: they add ("Earnings Per Share"). */
const PER_UNIT = /\bper\s+(?:common\s+|diluted\s+|basic\s+)?(?:share|unit)\b|\beps\b/iu;
/** Headers of decimals that do not add ("Weighted Average Exercise Price", "Yield"). */
const RATE_WORDS = /\baverage\b|\bprices?\b|\brates?\b|\bratios?\b|\byields?\b|\blife\b|\bfactors?\b/iu;

/**
 * In order: a percent-change column; percent signs on most figures (unless two or more are
 * whole amounts without one, as where amount rows and growth rows alternate), or on some where the rest
 * are decimals; decimals without a currency sign beside whole amounts, or under a rate's name
 * (unless the header says per share); else amounts.
 */
export function detectColumnMeasure({
  header,
  role,
  amounts,
  wholeTable,
}: ColumnMeasureInput): ColumnMeasure {
  if (role === "percent-change") return "percent";
  const numbers = amounts.filter((a) => a.kind === "number");
  if (numbers.length === 0) return "amount";
  const percents = numbers.filter((a) => a.percent).length;
  const nonZero = numbers.filter((a) => a.value !== null && !/^-?[0.]+$/u.test(a.value));
  const fractional = nonZero.length > 0 && nonZero.every((a) => a.decimals > 0 || a.percent);
  // rows of amounts between rows of growth rates ("$9,367" over "5%") still add among themselves
  const wholeAmounts = nonZero.filter((a) => !a.percent && a.decimals === 0).length;
  if (percents * 2 > numbers.length && wholeAmounts < 2) return "percent";
  if (percents > 0 && fractional && !numbers.some((a) => a.currency)) return "percent";
  if (!fractional || PER_UNIT.test(header)) return "amount";
  if (RATE_WORDS.test(header)) return "ratio";
  if (wholeTable && nonZero.length >= 2 && !numbers.some((a) => a.currency)) return "ratio";
  return "amount";
}
