/** Table-driven tests of the arithmetic oracle on small hand-written statements. */
import type { Row, RowUnit, Statement } from "../../src/model/statement";
import { addingColumns, findDerivations, toUnits } from "./find-derivations";

/** A statement from rows of [label, unit, figures as printed ("" for none)]; values parsed by hand below. */
function statement(rows: [label: string, unit: RowUnit, figures: string[]][]): Statement {
  const columns = Math.max(...rows.map(([, , f]) => f.length));
  return {
    id: "s1",
    title: "test",
    kind: "other",
    scale: 1,
    document: null,
    lines: [1, rows.length],
    columns: Array.from({ length: columns }, () => ({
      header: "",
      period: null,
      basis: null,
      scenario: null,
      role: "period" as const,
    })),
    rows: rows.map(([label, unit, figures], i): Row => ({
      label,
      line: i + 1,
      depth: 0,
      unit,
      kind: "item",
      cells: figures.map((text) =>
        text === ""
          ? null
          : { text, value: valueOf(text), line: i + 1, start: 0, end: text.length, formula: null },
      ),
    })),
  };
}

/** "(1,234)" -> "-1234", "12.5%" -> "12.5", "-" -> "0": enough of a parser for these tests. */
function valueOf(text: string): string {
  if (/^-+$/.test(text)) return "0";
  const negative = text.includes("(") || text.startsWith("-");
  const digits = text.replace(/[^\d.]/g, "");
  return negative ? `-${digits}` : digits;
}

/** The derivations as "row = +a -b" strings. */
const derived = (s: Statement): string[] =>
  findDerivations(s).map(
    (d) => `${d.row} = ${d.terms.map((t) => `${t.sign > 0 ? "+" : "-"}${t.row}`).join(" ")}`,
  );

// prettier-ignore
const cases: [what: string, rows: [string, RowUnit, string[]][], expected: string[]][] = [
  ["a total of the three rows above", [
    ["Cash", "currency", ["100", "90"]],
    ["Receivables", "currency", ["50", "40"]],
    ["Inventory", "currency", ["25", "(5)"]],
    ["Total current assets", "currency", ["175", "125"]],
  ], ["3 = +2 +1 +0"]],
  ["a subtraction block: revenue - cost = gross profit", [
    ["Revenue", "currency", ["1,000", "800"]],
    ["Cost of revenue", "currency", ["600", "500"]],
    ["Gross profit", "currency", ["400", "300"]],
  ], ["2 = -1 +0"]],
  ["subtotals far apart and an item (a triple)", [
    ["Cash", "currency", ["100", "90"]],
    ["Receivables", "currency", ["50", "41"]],
    ["Total current assets", "currency", ["150", "131"]],
    ["Land", "currency", ["7", "3"]],
    ["Buildings", "currency", ["13", "12"]],
    ["Total fixed assets", "currency", ["20", "15"]],
    ["Memo: employees", "other", ["12", "11"]],
    ["Goodwill", "currency", ["1", "2"]],
    ["Total assets", "currency", ["171", "148"]],
  ], ["2 = +1 +0", "5 = +4 +3", "8 = +2 +5 +7"]],
  ["zero rows are passed over in a run", [
    ["Selling", "currency", ["10", "20"]],
    ["Reorganization", "currency", ["-", "-"]],
    ["Administration", "currency", ["5", "6"]],
    ["Total expenses", "currency", ["15", "26"]],
  ], ["3 = +2 +0"]],
  ["eight rows in a run are found", [
    ["Item 1", "currency", ["1,013", "412"]],
    ["Item 2", "currency", ["2,741", "1,789"]],
    ["Item 3", "currency", ["377", "2,333"]],
    ["Item 4", "currency", ["5,529", "98"]],
    ["Item 5", "currency", ["861", "3,571"]],
    ["Item 6", "currency", ["4,093", "607"]],
    ["Item 7", "currency", ["1,297", "1,151"]],
    ["Item 8", "currency", ["6,607", "2,963"]],
    ["Total", "currency", ["22,518", "12,924"]],
  ], ["8 = +7 +6 +5 +4 +3 +2 +1 +0"]],
  ["per-share figures in cents add exactly", [
    ["Continuing operations", "per-share", ["$1.25", "$0.50"]],
    ["Discontinued operations", "per-share", ["(.05)", ".07"]],
    ["Net income", "per-share", ["$1.20", "$0.57"]],
  ], ["2 = +1 +0"]],
  ["decimals are scaled, not floated: 0.1 + 0.2 = 0.30", [
    ["A", "per-share", ["0.1", "1.25"]],
    ["B", "per-share", ["0.2", "2"]],
    ["C", "per-share", ["0.30", "3.25"]],
  ], ["2 = +1 +0"]],
  ["a percent column does not add; the amounts still tie", [
    ["Product", "currency", ["100", "80", "25.0%"]],
    ["Service", "currency", ["50", "45", "11.1%"]],
    ["Total", "currency", ["150", "125", "20.0%"]],
  ], ["2 = +1 +0"]],
  ["a one-column table needs only one non-zero figure", [
    ["A", "currency", ["7"]],
    ["B", "currency", ["5"]],
    ["Total", "currency", ["12"]],
  ], ["2 = +1 +0"]],
  // Cases that must NOT be derivable.
  ["not: a row equal to one row above (a single-term equality)", [
    ["Net income", "currency", ["100", "80"]],
    ["Memo", "currency", ["3", "4"]],
    ["Net income again", "currency", ["100", "80"]],
  ], []],
  ["not: terms that cancel (a restated row minus itself)", [
    ["Taxes", "currency", ["40", "30"]],
    ["Net income", "currency", ["100", "80"]],
    ["Net income restated", "currency", ["100", "80"]],
    ["Taxes again", "currency", ["40", "30"]],
  ], []],
  ["not: fewer than two non-zero figures in a two-column table", [
    ["A", "currency", ["7", "-"]],
    ["B", "currency", ["5", "-"]],
    ["Total", "currency", ["12", "-"]],
  ], []],
  ["not: per-share and share rows are no terms of an amount", [
    ["Net income", "currency", ["1,000", "900"]],
    ["Shares", "shares", ["500", "450"]],
    ["Per share", "per-share", ["2.00", "2.00"]],
    ["Income plus shares", "currency", ["1,500", "1,350"]],
  ], []],
  ["not: within rounding is not a tie", [
    ["A", "per-share", ["1.33", "0.67"]],
    ["B", "per-share", ["1.33", "0.67"]],
    ["C", "per-share", ["1.33", "0.66"]],
    ["Total", "per-share", ["4.00", "2.00"]],
  ], []],
  ["not: ties on one column only", [
    ["A", "currency", ["7", "3"]],
    ["B", "currency", ["5", "3"]],
    ["Total", "currency", ["12", "7"]],
  ], []],
  ["not: a pair or a mixed-sign run on figures repeated in every column (guidance Low/High)", [
    ["Adjusted EBITDA", "currency", ["8,000", "10,000"]],
    ["Depreciation", "currency", ["(16,000)", "(16,000)"]],
    ["Gain on sale", "currency", ["300", "300"]],
    ["Stock compensation", "currency", ["(200)", "(200)"]],
    ["Loss from operations", "currency", ["(7,900)", "(5,900)"]],
    ["Interest income", "currency", ["400", "400"]],
    ["Interest expense", "currency", ["(300)", "(300)"]],
    ["Other expense", "currency", ["(100)", "(100)"]],
  ], ["4 = +3 +2 +1 +0"]],
  ["not: nine rows in a run (beyond eight) and no pair or triple", [
    ...Array.from({ length: 9 }, (_, i): [string, RowUnit, string[]] => [`Item ${i}`, "currency", [String(1000 + 97 * i * i), String(500 + 13 * i * i * i)]]),
    ["Total", "currency", [String(Array.from({ length: 9 }, (_, i) => 1000 + 97 * i * i).reduce((a, b) => a + b)), String(Array.from({ length: 9 }, (_, i) => 500 + 13 * i * i * i).reduce((a, b) => a + b))]],
  ], []],
];

describe("findDerivations", () => {
  it.each(cases)("%s", (_what, rows, expected) => {
    expect(derived(statement(rows))).toEqual(expected);
  });
});

describe("addingColumns", () => {
  it("keeps amount columns whatever their header, drops percent and ratio columns", () => {
    const s = statement([
      ["A", "currency", ["100", "12.5%", "996.1234567", "7"]],
      ["B", "currency", ["200", "(4.1)%", "990.7654321", ""]],
    ]);
    s.columns[0]!.header = "% Change";
    expect(addingColumns(s, "currency")).toEqual([0, 3]);
  });
});

describe("toUnits", () => {
  // prettier-ignore
  const units: [value: string | null, decimals: number, expected: bigint | null][] = [
    ["12345", 0, 12345n], ["-0.05", 2, -5n], ["1.5", 3, 1500n], ["0", 2, 0n], ["-0.00", 2, 0n], [null, 2, null],
  ];
  it.each(units)("%s at %i decimals is %s", (value, decimals, expected) => {
    expect(toUnits(value, decimals)).toBe(expected);
  });
});
