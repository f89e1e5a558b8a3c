/** inferBalance on the Mpower, Sears and Amazon balance sheets, hand-checked against the exhibit text; a changed figure; odd statements. */
import { inferBalance } from "../../src/infer/infer-balance";
import type { LinkRelation } from "../../src/model/relation";
import type { Cell, Column, Row, Statement } from "../../src/model/statement";
import { interpretTables } from "../../src/interpret/interpret-tables";
import { readTables } from "../../src/read/read-tables";
import { allTextExhibits, fixture } from "../exhibits";

/** The infer stage's input: the statements as interpreted, before any relation is attached. */
function statementsOf(text: string): Statement[] {
  return interpretTables(readTables(text).tables).statements;
}

function textOf(name: string): string {
  return name.startsWith("shared/")
    ? (allTextExhibits().find((exhibit) => exhibit.name === name)?.text ?? "")
    : fixture(name).text;
}

/** [exhibit, statement, equity row, its label, assets row, its label, columns]; every column ties. */
type Case = [string, string, number, string, number, string, number];

const cases: Case[] = [
  // $109,029 $123,240 $127,423 on both rows
  ["mpower-2003q4.txt", "s1", 30, "TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY", 13, "TOTAL ASSETS", 3],
  // $99,874 ...
  ["mpower-2004q2.txt", "s1", 26, "Total Liabilities and Stockholders' Equity", 10, "Total Assets", 3],
  // 21,927 50,373 27,723
  [
    "shared/001_sears-roebuck.txt",
    "s2",
    41,
    "Total liabilities and shareholders' equity",
    17,
    "Total assets",
    3,
  ],
  // two bare "TOTAL" rows, the second under the heading "LIABILITIES AND STOCKHOLDERS' EQUITY":
  // 3,086,238 3,788,259
  ["shared/005_amazon-com-junglee.txt", "s1", 31, "TOTAL", 11, "TOTAL", 2],
  // 6,149,931 3,086,238
  ["shared/005_amazon-com-junglee.txt", "s10", 35, "TOTAL", 10, "TOTAL", 2],
];

describe("inferBalance on real balance sheets", () => {
  it.each(cases)(
    "%s %s row %i (%s) checks row %i (%s)",
    (name, id, equity, label, assets, assetsLabel, count) => {
      const statement = statementsOf(textOf(name)).find((candidate) => candidate.id === id) as Statement;
      expect(statement.kind).toBe("balance-sheet");
      expect(statement.rows[equity]?.label).toBe(label);
      expect(statement.rows[assets]?.label).toBe(assetsLabel);
      const columns = Array.from({ length: count }, (_, column) => column);
      expect(inferBalance(statement, [])).toEqual([
        {
          kind: "link",
          statement: id,
          row: equity,
          target: { statement: id, row: assets },
          sign: 1,
          role: "check",
          columns,
          ties: columns,
          misses: [],
        },
      ]);
    },
  );

  it("reports the column where the two totals differ", () => {
    const lines = fixture("mpower-2003q4.txt").text.split("\n");
    // line 180: TOTAL ASSETS   $109,029   $123,240   $127,423
    expect(lines[179]).toContain("$123,240");
    lines[179] = (lines[179] ?? "").replace("$123,240", "$123,250");
    const statement = statementsOf(lines.join("\n"))[0] as Statement;
    expect(inferBalance(statement, [])).toMatchObject([
      { row: 30, target: { row: 13 }, ties: [0, 2], misses: [1] },
    ]);
  });

  it.each(allTextExhibits().map((exhibit) => [exhibit.name, exhibit.text]))(
    "never throws on %s",
    (_, text) => {
      for (const statement of statementsOf(text)) expect(() => inferBalance(statement, [])).not.toThrow();
    },
  );
});

const instant: Column = {
  header: "",
  period: { start: null, end: "2004-06-30", months: null, weeks: null, instant: true },
  basis: null,
  scenario: null,
  role: "period",
  measure: "amount",
};

function cell(value: string | null): Cell | null {
  return value === null ? null : { text: value, value, line: 1, start: 0, end: 1, formula: null };
}

function row(label: string, values: (string | null)[]): Row {
  const kind = values.length === 0 ? "heading" : "item";
  return { label, line: 1, depth: 0, unit: "currency", kind, cells: values.map(cell) };
}

function balanceSheet(rows: Row[], kind: Statement["kind"] = "balance-sheet"): Statement {
  return {
    id: "s1",
    title: "",
    kind,
    scale: 1,
    document: null,
    lines: [1, 1],
    columns: [instant, instant],
    rows,
  };
}

describe("inferBalance on odd statements", () => {
  /** [what is odd, the statement, [row, target row, ties, misses] of the check]. */
  const cases: [string, Statement, [number, number, number[], number[]][]][] = [
    ["no rows", balanceSheet([]), []],
    [
      "no total assets",
      balanceSheet([row("Cash", ["5", "6"]), row("Total liabilities and stockholders' equity", ["5", "6"])]),
      [],
    ],
    [
      "no total of liabilities and equity",
      balanceSheet([row("Total assets", ["5", "6"]), row("Total liabilities", ["5", "6"])]),
      [],
    ],
    [
      "a statement of operations",
      balanceSheet(
        [row("Total assets", ["5", "6"]), row("Total liabilities and equity", ["5", "6"])],
        "operations",
      ),
      [],
    ],
    [
      "a blank column",
      balanceSheet([
        row("Total assets", ["5", null]),
        row("Total liabilities and partners' capital", ["5", null]),
      ]),
      [[1, 0, [0], []]],
    ],
    [
      "a bare total without a liabilities heading",
      balanceSheet([row("TOTAL", ["5", "6"]), row("Current liabilities", []), row("TOTAL", ["5", "6"])]),
      [],
    ],
    [
      "a bare total of assets under a named total of liabilities and equity",
      balanceSheet([
        row("Cash", ["5", "6"]),
        row("TOTAL", ["5", "6"]),
        row("LIABILITIES AND MEMBERS' EQUITY", []),
        row("Total", ["1", "2"]),
        row("Total liabilities and members' equity", ["5", "7"]),
      ]),
      [[4, 1, [0], [1]]],
    ],
  ];
  it.each(cases)("with %s", (_, statement, expected) => {
    const found = inferBalance(statement, []).map((link: LinkRelation) => [
      link.row,
      link.target.row,
      link.ties,
      link.misses,
    ]);
    expect(found).toEqual(expected);
  });
});
