/** inferRatios on the Mpower statements, hand-checked against the exhibit text; over every exhibit; on odd statements. */
import { interpretTables } from "../../src/interpret/interpret-tables";
import { inferRatios } from "../../src/infer/infer-ratios";
import { inferSums } from "../../src/infer/infer-sums";
import type { RatioRelation } from "../../src/model/relation";
import type { Cell, Column, Row, RowUnit, Statement } from "../../src/model/statement";
import { readTables } from "../../src/read/read-tables";
import { allTextExhibits, fixture } from "../exhibits";

/** The infer stage's input: the statements as interpreted, before any relation is attached. */
function statementsOf(text: string): Statement[] {
  return interpretTables(readTables(text).tables).statements;
}

function ratiosOf(statement: Statement): RatioRelation[] {
  return inferRatios(statement, inferSums(statement));
}

/** [statement index, percent row, its label, numerator row, denominator row]; every column ties. */
type Case = [number, number, string, number, number];

const mpower2003: Case[] = [
  // the quarter (s2), over row 3 "Total Operating Revenues":
  // 20,252 / 36,879 = 54.915% -> 54.9; 19,060 / 36,797 = 51.798% -> 51.8; 17,822 / 37,953 = 46.958% -> 47.0
  [1, 31, "Gross Margin (% of Revenue)", 30, 3],
  // 1,617 / 36,879 = 4.385% -> 4.4; 976 / 36,797 = 2.652% -> 2.7; -5,449 / 37,953 = -14.357% -> -14.4
  [1, 33, "Adjusted EBITDA (% of Revenue)", 32, 3],
  // the year (s3): 72,727 / 148,172 = 49.083% -> 49.1; 29,401 / 62,815 = 46.806% -> 46.8;
  // 31,969 / 83,289 = 38.383% -> 38.4
  [2, 31, "Gross Margin (% of Revenue)", 30, 3],
  // -4,707 / 148,172 = -3.177% -> -3.2; -13,378 / 62,815 = -21.297% -> -21.3; -33,658 / 83,289 = -40.411% -> -40.4
  [2, 33, "Adjusted EBITDA (% of Revenue)", 32, 3],
];

const mpower2004: Case[] = [
  // 20,756 / 38,496 = 53.917% -> 53.9; 20,765 / 37,153 = 55.891% -> 55.9; 18,805 / 37,758 = 49.804% -> 49.8
  [1, 24, "Adjusted Gross Margin (% of Revenue)", 23, 3],
  // 2,544 / 38,496 = 6.608% -> 6.6; 3,216 / 37,153 = 8.656% -> 8.7; -782 / 37,758 = -2.071% -> -2.1
  [1, 26, "Adjusted EBITDA (% of Revenue)", 25, 3],
];

describe.each([
  ["mpower-2003q4.txt", mpower2003],
  ["mpower-2004q2.txt", mpower2004],
])("inferRatios on %s", (name, cases) => {
  const statements = statementsOf(fixture(name).text);
  it.each(cases)("statement %i row %i (%s)", (index, row, label, numerator, denominator) => {
    const statement = statements[index] as Statement;
    expect(statement.rows[row]?.label).toBe(label);
    expect(statement.rows[denominator]?.label).toBe("Total Operating Revenues");
    expect(ratiosOf(statement).find((relation) => relation.row === row)).toEqual({
      kind: "ratio",
      statement: statement.id,
      row,
      numerator,
      denominator,
      ties: [0, 1, 2],
      misses: [],
    });
  });
  it("finds no other relation", () => {
    const found = statements.flatMap((statement, index) =>
      ratiosOf(statement).map((relation) => [index, relation.row]),
    );
    expect(found).toEqual(cases.map(([index, row]) => [index, row]));
  });
});

describe("inferRatios on the shared exhibits", () => {
  const exhibits = allTextExhibits();
  it.each(exhibits.map((exhibit) => [exhibit.name, exhibit.text]))("never throws on %s", (_, text) => {
    for (const statement of statementsOf(text)) expect(() => ratiosOf(statement)).not.toThrow();
  });
  it("finds nothing in Aames' pool percentages, which are of a pool balance, not of revenue", () => {
    const aames = exhibits.find((exhibit) => exhibit.name === "shared/006_aames-capital.txt");
    expect(aames).toBeDefined();
    expect(statementsOf(aames?.text ?? "").flatMap(ratiosOf)).toEqual([]);
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

function statementWith(rows: Row[], columns = 2): Statement {
  return {
    id: "s1",
    title: "Synthetic",
    kind: "operations",
    scale: 1000,
    document: null,
    lines: [1, rows.length],
    columns: Array.from({ length: columns }, () => period),
    rows,
  };
}

describe("inferRatios on odd statements", () => {
  /** [what is odd or telling, the statement, [percent row, numerator, denominator] of each relation]. */
  const cases: [string, Statement, [number, number, number][]][] = [
    ["no rows", statementWith([]), []],
    ["no columns", statementWith([row("Gross margin %", "percent", [])], 0), []],
    ["no currency rows", statementWith([row("Gross margin (% of sales)", "percent", ["25.0", "20.0"])]), []],
    [
      "a zero and a blank revenue",
      statementWith([
        row("Net sales", "currency", ["0", null]),
        row("Gross profit", "currency", ["50", "40"]),
        row("Gross profit (% of sales)", "percent", ["25.0", "20.0"]),
      ]),
      [],
    ],
    [
      "a percent of assets",
      statementWith([
        row("Net sales", "currency", ["200", "200"]),
        row("Gross profit", "currency", ["50", "40"]),
        row("Gross profit (% of total assets)", "percent", ["25.0", "20.0"]),
      ]),
      [],
    ],
    // 50 / 200 = 25.0%, 40 / 200 = 20.0%: the numerator by label, the denominator named "sales"
    [
      "one column of figures of two",
      statementWith([
        row("Net sales", "currency", ["200", null]),
        row("Gross profit", "currency", ["50", null]),
        row("Gross profit as a percent of net sales", "percent", ["25.0", null]),
      ]),
      [[2, 1, 0]],
    ],
    // the label names no row: the row just above, 30 / 200 = 15.0%
    [
      "a margin under an unnamed line",
      statementWith([
        row("Revenues", "currency", ["200", "100"]),
        row("Operating profit after charges", "currency", ["30", "15"]),
        row("Operating margin %", "percent", ["15.0", "15.0"]),
      ]),
      [[2, 1, 0]],
    ],
    // both revenue rows give 25.0%: the total is preferred
    [
      "an item and a total of revenues",
      statementWith([
        row("Revenues", "currency", ["200", "100"]),
        row("Total revenues", "currency", ["200", "100"], "total"),
        row("Gross margin", "currency", ["50", "25"]),
        row("Gross margin (% of revenue)", "percent", ["25.0", "25.0"]),
      ]),
      [[3, 2, 1]],
    ],
    // one tie and one miss (40 / 200 = 20.0%, printed 30.0%) still make a relation; two misses do not
    [
      "a miss",
      statementWith([
        row("Sales", "currency", ["200", "200"]),
        row("Gross margin", "currency", ["50", "40"]),
        row("Gross margin (% of sales)", "percent", ["25.0", "30.0"]),
        row("Adjusted gross margin", "currency", ["50", "40"]),
        row("Adjusted gross margin (% of sales)", "percent", ["30.0", "30.0"]),
      ]),
      [[2, 1, 0]],
    ],
  ];
  it.each(cases)("on a statement with %s", (_, statement, expected) => {
    const found = ratiosOf(statement).map((relation) => [
      relation.row,
      relation.numerator,
      relation.denominator,
    ]);
    expect(found).toEqual(expected);
  });

  it("stays linear on 4,000 rows", () => {
    const rows: Row[] = [];
    for (let block = 0; block < 1000; block += 1) {
      rows.push(row("Total revenues", "currency", ["400", "500"], "total"));
      rows.push(row("Gross margin", "currency", ["100", "100"]));
      rows.push(row("Gross margin (% of revenue)", "percent", ["25.0", "20.0"]));
      rows.push(row("Other ratio (% of revenue)", "percent", ["99.0", "99.0"]));
    }
    const relations = inferRatios(statementWith(rows), []);
    expect(relations).toHaveLength(1000);
    expect(relations.every((relation) => relation.numerator === relation.row - 1)).toBe(true);
  });
});
