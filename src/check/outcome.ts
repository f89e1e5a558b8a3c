/**
 * What one check gives: the check with its numbers and verdict, and the finding that reports it
 * (none where it agrees silently). The finding carries the check's own numbers.
 *
 *   Total Operating Expenses  39,004 against 38,997  -> MISMATCH, tolerance 3.5, sum-mismatch
 */
import Decimal from "decimal.js";
import type { Check, CheckKind } from "../model/check";
import { verdictOf } from "../model/check";
import type { Finding, FindingCode } from "../model/finding";
import { makeFinding } from "../model/make-finding";
import { unitOf } from "../model/tolerance";
import type { Figures } from "./figures";
import { printDecimal } from "./figures";

/** A check before it is placed among the result's relations and findings. */
export type CheckFigures = Omit<Check, "relation" | "finding" | "code">;

export interface Outcome {
  check: CheckFigures;
  finding: Finding | null;
}

export interface CheckNumbers {
  reported: Decimal;
  computed: Decimal;
  /** Decimals `computed` is rounded to before the comparison, or null. */
  places: number | null;
  tolerance: Decimal;
}

/**
 * The decimals a check rounds its computed figure to, as the exhibit rounded it: a per-share row
 * at the finest digit it prints (a dash prints none), a percent at the digits of its own figure;
 * null for the rest, compared exact.
 *
 *   Net (Loss) Income per share   ($0.44)    -     -> 2        Gross Margin %   54.9%  -> 1
 */
export function placesOf(figures: Figures, statement: string, row: number, column: number): number | null {
  const at = figures.statement(statement)?.rows[row];
  const own = unitOf(at?.cells[column]?.value);
  if (at?.unit === "per-share")
    return at.cells
      .map((cell) => unitOf(cell?.value))
      .reduce((finest, unit) => (unit.lt(finest) ? unit : finest), own)
      .decimalPlaces();
  if (at?.unit === "percent") return own.decimalPlaces();
  return null;
}

/** The difference a check judges: reported less computed, rounded as the exhibit rounds it. */
export function differenceOf(numbers: CheckNumbers): Decimal {
  const compared =
    numbers.places === null
      ? numbers.computed
      : numbers.computed.toDecimalPlaces(numbers.places, Decimal.ROUND_HALF_UP);
  return numbers.reported.minus(compared);
}

/**
 * The check at `row` and `column`, and its finding: `codes` names the finding of each verdict
 * (null for none); `code` may override it (a rounding plug, an unsigned zero).
 */
export function makeOutcome(
  figures: Figures,
  at: { kind: CheckKind; statement: string; row: number; column: number },
  numbers: CheckNumbers,
  codes: Record<Check["verdict"], FindingCode | null>,
): Outcome {
  const difference = differenceOf(numbers);
  const verdict = verdictOf(difference, numbers.tolerance);
  const check: CheckFigures = {
    ...at,
    // as printed: "0.00" keeps its cents
    reported: figures.cell(at.statement, at.row, at.column)?.value ?? numbers.reported.toString(),
    computed: printDecimal(numbers.computed, 4),
    places: numbers.places,
    difference: difference.toString(),
    tolerance: numbers.tolerance.toString(),
    verdict,
  };
  const code = codes[verdict];
  if (code === null) return { check, finding: null };
  const { statement, row, column } = at;
  const finding = makeFinding(code, {
    statement,
    row,
    column,
    line: figures.cell(statement, row, column)?.line ?? figures.statement(statement)?.rows[row]?.line ?? null,
    text: figures.statement(statement)?.rows[row]?.label ?? null,
    numbers: {
      reported: check.reported,
      computed: check.computed,
      difference: check.difference,
      tolerance: check.tolerance,
    },
  });
  return { check, finding };
}
