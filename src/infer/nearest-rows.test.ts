/** Table of row lists and the rows found nearest above and below. */
import { nearestRows } from "./nearest-rows";

// prettier-ignore
const rows: [sorted: number[], row: number, count: number, above: number[], below: number[]][] = [
  // sorted          row  count  above     below
  [[3, 19, 21],      27,  1,     [21],     []],
  [[3, 19, 21],      19,  1,     [3],      [21]],
  [[3, 19, 21],      20,  1,     [19],     [21]],
  [[3, 19, 21],      0,   1,     [],       [3]],
  [[3, 19, 21],      3,   1,     [],       [19]],
  [[3, 19, 21],      27,  2,     [21, 19], []],
  [[3, 19, 21],      20,  5,     [19, 3],  [21]],
  [[3],              3,   1,     [],       []],
  [[],               5,   1,     [],       []],
  [[0, 1, 2, 3, 4],  2,   2,     [1, 0],   [3, 4]],
];

it.each(rows)("in %j row %i, %i each way: above %j, below %j", (sorted, row, count, above, below) => {
  expect(nearestRows(sorted, row, count)).toEqual({ above, below });
});
