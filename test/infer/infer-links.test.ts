/** inferLinks on the Mpower reconciliations, hand-checked against the exhibit text; sabotaged figures; every exhibit; odd statements. */
import { inferLinks } from "../../src/infer/infer-links";
import { inferSums } from "../../src/infer/infer-sums";
import type { LinkRelation } from "../../src/model/relation";
import type { Cell, Column, Row, Statement } from "../../src/model/statement";
import { interpretTables } from "../../src/interpret/interpret-tables";
import { readTables } from "../../src/read/read-tables";
import { allTextExhibits, fixture } from "../exhibits";

/** The infer stage's input: the statements as interpreted, before any relation is attached. */
function statementsOf(text: string): Statement[] {
  return interpretTables(readTables(text).tables).statements;
}

function linksOf(statements: readonly Statement[]): LinkRelation[] {
  return inferLinks(
    statements,
    statements.flatMap((statement) => inferSums(statement)),
  );
}

/** The text with `from` replaced by `to` on one 1-based line, which must hold it. */
function editLine(text: string, line: number, from: string, to: string): string {
  const lines = text.split("\n");
  const before = lines[line - 1] ?? "";
  expect(before).toContain(from);
  lines[line - 1] = before.replace(from, to);
  return lines.join("\n");
}

/** [statement, row, its label, target statement, target row, target label, sign, role]; every link ties on all three columns. */
type Case = [string, number, string, string, number, string, 1 | -1, LinkRelation["role"]];

/** The quarter's reconciliation (s4) against the quarter (s2), the year's (s5) against the year (s3). */
function reconciliation2003(id: string, target: string, reorganizationSign: 1 | -1): Case[] {
  return [
    // $1,617 $976 ($5,449) = the memo line under the statement
    [id, 0, "Adjusted EBITDA", target, 32, "Adjusted EBITDA", 1, "formula"],
    // (3,961) = minus the expense 3,961
    [id, 1, "Depreciation and Amortization", target, 11, "Depreciation and Amortization", -1, "formula"],
    // "-  -  -" in the quarter, by label alone; (266,383) = minus 266,383 in the predecessor's year
    [id, 2, "Reorganization Expense", target, 7, "Reorganization Expense", reorganizationSign, "formula"],
    // "-  954  6,390" = minus "-  (954)  (6,390)"
    [id, 3, "Network Optimization Cost", target, 9, "Network Optimization Cost", -1, "formula"],
    [id, 4, "Gain on Sale of Assets, net", target, 10, "Gain on Sale of Assets, net", -1, "formula"],
    [id, 5, "Stock-Based Compensation Expense", target, 8, "Stock-Based Compensation Expense", -1, "formula"],
    [id, 6, "Loss from Continuing Operations", target, 13, "Loss from Continuing Operations", 1, "check"],
    [
      id,
      7,
      "(Loss) Gain on Sale of Investments, net",
      target,
      14,
      "(Loss) Gain on Sale of Investments, net",
      1,
      "formula",
    ],
    [id, 8, "Gain (Loss) on Discharge of Debt", target, 15, "Gain (Loss) on Discharge of Debt", 1, "formula"],
    [id, 9, "Other income", target, 16, "Other income", 1, "formula"],
    [id, 10, "Interest Income", target, 17, "Interest Income", 1, "formula"],
    [id, 11, "Interest Expense", target, 18, "Interest Expense", 1, "formula"],
    [
      id,
      12,
      "(Loss) Income before Discontinued Operations",
      target,
      19,
      "(Loss) Income before Discontinued Operations",
      1,
      "check",
    ],
    [
      id,
      13,
      "Income (Loss) from Discontinued Operations",
      target,
      20,
      "Income (Loss) from Discontinued Operations",
      1,
      "formula",
    ],
    // the net loss, not the row "Applicable to Common Stockholders" below it
    [id, 14, "Net (Loss) Income (GAAP)", target, 21, "Net (Loss) Income", 1, "check"],
  ];
}

const mpower2004: Case[] = [
  // s3, the adjusted gross margin: only its first row restates a row of s2
  ["s3", 0, "Adjusted Gross Margin", "s2", 23, "Adjusted Gross Margin", 1, "formula"],
  // s4, the Adjusted EBITDA reconciliation, every row; the guidance tables s5 and s6 forecast years
  // that no statement of operations reports, and get no links
  ["s4", 0, "Adjusted EBITDA", "s2", 25, "Adjusted EBITDA", 1, "formula"],
  ["s4", 1, "Depreciation and Amortization", "s2", 9, "Depreciation and Amortization", -1, "formula"],
  ["s4", 2, "Gain on Sale of Assets, net", "s2", 8, "Gain on Sale of Assets, net", -1, "formula"],
  ["s4", 3, "Stock-Based Compensation Expense", "s2", 7, "Stock-Based Compensation Expense", -1, "formula"],
  ["s4", 4, "Loss from Continuing Operations", "s2", 11, "Loss from Continuing Operations", 1, "check"],
  ["s4", 5, "Interest Income", "s2", 12, "Interest Income", 1, "formula"],
  ["s4", 6, "Interest Expense", "s2", 13, "Interest Expense", 1, "formula"],
  ["s4", 7, "Other Expense", "s2", 14, "Other Expense", 1, "formula"],
  [
    "s4",
    8,
    "Loss before Discontinued Operations",
    "s2",
    15,
    "Loss before Discontinued Operations",
    1,
    "check",
  ],
  [
    "s4",
    9,
    "(Loss) Income from Discontinued Operations",
    "s2",
    16,
    "(Loss) Income from Discontinued Operations",
    1,
    "formula",
  ],
  ["s4", 10, "Net Loss (GAAP)", "s2", 17, "Net Loss", 1, "check"],
];

describe.each([
  ["mpower-2003q4.txt", [...reconciliation2003("s4", "s2", 1), ...reconciliation2003("s5", "s3", -1)]],
  ["mpower-2004q2.txt", mpower2004],
])("inferLinks on %s", (name, cases) => {
  const statements = statementsOf(fixture(name).text);
  const links = linksOf(statements);
  it.each(cases)(
    "%s row %i (%s) restates %s row %i (%s)",
    (id, row, label, targetId, targetRow, targetLabel, sign, role) => {
      const statement = statements.find((candidate) => candidate.id === id) as Statement;
      const target = statements.find((candidate) => candidate.id === targetId) as Statement;
      expect(statement.rows[row]?.label).toBe(label);
      expect(target.rows[targetRow]?.label).toBe(targetLabel);
      expect(links.find((link) => link.statement === id && link.row === row)).toEqual({
        kind: "link",
        statement: id,
        row,
        target: { statement: targetId, row: targetRow },
        sign,
        role,
        columns: [0, 1, 2],
        ties: [0, 1, 2],
        misses: [],
      });
    },
  );
  it("finds no other link", () => {
    const found = links.map((link) => [link.statement, link.row]);
    expect(found).toEqual(cases.map(([id, row]) => [id, row]));
  });
});

describe("inferLinks on a sabotaged reconciliation", () => {
  const text = fixture("mpower-2003q4.txt").text;
  const linkAt = (edited: string, row: number): LinkRelation | undefined =>
    linksOf(statementsOf(edited)).find((link) => link.statement === "s4" && link.row === row);

  it("keeps the link of a row with one figure changed, and reports that column", () => {
    // line 335: Network Optimization Cost   -   954 -> 961   6,390
    const link = linkAt(editLine(text, 335, "954", "961"), 3);
    expect(link).toMatchObject({ target: { statement: "s2", row: 9 }, sign: -1, ties: [0, 2], misses: [1] });
  });
  it("drops the link of a row with two figures changed", () => {
    expect(linkAt(editLine(editLine(text, 335, "954", "961"), 335, "6,390", "6,391"), 3)).toBeUndefined();
  });
  it("links a renamed row by its three nonzero figures", () => {
    // line 343: Interest Income   63   40   371
    const link = linkAt(editLine(text, 343, "Interest Income", "Interest earned"), 10);
    expect(link).toMatchObject({ target: { statement: "s2", row: 17 }, sign: 1, ties: [0, 1, 2] });
  });
  it("does not link a renamed row with one nonzero figure", () => {
    // line 342: Other income   1,427   -   -
    expect(linkAt(editLine(text, 342, "Other income", "Sundry gains"), 9)).toBeUndefined();
  });
});

describe("inferLinks on the shared exhibits", () => {
  it.each(allTextExhibits().map((exhibit) => [exhibit.name, exhibit.text]))(
    "never throws on %s",
    (_, text) => {
      expect(() => linksOf(statementsOf(text))).not.toThrow();
    },
  );
  it("finds nothing in Sears' summary of significant items, whose pretax and per-share columns share a period", () => {
    const sears = allTextExhibits().find((exhibit) => exhibit.name === "shared/001_sears-roebuck.txt");
    expect(sears).toBeDefined();
    expect(linksOf(statementsOf(sears?.text ?? ""))).toEqual([]);
  });
});

function column(end: string | null, basis: string | null = null): Column {
  const period = { start: null, end, months: 3, weeks: null, instant: false };
  return { header: "", period, basis, scenario: null, role: "period", measure: "amount" };
}

function cell(value: string | null): Cell | null {
  return value === null ? null : { text: value, value, line: 1, start: 0, end: 1, formula: null };
}

function row(label: string, values: (string | null)[]): Row {
  return { label, line: 1, depth: 0, unit: "currency", kind: "item", cells: values.map(cell) };
}

function statementWith(id: string, kind: Statement["kind"], columns: Column[], rows: Row[]): Statement {
  return { id, title: id, kind, scale: 1000, document: null, lines: [1, 1], columns, rows };
}

describe("inferLinks on odd statements", () => {
  const quarter = [column("2004-06-30"), column("2003-06-30")];
  const operations = statementWith("s1", "operations", quarter, [
    row("Revenues", ["100", "90"]),
    row("Interest expense", ["-5", "4"]),
  ]);
  /** [what is odd, the statements, [statement, row, target row, sign] of each link]. */
  const cases: [string, Statement[], [string, number, number, number][]][] = [
    ["no statements", [], []],
    ["no operations", [statementWith("s2", "reconciliation", quarter, [row("Revenues", ["100", "90"])])], []],
    [
      "a reconciliation without columns",
      [operations, statementWith("s2", "reconciliation", [], [row("Revenues", [])])],
      [],
    ],
    [
      "a column without an end date",
      [operations, statementWith("s2", "reconciliation", [column(null)], [row("Revenues", ["100"])])],
      [],
    ],
    [
      "another basis",
      [
        operations,
        statementWith(
          "s2",
          "reconciliation",
          [column("2004-06-30", "Pro Forma")],
          [row("Revenues", ["100"])],
        ),
      ],
      [],
    ],
    [
      "one period of two",
      [operations, statementWith("s2", "guidance", [column("2003-06-30")], [row("Revenues", ["90"])])],
      [["s2", 0, 0, 1]],
    ],
    [
      "a row with no figures and a stranger",
      [
        operations,
        statementWith("s2", "reconciliation", quarter, [
          row("Revenues", [null, null]),
          row("Interest", ["5", "-4"]),
          row("Unknown", ["7", "8"]),
        ]),
      ],
      [["s2", 1, 1, -1]],
    ],
  ];
  it.each(cases)("with %s", (_, statements, expected) => {
    const found = inferLinks(statements, []).map((link) => [
      link.statement,
      link.row,
      link.target.row,
      link.sign,
    ]);
    expect(found).toEqual(expected);
  });

  it("stays linear on 3,000 rows", () => {
    const rows = Array.from({ length: 3000 }, (_, index) =>
      row(`Line ${index}`, [`${index + 1}`, `${index + 2}`]),
    );
    const target = statementWith("s1", "operations", quarter, rows);
    const source = statementWith("s2", "reconciliation", quarter, [...rows].reverse());
    const links = inferLinks([target, source], []);
    expect(links).toHaveLength(3000);
    expect(links.every((link) => link.target.row === 2999 - link.row)).toBe(true);
  });
});
