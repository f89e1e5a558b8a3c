/**
 * A column of a statement in a few words, for the preview:
 *
 *   { period: { start: "2003-10-01", end: "2003-12-31", months: 3 }, basis: "Reorganized" }
 *     -> "3 months to 2003-12-31 (Reorganized)"
 *   { period: { end: "2003-12-31", instant: true } }  -> "at 2003-12-31"
 *   { period: null, header: "Change", role: "change" } -> "change"
 */
import type { Column } from "../model/statement";

export function describeColumn(column: Column): string {
  const qualifiers = [column.basis, column.scenario].filter(
    (text): text is string => text !== null && text !== "",
  );
  const suffix = qualifiers.length === 0 ? "" : ` (${qualifiers.join(", ")})`;
  switch (column.role) {
    case "change":
      return `change${suffix}`;
    case "percent-change":
      return `% change${suffix}`;
    case "period":
    case "other":
      break;
  }
  const period = column.period;
  if (period === null || period.end === null) {
    const header = column.header.replace(/\s+/g, " ").trim();
    return `${header === "" ? "no period" : header}${suffix}`;
  }
  if (period.instant) return `at ${period.end}${suffix}`;
  if (period.months !== null)
    return `${period.months} month${period.months === 1 ? "" : "s"} to ${period.end}${suffix}`;
  if (period.weeks !== null)
    return `${period.weeks} week${period.weeks === 1 ? "" : "s"} to ${period.end}${suffix}`;
  if (period.start !== null) return `${period.start} to ${period.end}${suffix}`;
  return `to ${period.end}${suffix}`;
}
