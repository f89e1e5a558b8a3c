/** The acceptance list of the exhibit reader, on the two Mpower exhibits. */
import { convertExhibit } from "../src/convert-exhibit";
import type { Period } from "../src/model/period";
import type { Statement } from "../src/model/statement";
import { fixture } from "./exhibits";

function read(name: string): Statement[] {
  return convertExhibit(fixture(name).text, { name }).statements;
}

function quarter(start: string, end: string): Period {
  return { start, end, months: 3, weeks: null, instant: false };
}

function instant(end: string): Period {
  return { start: null, end, months: null, weeks: null, instant: true };
}

function rowByLine(s: Statement, line: number) {
  const row = s.rows.find((r) => r.line === line);
  if (!row) throw new Error(`no row at line ${line} in ${s.id}`);
  return row;
}

describe("mpower-2003q4.txt", () => {
  const statements = read("mpower-2003q4.txt");
  const [bs, q, fy, reconQ, reconFy] = statements as [Statement, Statement, Statement, Statement, Statement];

  it("has five statements: a balance sheet, two operations statements and two reconciliations", () => {
    expect(statements.map((s) => s.kind)).toEqual([
      "balance-sheet",
      "operations",
      "operations",
      "reconciliation",
      "reconciliation",
    ]);
    expect(statements.map((s) => s.scale)).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(bs.title).toBe("Balance Sheet");
    expect(q.title).toBe("Statement of Operations");
  });

  it("reads the balance sheet dates as instants", () => {
    expect(bs.columns.map((c) => c.period)).toEqual([
      instant("2003-12-31"),
      instant("2003-09-30"),
      instant("2002-12-31"),
    ]);
  });

  it("reads three reorganized quarters", () => {
    expect(q.columns.map((c) => c.period)).toEqual([
      quarter("2003-10-01", "2003-12-31"),
      quarter("2003-07-01", "2003-09-30"),
      quarter("2002-10-01", "2002-12-31"),
    ]);
    expect(q.columns.map((c) => c.basis)).toEqual(["Reorganized", "Reorganized", "Reorganized"]);
  });

  it("reads the year and the two stub periods across the reorganization", () => {
    expect(fy.columns.map((c) => c.period)).toEqual([
      { start: "2003-01-01", end: "2003-12-31", months: 12, weeks: null, instant: false },
      { start: "2002-07-31", end: "2002-12-31", months: null, weeks: null, instant: false },
      { start: "2002-01-01", end: "2002-07-30", months: null, weeks: null, instant: false },
    ]);
    expect(fy.columns.map((c) => c.basis)).toEqual(["Reorganized", "Reorganized", "Predecessor"]);
  });

  it("gives the reconciliations the periods of the operations statements they restate", () => {
    expect(reconQ.columns.map((c) => c.period)).toEqual(q.columns.map((c) => c.period));
    expect(reconFy.columns.map((c) => c.period)).toEqual(fy.columns.map((c) => c.period));
    expect(reconFy.columns.map((c) => c.basis)).toEqual(["Reorganized", "Reorganized", "Predecessor"]);
  });

  it("keeps a wrapped heading as one row", () => {
    const heading = rowByLine(q, 253);
    expect(heading).toMatchObject({
      kind: "heading",
      label: "Basic and Diluted (Loss) Income per Share Applicable to Common Stockholders:",
    });
    expect(q.rows.filter((r) => r.label.startsWith("Common Stockholders"))).toEqual([]);
  });

  it("types rows by unit and keeps exact figures", () => {
    expect(rowByLine(q, 232).cells.map((c) => c?.value)).toEqual(["-2118", "-2049", "-4098"]);
    expect(rowByLine(q, 249).unit).toBe("shares");
    expect(rowByLine(q, 257)).toMatchObject({ unit: "per-share", label: "Net (Loss) Income" });
    expect(rowByLine(q, 257).cells.map((c) => c?.value)).toEqual(["-0.00", "-0.02", "0.01"]);
    expect(rowByLine(q, 260).unit).toBe("percent");
    expect(rowByLine(q, 263).cells.map((c) => c?.value)).toEqual(["4.4", "2.7", "-14.4"]);
    expect(rowByLine(q, 224).cells.map((c) => c?.value)).toEqual(["0", "0", "0"]);
    expect(rowByLine(bs, 174)).toMatchObject({
      label: "Total Current Assets",
      depth: 1,
      unit: "currency",
      kind: "total",
    });
    expect(rowByLine(bs, 174).cells[0]).toEqual({
      text: "53,001",
      value: "53001",
      line: 174,
      start: 72,
      end: 78,
      // 29,307 + 92 + 14,076 + 5,039 + 0 + 4,487 = 53,001
      formula: "={s1:r1}+{s1:r2}+{s1:r3}+{s1:r4}+{s1:r5}+{s1:r6}",
    });
  });
});

describe("mpower-2004q2.txt", () => {
  const statements = read("mpower-2004q2.txt");
  const [bs, ops, gm, ebitda, fy04, fy05] = statements as Statement[] as [
    Statement,
    Statement,
    Statement,
    Statement,
    Statement,
    Statement,
  ];

  it("has six statements: balance sheet, operations, two reconciliations and two guidance tables", () => {
    expect(statements.map((s) => s.kind)).toEqual([
      "balance-sheet",
      "operations",
      "reconciliation",
      "reconciliation",
      "guidance",
      "guidance",
    ]);
    expect(gm.rows.map((r) => r.label)).toEqual([
      "Adjusted Gross Margin",
      "Depreciation and Amortization (allocated to Cost of Operating Revenues)",
      "Gross Margin (GAAP)",
    ]);
    expect(ebitda.rows[0]?.label).toBe("Adjusted EBITDA");
  });

  it("reads the balance sheet and the quarters", () => {
    expect(bs.columns.map((c) => c.period)).toEqual([
      instant("2004-06-30"),
      instant("2004-03-31"),
      instant("2003-12-31"),
    ]);
    const quarters = [
      quarter("2004-04-01", "2004-06-30"),
      quarter("2004-01-01", "2004-03-31"),
      quarter("2003-04-01", "2003-06-30"),
    ];
    expect(ops.columns.map((c) => c.period)).toEqual(quarters);
    expect(gm.columns.map((c) => c.period)).toEqual(quarters);
    expect(ebitda.columns.map((c) => c.period)).toEqual(quarters);
  });

  it("reads the guidance years with their Low and High columns", () => {
    const year = (y: number): Period => ({
      start: `${y}-01-01`,
      end: `${y}-12-31`,
      months: 12,
      weeks: null,
      instant: false,
    });
    for (const [s, y] of [
      [fy04, 2004],
      [fy05, 2005],
    ] as const) {
      expect(s.columns.map((c) => c.period)).toEqual([year(y), year(y)]);
      expect(s.columns.map((c) => c.scenario)).toEqual(["Low End of Range", "High End of Range"]);
    }
    expect(rowByLine(fy04, 330).cells.map((c) => c?.value)).toEqual(["-7800", "-5800"]);
    expect(rowByLine(fy05, 352).cells.map((c) => c?.text)).toEqual(["$(1,100)", "$ 900"]);
  });

  it("joins wrapped labels whose figures sit on the last line", () => {
    const cost = rowByLine(ops, 242);
    expect(cost.label).toBe(
      "Cost of Operating Revenues (exclusive of depreciation and amortization shown separately below. See Note 1.)",
    );
    expect(cost.cells.map((c) => c?.text)).toEqual(["17,740", "16,388", "18,953"]);
    expect(rowByLine(ops, 244).label).toBe(
      "Selling, General and Administrative (exclusive of depreciation and amortization shown separately below. See Note 1.)",
    );
    expect(ops.rows.filter((r) => r.kind === "heading").map((r) => r.label)).toEqual([
      "Operating Revenues:",
      "Operating Expenses:",
      "Basic and Diluted (Loss) Income per Share:",
    ]);
  });

  it("finds Total Assets without a rule above it", () => {
    expect(rowByLine(bs, 204)).toMatchObject({ label: "Total Assets" });
    expect(rowByLine(bs, 204).cells.map((c) => c?.value)).toEqual(["99874", "102113", "109029"]);
  });
});
