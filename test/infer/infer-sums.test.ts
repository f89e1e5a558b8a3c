/** inferSums on the Mpower statements, hand-checked against the exhibit text, and on a long synthetic statement. */
import Decimal from "decimal.js";
import { readFileSync } from "fs";
import { convertExhibit } from "../../src/convert-exhibit";
import { inferSums } from "../../src/infer/infer-sums";
import type { SumRelation, Term } from "../../src/model/relation";
import type { Cell, Row, Statement } from "../../src/model/statement";

function statementsOf(name: string): Statement[] {
  return convertExhibit(readFileSync(`test/fixtures/${name}`, "latin1"), { name }).statements;
}

/** "+6" or "-12": a term on a 0-based row. */
function term(text: string): Term {
  return { row: Number(text.slice(1)), sign: text.startsWith("-") ? -1 : 1 };
}

function relationAt(relations: SumRelation[], row: number): SumRelation | undefined {
  return relations.find((relation) => relation.row === row);
}

/** [statement index, total row, its label, terms nearest first]; every sum worked out from the exhibit text. */
type Case = [number, number, string, string[]];

const balanceSheet2003: Case[] = [
  // 29,307 + 92 + 14,076 + 5,039 + 0 + 4,487 = 53,001
  [0, 7, "Total Current Assets", ["+6", "+5", "+4", "+3", "+2", "+1"]],
  // 53,001 + 33,762 + 9,537 + 0 + 8,948 + 3,781 = 109,029
  [0, 13, "TOTAL ASSETS", ["+12", "+11", "+10", "+9", "+8", "+7"]],
  // 256 + 0 + 15,754 + 3,647 + 2,818 + 4,696 + 13,406 = 40,577
  [0, 22, "Total Current Liabilities", ["+21", "+20", "+19", "+18", "+17", "+16", "+15"]],
  // 40,577 + 0 + 2,211 = 42,788
  [0, 25, "Total Liabilities", ["+24", "+23", "+22"]],
  // 78 + 103,735 - 37,572 = 66,241
  [0, 29, "Total Stockholders' Equity", ["+28", "+27", "+26"]],
  // 42,788 + 66,241 = 109,029
  [0, 30, "TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY", ["+29", "+25"]],
];

/** The same rows in the quarter (s2) and the year (s3). */
function operations2003(index: number): Case[] {
  return [
    // 32,655 + 4,224 = 36,879
    [index, 3, "Total Operating Revenues", ["+2", "+1"]],
    // 16,627 + 18,635 + 0 + 41 + 0 - 267 + 3,961 = 38,997
    [index, 12, "Total Operating Expenses", ["+11", "+10", "+9", "+8", "+7", "+6", "+5"]],
    // 36,879 - 38,997 = (2,118)
    [index, 13, "Loss from Continuing Operations", ["-12", "+3"]],
    // (2,118) + 0 + 0 + 1,427 + 63 - 101 = (729)
    [index, 19, "(Loss) Income before Discontinued Operations", ["+18", "+17", "+16", "+15", "+14", "+13"]],
    // (729) + 678 = (51)
    [index, 21, "Net (Loss) Income", ["+20", "+19"]],
    // (77,969) + (3,974) = (81,943) in the year's predecessor column
    [index, 23, "Net (Loss) Income Applicable to Common Stockholders", ["+22", "+21"]],
    // memo lines under the per-share block, their parts far above:
    // 36,879 - 16,627 = 20,252; 37,953 - 20,131 = 17,822; the year: 148,172 - 75,445 = 72,727
    [index, 30, "Gross Margin", ["+3", "-5"]],
    // 20,252 - 18,635 = 1,617; 17,822 - 23,271 = (5,449); the year: 72,727 - 77,434 = (4,707)
    [index, 32, "Adjusted EBITDA", ["+30", "-6"]],
  ];
}

function reconciliation2003(index: number): Case[] {
  return [
    // 1,617 - 3,961 + 0 + 0 + 267 - 41 = (2,118)
    [index, 6, "Loss from Continuing Operations", ["+5", "+4", "+3", "+2", "+1", "+0"]],
    [index, 12, "(Loss) Income before Discontinued Operations", ["+11", "+10", "+9", "+8", "+7", "+6"]],
    [index, 14, "Net (Loss) Income (GAAP)", ["+13", "+12"]],
  ];
}

const all2004: Case[] = [
  // 32,356 + 11,611 + 2,012 + 2,353 = 48,332
  [0, 5, "Total Current Assets", ["+4", "+3", "+2", "+1"]],
  // no rule above: 48,332 + 31,296 + 9,479 + 6,658 + 4,109 = 99,874
  [0, 10, "Total Assets", ["+9", "+8", "+7", "+6", "+5"]],
  // 66 + 10,467 + 3,603 + 2,970 + 921 + 4,867 + 10,264 = 33,158
  [0, 19, "Total Current Liabilities", ["+18", "+17", "+16", "+15", "+14", "+13", "+12"]],
  [0, 21, "Total Liabilities", ["+20", "+19"]],
  [0, 25, "Total Stockholders' Equity", ["+24", "+23", "+22"]],
  [0, 26, "Total Liabilities and Stockholders' Equity", ["+25", "+21"]],
  [1, 3, "Total Operating Revenues", ["+2", "+1"]],
  // 17,740 + 18,212 + 39 - 62 + 3,879 = 39,808
  [1, 10, "Total Operating Expenses", ["+9", "+8", "+7", "+6", "+5"]],
  // 38,496 - 39,808 = (1,312)
  [1, 11, "Loss from Continuing Operations", ["-10", "+3"]],
  // (1,312) + 77 - 67 - 95 = (1,397)
  [1, 15, "Loss before Discontinued Operations", ["+14", "+13", "+12", "+11"]],
  [1, 17, "Net Loss", ["+16", "+15"]],
  // 38,496 - 17,740 = 20,756; 37,153 - 16,388 = 20,765; 37,758 - 18,953 = 18,805
  [1, 23, "Adjusted Gross Margin", ["+3", "-5"]],
  // 20,756 - 18,212 = 2,544; 20,765 - 17,549 = 3,216; 18,805 - 19,587 = (782)
  [1, 25, "Adjusted EBITDA", ["+23", "-6"]],
  // Adjusted Gross Margin - D&A allocated: 20,756 + (1,964) = 18,792
  [2, 2, "Gross Margin (GAAP)", ["+1", "+0"]],
  // 2,544 - 3,879 + 62 - 39 = (1,312)
  [3, 4, "Loss from Continuing Operations", ["+3", "+2", "+1", "+0"]],
  [3, 8, "Loss before Discontinued Operations", ["+7", "+6", "+5", "+4"]],
  [3, 10, "Net Loss (GAAP)", ["+9", "+8"]],
  // guidance 2004, Low and High: 8,000 - 16,000 + 300 - 200 = (7,900); 10,000 ... = (5,900)
  [4, 4, "Loss from Continuing Operations", ["+3", "+2", "+1", "+0"]],
  // (7,900) + 400 - 300 - 100 = (7,900)
  [4, 8, "Loss before Discontinued Operations", ["+7", "+6", "+5", "+4"]],
  // (7,900) + 100 = (7,800)
  [4, 10, "Net Loss (GAAP)", ["+9", "+8"]],
  // guidance 2005: 16,000 - 17,000 + 300 - 200 = (900); High 1,100
  [5, 4, "(Loss) Income from Continuing Operations", ["+3", "+2", "+1", "+0"]],
  // (900) + 400 - 300 = (800); High 1,200
  [5, 7, "(Loss) Income before Discontinued Operations", ["+6", "+5", "+4"]],
  // (800) - 300 = (1,100); High 900
  [5, 9, "Net (Loss) Income (GAAP)", ["+8", "+7"]],
];

describe.each([
  [
    "mpower-2003q4.txt",
    [
      ...balanceSheet2003,
      ...operations2003(1),
      ...operations2003(2),
      ...reconciliation2003(3),
      ...reconciliation2003(4),
    ],
  ],
  ["mpower-2004q2.txt", all2004],
])("inferSums on %s", (name, cases) => {
  const statements = statementsOf(name);
  it.each(cases)("statement %i row %i (%s) ties on every column", (index, row, label, terms) => {
    const statement = statements[index] as Statement;
    expect(statement.rows[row]?.label).toBe(label);
    const relation = relationAt(inferSums(statement), row);
    const columns = statement.columns.map((_, column) => column);
    expect(relation).toEqual({
      kind: "sum",
      statement: statement.id,
      row,
      terms: terms.map(term),
      sign: 1,
      ties: columns,
      near: [],
      misses: [],
    });
  });
  it("finds no other relation", () => {
    const found = statements.flatMap((statement, index) =>
      inferSums(statement).map((relation) => [index, relation.row]),
    );
    expect(found).toEqual(cases.map(([index, row]) => [index, row]));
  });
});

describe("a figure off by 7", () => {
  const cases: [string, number, number[]][] = [
    // TOTAL ASSETS itself: only its own relation misses
    ["TOTAL ASSETS", 13, [13]],
    // Total Current Assets: its relation misses, and so does TOTAL ASSETS, which adds the reported figure
    ["Total Current Assets", 7, [7, 13]],
  ];
  it.each(cases)("in %s keeps the relation and makes column 0 a miss", (_, changed, missing) => {
    const statement = structuredClone(statementsOf("mpower-2003q4.txt")[0] as Statement);
    const cell = statement.rows[changed]?.cells[0] as Cell;
    cell.value = new Decimal(cell.value ?? "0").plus(7).toString();
    const expected = inferSums(statementsOf("mpower-2003q4.txt")[0] as Statement);
    const relations = inferSums(statement);
    expect(relations.map((relation) => relation.terms)).toEqual(expected.map((relation) => relation.terms));
    const misses = relations.filter((relation) => relation.misses.length > 0);
    expect(misses.map((relation) => [relation.row, relation.ties, relation.misses])).toEqual(
      missing.map((row) => [row, [1, 2], [0]]),
    );
  });
});

function syntheticRow(label: string, depth: number, kind: Row["kind"], values: (string | null)[]): Row {
  const cells = values.map((value): Cell | null =>
    value === null ? null : { text: value, value, line: 1, start: 0, end: value.length, formula: null },
  );
  return { label, line: 1, depth, unit: "currency", kind, cells };
}

it("finds the 50 subtotals of a 500-row statement", () => {
  const rows: Row[] = [];
  for (let section = 0; section < 50; section += 1) {
    rows.push(syntheticRow(`Section ${section}`, 0, "heading", [null, null, null]));
    const totals = [0, 0, 0];
    for (let item = 0; item < 8; item += 1) {
      const values = [0, 1, 2].map((column) => ((section * 31 + item * 7 + column * 13) % 97) + 1);
      values.forEach((value, column) => (totals[column] = (totals[column] ?? 0) + value));
      rows.push(syntheticRow(`Item ${section}.${item}`, 1, "item", values.map(String)));
    }
    rows.push(syntheticRow(`Total section ${section}`, 1, "total", totals.map(String)));
  }
  const column = {
    header: "",
    period: null,
    basis: null,
    scenario: null,
    role: "period" as const,
    measure: "amount" as const,
  };
  const statement: Statement = {
    id: "s1",
    title: "Synthetic",
    kind: "other",
    scale: 1,
    document: null,
    lines: [1, 500],
    columns: [column, column, column],
    rows,
  };
  const relations = inferSums(statement);
  expect(rows).toHaveLength(500);
  expect(relations.map((relation) => relation.row)).toEqual(
    rows.flatMap((row, index) => (row.kind === "total" ? [index] : [])),
  );
  expect(relations.every((relation) => relation.terms.length === 8 && relation.misses.length === 0)).toBe(
    true,
  );
});
