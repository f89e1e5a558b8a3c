import { checkedColumns, type CellAt } from "./checked-columns";
import type { Relation } from "./relation";
import type { Cell } from "./statement";

/** Statement s1: row 0 the figure checked, row 1 its denominator; row 2 of s2 a link's target. */
const figures: Record<string, (string | null | undefined)[]> = {
  "s1:0": ["54.9", null, "47.0", "12.0", undefined],
  "s1:1": ["36879", "36797", "0", "-", "100"],
  "s2:2": [undefined, "5", undefined, undefined, undefined],
};
const cellAt: CellAt = (statement, row, column) => {
  const value = figures[`${statement}:${row}`]?.[column];
  if (value === undefined) return null;
  const cell: Cell = {
    text: value ?? "n/m",
    value: value === "-" ? "0" : value,
    line: 1,
    start: 0,
    end: 1,
    formula: null,
  };
  return cell;
};

describe("checkedColumns", () => {
  it.each<[string, Relation, number[]]>([
    [
      "a sum: every column confirmed, near or missed, in order",
      { kind: "sum", statement: "s1", row: 1, terms: [], sign: 1, ties: [2, 0], near: [3], misses: [1] },
      [0, 1, 2, 3],
    ],
    [
      // row 0 prints n/m in column 1: not there
      "a sum: never where a figure it reads holds text",
      {
        kind: "sum",
        statement: "s1",
        row: 1,
        terms: [{ row: 0, sign: 1 }],
        sign: 1,
        ties: [2, 0],
        near: [3],
        misses: [1],
      },
      [0, 2, 3],
    ],
    [
      // column 1 prints n/m, column 2 divides by 0, column 3 by a dash, column 4 prints nothing
      "a percent row: where it prints a figure over a denominator that is not zero",
      {
        kind: "ratio",
        statement: "s1",
        row: 0,
        numerator: 1,
        denominator: 1,
        ties: [0, 1, 2, 3, 4],
        misses: [],
      },
      [0],
    ],
    [
      "a per-share row: the same rule over its shares",
      {
        kind: "per-share",
        statement: "s1",
        row: 0,
        numerator: [],
        shares: 1,
        multiplier: 1000,
        ties: [4, 0],
        misses: [2],
      },
      [0],
    ],
    [
      // column 1 prints n/m here: a formula over it would not compute
      "a link: mapped columns where either side has a figure and neither holds text",
      {
        kind: "link",
        statement: "s1",
        row: 0,
        target: { statement: "s2", row: 2 },
        sign: 1,
        role: "formula",
        columns: [0, 1, null, 3, 4],
        ties: [],
        misses: [],
      },
      [0, 3],
    ],
    ["a note: none", { kind: "note", statement: "s1", row: 0, line: 3, texts: [], ties: [0] }, []],
  ])("%s", (_, relation, columns) => {
    expect(checkedColumns(relation, cellAt)).toEqual(columns);
  });
});
