/**
 * Words for a statement's units and its columns' periods, as the header rows of its sheet show them.
 *
 *   scale 1000, a per-share row          -> "$ thousands, except per-share amounts"
 *   3 months ended 2003-12-31            -> "3 months ended"
 *   2002-07-31 to 2002-12-31 (no length) -> "from 2002-07-31"
 */
import type { Column, Statement } from "../model/statement";

const SCALE_WORDS: Record<number, string> = {
  1: "$",
  1000: "$ thousands",
  1000000: "$ millions",
  1000000000: "$ billions",
};

export function describeUnits(statement: Statement): string {
  const units = new Set(statement.rows.map((row) => row.unit));
  const parts = [`Amounts in ${SCALE_WORDS[statement.scale] ?? `units of ${statement.scale}`}`];
  if (units.has("per-share")) parts[0] += ", except per-share amounts";
  if (units.has("shares")) parts.push("share counts as printed");
  if (units.has("percent")) parts.push("percentages as fractions, shown as %");
  return parts.join("; ");
}

export function describePeriod(column: Column): string {
  if (column.role === "change") return "Change";
  if (column.role === "percent-change") return "% Change";
  const period = column.period;
  if (period === null) return "";
  if (period.instant) return "As of";
  if (period.months !== null) return `${period.months} months ended`;
  if (period.weeks !== null) return `${period.weeks} weeks ended`;
  if (period.start !== null) return `from ${period.start}`;
  return "Ended";
}

/** Basis and scenario together: "Reorganized", "Low End of Range", "Pro Forma, Low". */
export function describeBasis(column: Column): string {
  return [column.basis, column.scenario].filter((part) => part !== null).join(", ");
}
