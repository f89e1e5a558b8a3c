/**
 * Candidate term sets for a total printed above its parts: runs of the rows below it, and the
 * totals among them (the totals of its sections, each above or below its own items).
 *
 *   Total Sales                 45,217    = Total Retail Sales + Total Wholesale Sales
 *   Total Retail Sales-         37,056
 *     Residential               10,748
 *     ...
 *   Total Wholesale Sales        8,161
 */
import type { Row } from "../model/statement";
import type { Term } from "../model/relation";
import { isHeadingLike } from "./collect-units";
import { isTotalLabel } from "./is-total-candidate";

/** A result line ("Operating income", "Net loss", "Gross margin"): worded as a total but not "Total ...". */
function isResultLabel(label: string): boolean {
  return isTotalLabel(label) && !/^\s*total\b/i.test(label);
}

/** At most this many rows below a total are read as its parts. */
export const MAX_BELOW = 12;

/** Term sets, shortest first: the first 2..n rows below, then the first 2..n totals below. */
export function proposeBelowTerms(rows: readonly Row[], total: number): Term[][] {
  const below: number[] = [];
  for (let index = total + 1; index < rows.length && below.length < MAX_BELOW; index += 1) {
    const row = rows[index];
    if (row === undefined || row.unit !== "currency") break;
    if (isHeadingLike(row)) {
      if (below.length > 0) break;
      continue;
    }
    // a result of what is above it is no part of a total printed higher still:
    //   TOTAL REVENUES / TOTAL OPERATING EXPENSES / OPERATING INCOME   (revenues are no sum of the two)
    if (isResultLabel(row.label)) break;
    below.push(index);
  }
  const plus = (indexes: readonly number[]): Term[] => indexes.map((row) => ({ row, sign: 1 }));
  const sets: Term[][] = [];
  for (let length = 2; length <= below.length; length += 1) sets.push(plus(below.slice(0, length)));
  const totals = below.filter((index) => isTotalLabel(rows[index]?.label ?? ""));
  for (let length = 2; length <= totals.length; length += 1) sets.push(plus(totals.slice(0, length)));
  return sets;
}
