/** inferPerShare on the Mpower statements, hand-checked against the exhibit text; over every exhibit; on odd statements. */
import { interpretTables } from "../../src/interpret/interpret-tables";
import { inferPerShare } from "../../src/infer/infer-per-share";
import { inferSums } from "../../src/infer/infer-sums";
import type { PerShareRelation, Term } from "../../src/model/relation";
import type { Cell, Column, Row, RowUnit, Statement } from "../../src/model/statement";
import { readTables } from "../../src/read/read-tables";
import { allTextExhibits, fixture } from "../exhibits";

/** The infer stage's input: the statements as interpreted, before any relation is attached. */
function statementsOf(text: string): Statement[] {
  return interpretTables(readTables(text).tables).statements;
}

function perShareOf(statement: Statement): PerShareRelation[] {
  return inferPerShare(statement, inferSums(statement));
}

/** "+19": a term on a 0-based row. */
function term(text: string): Term {
  return { row: Number(text.slice(1)), sign: text.startsWith("-") ? -1 : 1 };
}

/** [statement index, per-share row, its label, income terms, shares row, multiplier, ties, misses]. */
type Case = [number, number, string, string[], number, number, number[], number[]];

const mpower2003: Case[] = [
  // the quarter (s2); shares: row 24 "Basic Weighted Average Shares Outstanding", as the heading says
  // "Basic and Diluted"; row 22 "Accrued Preferred Stock Dividends" is "-" in every column, so no term.
  // -729 x 1000 / 78,213,486 = -0.0093 -> -0.01; -2,111 x 1000 / 65,762,792 = -0.0321 -> -0.03;
  // 29,499 x 1000 / 64,999,025 = 0.4538 -> 0.45
  [1, 27, "(Loss) Income before Discontinued Operations", ["+19"], 24, 1000, [0, 1, 2], []],
  // 678 x 1000 / 78,213,486 = 0.0087 -> 0.01; 922 x 1000 / 65,762,792 = 0.0140 -> 0.01;
  // -29,117 x 1000 / 64,999,025 = -0.44796 -> -0.45, printed ($0.44): a miss
  [1, 28, "Income (Loss) from Discontinued Operations", ["+20"], 24, 1000, [0, 1], [2]],
  // row 23 "Net (Loss) Income Applicable to Common Stockholders":
  // -51 x 1000 / 78,213,486 = -0.00065 -> -0.00, printed ($0.00); -1,189 x 1000 / 65,762,792 = -0.0181 -> -0.02;
  // 382 x 1000 / 64,999,025 = 0.0059 -> 0.01
  [1, 29, "Net (Loss) Income", ["+23"], 24, 1000, [0, 1, 2], []],
  // the year (s3): preferred dividends (3,974) in the predecessor column.
  // (-18,765 + 0) x 1000 / 68,515,811 = -0.2739 -> -0.27; (17,754 + 0) x 1000 / 64,999,025 = 0.2731 -> 0.27;
  // (-43,204 - 3,974) x 1000 / 59,461,374 = -0.7934 -> -0.79 (without the dividends -0.7266 -> -0.73)
  [2, 27, "(Loss) Income before Discontinued Operations", ["+19", "+22"], 24, 1000, [0, 1, 2], []],
  // rounding plugs, each a cent off: -2,368 x 1000 / 68,515,811 = -0.0346 -> -0.03, printed ($0.04);
  // -34,193 x 1000 / 64,999,025 = -0.5261 -> -0.53, printed ($0.52);
  // -34,765 x 1000 / 59,461,374 = -0.5847 -> -0.58, printed ($0.59)
  [2, 28, "Income (Loss) from Discontinued Operations", ["+20"], 24, 1000, [], [0, 1, 2]],
  // -21,133 x 1000 / 68,515,811 = -0.3084 -> -0.31; -16,439 x 1000 / 64,999,025 = -0.2529 -> -0.25;
  // -81,943 x 1000 / 59,461,374 = -1.3781 -> -1.38
  [2, 29, "Net (Loss) Income", ["+23"], 24, 1000, [0, 1, 2], []],
];

const mpower2004: Case[] = [
  // one shares row, row 18 "Basic and Diluted Weighted Average Shares Outstanding".
  // -1,397 x 1000 / 78,417,485 = -0.0178 -> -0.02; -504 x 1000 / 78,321,851 = -0.0064 -> -0.01;
  // -4,756 x 1000 / 65,022,403 = -0.0731 -> -0.07
  [1, 20, "Loss before Discontinued Operations", ["+15"], 18, 1000, [0, 1, 2], []],
  // row 16 "(Loss) Income from Discontinued Operations": -7 x 1000 / 78,417,485 = -0.00009 -> -0.00 = 0.00;
  // 241 x 1000 / 78,321,851 = 0.0031 -> 0.00, printed $0.01: a miss; 13 x 1000 / 65,022,403 = 0.0002 -> 0.00
  [1, 21, "Income from Discontinued Operations", ["+16"], 18, 1000, [0, 2], [1]],
  // -1,404 x 1000 / 78,417,485 = -0.0179 -> -0.02; -263 x 1000 / 78,321,851 = -0.0034 -> -0.00, which
  // equals the printed $0.00; -4,743 x 1000 / 65,022,403 = -0.0729 -> -0.07
  [1, 22, "Net Loss", ["+17"], 18, 1000, [0, 1, 2], []],
];

describe.each([
  ["mpower-2003q4.txt", mpower2003],
  ["mpower-2004q2.txt", mpower2004],
])("inferPerShare on %s", (name, cases) => {
  const statements = statementsOf(fixture(name).text);
  it.each(cases)(
    "statement %i row %i (%s)",
    (index, row, label, numerator, shares, multiplier, ties, misses) => {
      const statement = statements[index] as Statement;
      expect(statement.rows[row]?.label).toBe(label);
      expect(perShareOf(statement).find((relation) => relation.row === row)).toEqual({
        kind: "per-share",
        statement: statement.id,
        row,
        numerator: numerator.map(term),
        shares,
        multiplier,
        ties,
        misses,
      });
    },
  );
  it("finds no other relation", () => {
    const found = statements.flatMap((statement, index) =>
      perShareOf(statement).map((relation) => [index, relation.row]),
    );
    expect(found).toEqual(cases.map(([index, row]) => [index, row]));
  });
});

describe("inferPerShare on the shared exhibits", () => {
  const exhibits = allTextExhibits();

  it.each(exhibits.map((exhibit) => [exhibit.name, exhibit.text]))("never throws on %s", (_, text) => {
    for (const statement of statementsOf(text)) expect(() => perShareOf(statement)).not.toThrow();
  });

  /** [exhibit, statement id, per-share row, income rows, shares row] of every relation found. */
  function found(name: string): [string, number, number[], number][] {
    const exhibit = exhibits.find((candidate) => candidate.name === `shared/${name}`);
    if (exhibit === undefined) throw new Error(`no exhibit ${name}`);
    return statementsOf(exhibit.text).flatMap((statement) =>
      perShareOf(statement).map((relation): [string, number, number[], number] => [
        statement.id,
        relation.row,
        relation.numerator.map((part) => part.row),
        relation.shares,
      ]),
    );
  }

  it("reads Sears' diluted lines only: its one share count is of common equivalent (diluted) shares", () => {
    // s1 shares row 29 "Average common equivalent shares outstanding", in millions like the income:
    // 53 / 216.5 = 0.2448 -> 0.24 (the basic line prints 0.25), 309 / 298.0 = 1.0369 -> 1.04,
    // -839 / 217.1 = -3.8646 -> -3.86, -806 / 217.1 = -3.7126 -> -3.71; the segment statements repeat them (their year rows are headers, not rows).
    expect(found("001_sears-roebuck.txt")).toEqual([
      ["s1", 26, [17], 29],
      ["s1", 27, [18], 29],
      ["s1", 28, [19], 29],
      ["s3", 15, [14], 16],
      ["s5", 16, [15], 17],
    ]);
  });

  it("finds nothing in Amazon's equity statement, whose 'per share' lines are issues of stock", () => {
    expect(found("005_amazon-com-junglee.txt")).toEqual([]);
  });

  it("reads Southern's two lines: each over its own net income line, however worded", () => {
    // "- - Excluding One-Time Items" over "Net Income - Excluding One-Time Items" (row 7):
    // 180 / 741 = 0.2429 -> 0.24, 162 / 733 = 0.2210 -> 0.22, 1,508 / 739 = 2.0406 -> 2.04, and
    // 1,428 / 727 = 1.9642 -> 1.96, printed 1.97 (within the rounding of millions);
    // "- - As Reported": 204 / 741 = 0.2753 -> 0.28, printed 0.27, then three ties.
    expect(found("002_southern-company.txt")).toEqual([
      ["s1", 10, [7], 13],
      ["s1", 11, [8], 13],
    ]);
  });
});

const period: Column = {
  header: "",
  period: null,
  basis: null,
  scenario: null,
  role: "period",
  measure: "amount",
};

function cell(value: string | null): Cell | null {
  return value === null ? null : { text: value, value, line: 1, start: 0, end: 1, formula: null };
}

function row(label: string, unit: RowUnit, values: (string | null)[], kind: Row["kind"] = "item"): Row {
  return { label, line: 1, depth: 0, unit, kind, cells: values.map(cell) };
}

function statementWith(rows: Row[], columns = 2, scale = 1000): Statement {
  return {
    id: "s1",
    title: "Synthetic",
    kind: "operations",
    scale,
    document: null,
    lines: [1, rows.length],
    columns: Array.from({ length: columns }, () => period),
    rows,
  };
}

describe("inferPerShare on odd statements", () => {
  /** [what is odd, the statement, the per-share rows found]. */
  const odd: [string, Statement, number[]][] = [
    ["no rows", statementWith([]), []],
    ["no columns", statementWith([row("Net loss", "per-share", [])], 0), []],
    [
      "no shares row",
      statementWith([
        row("Net loss", "currency", ["-51", "-7"]),
        row("Net loss", "per-share", ["-0.01", "0.00"]),
      ]),
      [],
    ],
    [
      "no currency rows",
      statementWith([
        row("Weighted average shares", "shares", ["100", "100"]),
        row("Net loss", "per-share", ["-0.01", "0.00"]),
      ]),
      [],
    ],
    [
      "empty cells and zero shares",
      statementWith([
        row("Net loss", "currency", [null, "-7"]),
        row("Weighted average shares", "shares", ["100", "0"]),
        row("Net loss", "per-share", ["-0.01", null]),
      ]),
      [],
    ],
    // -5 x 1000 / 1,000 = -5.00 in the one column that has figures
    [
      "cells fewer than columns",
      statementWith(
        [
          row("Net loss", "currency", ["-5"]),
          row("Weighted average shares", "shares", ["1000"]),
          row("Net loss", "per-share", ["-5.00"]),
        ],
        3,
      ),
      [2],
    ],
  ];
  it.each(odd)("does not throw on a statement with %s", (_, statement, rows) => {
    expect(perShareOf(statement).map((relation) => relation.row)).toEqual(rows);
  });

  it("uses a multiplier of 1 when the shares are printed in the income's thousands", () => {
    // 1,234 / 5,000 = 0.2468 -> 0.25; 1,234 x 1000 / 5,000 = 246.8 would not round to it
    const statement = statementWith([
      row("Net income", "currency", ["1234"]),
      row("Weighted average shares outstanding (in thousands)", "shares", ["5000"]),
      row("Net income per share", "per-share", ["0.25"]),
    ]);
    expect(perShareOf(statement)).toEqual([
      expect.objectContaining({
        row: 2,
        numerator: [{ row: 0, sign: 1 }],
        shares: 1,
        multiplier: 1,
        ties: [0],
      }),
    ]);
  });

  it("takes the diluted count for a line under a diluted heading", () => {
    // 1,000 / 4,000 = 0.25 basic, 1,000 / 5,000 = 0.20 diluted
    const statement = statementWith([
      row("Net income", "currency", ["1000"]),
      row("Basic weighted average shares", "shares", ["4000"]),
      row("Diluted weighted average shares", "shares", ["5000"]),
      row("Earnings per share:", "per-share", [null], "heading"),
      row("Basic", "per-share", ["0.25"]),
      row("Diluted", "per-share", ["0.20"]),
    ]);
    expect(perShareOf(statement).map((relation) => [relation.row, relation.shares, relation.ties])).toEqual([
      [4, 1, [0]],
      [5, 2, [0]],
    ]);
  });

  it("stays linear on 3,000 rows", () => {
    const rows: Row[] = [];
    for (let block = 0; block < 500; block += 1) {
      rows.push(row("Revenues", "currency", ["100", "200"]));
      rows.push(row("Net income", "currency", ["10", "20"]));
      rows.push(row("Weighted average shares", "shares", ["40", "80"]));
      rows.push(row("Per share:", "per-share", [null, null], "heading"));
      rows.push(row("Net income", "per-share", ["0.25", "0.25"]));
      rows.push(row("Net income", "per-share", ["0.30", "0.25"]));
    }
    const relations = inferPerShare(statementWith(rows, 2, 1), []);
    expect(relations).toHaveLength(1000);
    expect(relations.filter((relation) => relation.misses.length > 0)).toHaveLength(500);
  });
});
