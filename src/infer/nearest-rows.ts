/**
 * The rows nearest a given row among some rows of a statement (0-based indexes, ascending), found by
 * binary search: up to `count` above it and up to `count` below it, nearest first.
 *
 *   rows [3, 19, 21], row 27, count 1   -> above [21], below []
 *   rows [3, 19, 21], row 19, count 2   -> above [3], below [21] (the row itself is neither)
 */
export interface Nearest {
  above: number[];
  below: number[];
}

export function nearestRows(sorted: readonly number[], row: number, count = 1): Nearest {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? row) < row) low = middle + 1;
    else high = middle;
  }
  const at = sorted[low] === row ? low + 1 : low;
  return {
    above: sorted.slice(Math.max(0, low - count), low).reverse(),
    below: sorted.slice(at, at + count),
  };
}
