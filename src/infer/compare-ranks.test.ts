/** Table of rank pairs and their order. */
import { compareRanks } from "./compare-ranks";

// prettier-ignore
const rows: [a: number[], b: number[], sign: number][] = [
  // a              b              sign of the comparison
  [[0, -3, 1],      [0, -2, 0],    -1],
  [[0, -2, 0],      [0, -3, 1],    1],
  [[1, -3],         [0, 0],        1],
  [[0, -3, 0, 1],   [0, -3, 0, 1], 0],
  [[0, -1],         [0, -1, 1],    -1],
  [[],              [],            0],
];

it.each(rows)("%j against %j: %i", (a, b, sign) => {
  expect(Math.sign(compareRanks(a, b))).toBe(sign);
});
