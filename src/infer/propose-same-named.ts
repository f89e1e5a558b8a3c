/**
 * Candidate term sets for a row of a total section: the rows of the same name in the sections
 * above it, all of them, then the nearest ones only.
 *
 *   Segment A:      Revenues   100
 *   Segment B:      Revenues   200
 *   Total:          Revenues   300   = Revenues of A + Revenues of B
 */
import type { Row } from "../model/statement";
import type { Term } from "../model/relation";
import { isHeadingLike } from "./collect-units";

/** At most this many same-named rows, nearest first, are read. */
export const MAX_SAME_NAMED = 12;

/** Units whose rows add across sections: amounts and counts, never percentages or per-share figures. */
const ADDITIVE = new Set<Row["unit"]>(["currency", "shares", "other"]);

/** A row's name for matching: its words, lowercase. */
function nameOf(row: Row): string {
  return row.label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * For each row of amounts or counts, the earlier rows of its name and unit (nearest first), when
 * there are two or more: first those under a parent of the same name too (the nearest shallower
 * row above, as "NUMBER OF LOANS" under each "ADJ GROUP PRINCIPAL BALANCE"), then all of them.
 * Found in one pass over the statement.
 */
export function sameNamedRows(rows: readonly Row[]): Map<number, number[][]> {
  const seen = new Map<string, number[]>();
  const result = new Map<number, number[][]>();
  /** The nearest row above at each depth. */
  const parents: (number | undefined)[] = [];
  rows.forEach((row, index) => {
    parents.length = row.depth + 1;
    const parentRow = parents
      .slice(0, row.depth)
      .reduce<number | undefined>((found, at) => at ?? found, undefined);
    parents[row.depth] = index;
    if (!ADDITIVE.has(row.unit) || isHeadingLike(row)) return;
    const name = nameOf(row);
    if (name === "") return;
    const parent = parentRow === undefined ? "" : nameOf(rows[parentRow] as Row);
    const lists: number[][] = [];
    for (const key of [`${row.unit}:${parent}:${name}`, `${row.unit}::${name}`]) {
      const earlier = seen.get(key) ?? [];
      if (earlier.length >= 2) lists.push([...earlier].reverse());
      seen.set(key, [...earlier.slice(1 - MAX_SAME_NAMED), index]);
      if (parent === "") break;
    }
    if (lists.length > 0) result.set(index, lists);
  });
  return result;
}

/** For each list, all the same-named rows above, then fewer of them, the nearest kept; two at least. */
export function proposeSameNamed(lists: readonly (readonly number[])[]): Term[][] {
  const sets: Term[][] = [];
  for (const earlier of lists)
    for (let length = earlier.length; length >= 2; length -= 1)
      sets.push(earlier.slice(0, length).map((row) => ({ row, sign: 1 })));
  return sets;
}
