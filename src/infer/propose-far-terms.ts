/**
 * Candidate term sets for a total printed away from its parts, as in a memo block under the
 * per-share lines: an earlier total or memo line, less (or plus) one or two earlier items.
 *
 *   Total Operating Revenues        36,879
 *   Cost of Operating Revenues      16,627
 *   Selling, General and Admin.     18,635
 *   ...
 *   Gross Margin                    20,252   = Total Operating Revenues - Cost of Operating Revenues
 *   Adjusted EBITDA                  1,617   = Gross Margin - Selling, General and Administrative
 */
import type { Row } from "../model/statement";
import type { Term } from "../model/relation";
import { isHeadingLike } from "./collect-units";
import { isTotalLabel } from "./is-total-candidate";

/** At most this many anchors and items are read above the total. */
export const MAX_ANCHORS = 12;
export const MAX_ITEMS = 60;

function isCurrencyFigureRow(row: Row): boolean {
  return row.unit === "currency" && !isHeadingLike(row);
}

/**
 * Term sets nearest anchor first: anchor - item, the anchor less or plus each farther anchor
 * (Gross margin = Total revenues - Total costs), anchor - item - next item, anchor + item,
 * anchor + item + next item (a pro forma line: a loss less two costs named above).
 */
export function* proposeFarTerms(
  rows: readonly Row[],
  total: number,
  related: ReadonlySet<number>,
): Generator<Term[]> {
  const anchors: number[] = [];
  const items: number[] = [];
  for (let index = total - 1; index >= 0; index -= 1) {
    const row = rows[index];
    if (row === undefined || !isCurrencyFigureRow(row)) continue;
    if ((related.has(index) || isTotalLabel(row.label)) && anchors.length < MAX_ANCHORS) anchors.push(index);
    else if (!related.has(index) && items.length < MAX_ITEMS) items.push(index);
  }
  const isItem = new Set(items);
  const sign = (row: number, value: 1 | -1): Term => ({ row, sign: value });
  for (const anchor of anchors) {
    for (const item of items) yield [sign(anchor, 1), sign(item, -1)];
    for (const other of anchors) {
      if (other !== anchor) yield [sign(anchor, 1), sign(other, -1)];
      if (other < anchor) yield [sign(anchor, 1), sign(other, 1)];
    }
    for (const item of items)
      if (isItem.has(item + 1)) yield [sign(anchor, 1), sign(item, -1), sign(item + 1, -1)];
    for (const item of items) yield [sign(anchor, 1), sign(item, 1)];
    for (const item of items)
      if (isItem.has(item + 1)) yield [sign(anchor, 1), sign(item, 1), sign(item + 1, 1)];
  }
}
