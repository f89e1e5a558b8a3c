/**
 * The formulas issue's acceptance on the Mpower exhibits: every listed row has a formula on every
 * column, in the reference form, worked out by hand from the exhibit's figures; the checks give
 * exactly the known rounding plugs and unsigned zeros, and nothing else.
 */
import { convertExhibit } from "../src/convert-exhibit";
import type { InspectResult } from "../src/model/statement";
import { fixture } from "./exhibits";

/** [statement, row, label, formula]; `{c}` stands for the cell's own column index. */
type Case = [string, number, string, string];

function convert(name: string): InspectResult {
  return convertExhibit(fixture(name).text, { name });
}

function operations2003(s: string, perShareBefore: string): Case[] {
  return [
    [s, 3, "Total Operating Revenues", `={${s}:r1}+{${s}:r2}`],
    [
      s,
      12,
      "Total Operating Expenses",
      `={${s}:r5}+{${s}:r6}+{${s}:r7}+{${s}:r8}+{${s}:r9}+{${s}:r10}+{${s}:r11}`,
    ],
    [s, 13, "Loss from Continuing Operations", `={${s}:r3}-{${s}:r12}`],
    [
      s,
      19,
      "(Loss) Income before Discontinued Operations",
      `={${s}:r13}+{${s}:r14}+{${s}:r15}+{${s}:r16}+{${s}:r17}+{${s}:r18}`,
    ],
    [s, 21, "Net (Loss) Income", `={${s}:r19}+{${s}:r20}`],
    [s, 23, "Net (Loss) Income Applicable to Common Stockholders", `={${s}:r21}+{${s}:r22}`],
    // per share: income (plus preferred dividends where the year has them) x 1000 / basic shares
    [s, 27, "(Loss) Income before Discontinued Operations", perShareBefore],
    [s, 28, "Income (Loss) from Discontinued Operations", `={${s}:r20}*1000/{${s}:r24}`],
    [s, 29, "Net (Loss) Income", `={${s}:r23}*1000/{${s}:r24}`],
    // 36,879 - 16,627 = 20,252; 20,252 / 36,879 = 54.9%; 20,252 - 18,635 = 1,617; 1,617 / 36,879 = 4.4%
    [s, 30, "Gross Margin", `={${s}:r3}-{${s}:r5}`],
    [s, 31, "Gross Margin (% of Revenue)", `={${s}:r30}/{${s}:r3}`],
    [s, 32, "Adjusted EBITDA", `={${s}:r30}-{${s}:r6}`],
    [s, 33, "Adjusted EBITDA (% of Revenue)", `={${s}:r32}/{${s}:r3}`],
  ];
}

/** A reconciliation `r` of the operations statement `s`; `reorganization` is the sign of its link. */
function reconciliation2003(r: string, s: string, reorganization: "" | "-"): Case[] {
  return [
    [r, 0, "Adjusted EBITDA", `={${s}:r32:c{c}}`],
    // (3,961) restates 3,961 in the statement: a link with a minus
    [r, 1, "Depreciation and Amortization", `=-{${s}:r11:c{c}}`],
    [r, 2, "Reorganization Expense", `=${reorganization}{${s}:r7:c{c}}`],
    [r, 3, "Network Optimization Cost", `=-{${s}:r9:c{c}}`],
    [r, 4, "Gain on Sale of Assets, net", `=-{${s}:r10:c{c}}`],
    [r, 5, "Stock-Based Compensation Expense", `=-{${s}:r8:c{c}}`],
    [r, 6, "Loss from Continuing Operations", `={${r}:r0}+{${r}:r1}+{${r}:r2}+{${r}:r3}+{${r}:r4}+{${r}:r5}`],
    [r, 7, "(Loss) Gain on Sale of Investments, net", `={${s}:r14:c{c}}`],
    [r, 8, "Gain (Loss) on Discharge of Debt", `={${s}:r15:c{c}}`],
    [r, 9, "Other income", `={${s}:r16:c{c}}`],
    [r, 10, "Interest Income", `={${s}:r17:c{c}}`],
    [r, 11, "Interest Expense", `={${s}:r18:c{c}}`],
    [
      r,
      12,
      "(Loss) Income before Discontinued Operations",
      `={${r}:r6}+{${r}:r7}+{${r}:r8}+{${r}:r9}+{${r}:r10}+{${r}:r11}`,
    ],
    [r, 13, "Income (Loss) from Discontinued Operations", `={${s}:r20:c{c}}`],
    [r, 14, "Net (Loss) Income (GAAP)", `={${r}:r12}+{${r}:r13}`],
  ];
}

const cases2003: Case[] = [
  ["s1", 7, "Total Current Assets", "={s1:r1}+{s1:r2}+{s1:r3}+{s1:r4}+{s1:r5}+{s1:r6}"],
  ["s1", 13, "TOTAL ASSETS", "={s1:r7}+{s1:r8}+{s1:r9}+{s1:r10}+{s1:r11}+{s1:r12}"],
  ["s1", 22, "Total Current Liabilities", "={s1:r15}+{s1:r16}+{s1:r17}+{s1:r18}+{s1:r19}+{s1:r20}+{s1:r21}"],
  ["s1", 25, "Total Liabilities", "={s1:r22}+{s1:r23}+{s1:r24}"],
  ["s1", 29, "Total Stockholders' Equity", "={s1:r26}+{s1:r27}+{s1:r28}"],
  ["s1", 30, "TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY", "={s1:r25}+{s1:r29}"],
  // the quarter has no preferred dividends (all "-"), the year's predecessor column does: (3,974)
  ...operations2003("s2", "={s2:r19}*1000/{s2:r24}"),
  ...operations2003("s3", "=({s3:r19}+{s3:r22})*1000/{s3:r24}"),
  // the year's reorganization expense of 266,383 is printed (266,383) in its reconciliation
  ...reconciliation2003("s4", "s2", ""),
  ...reconciliation2003("s5", "s3", "-"),
];

const cases2004: Case[] = [
  ["s1", 5, "Total Current Assets", "={s1:r1}+{s1:r2}+{s1:r3}+{s1:r4}"],
  ["s1", 10, "Total Assets", "={s1:r5}+{s1:r6}+{s1:r7}+{s1:r8}+{s1:r9}"],
  ["s1", 19, "Total Current Liabilities", "={s1:r12}+{s1:r13}+{s1:r14}+{s1:r15}+{s1:r16}+{s1:r17}+{s1:r18}"],
  ["s1", 21, "Total Liabilities", "={s1:r19}+{s1:r20}"],
  ["s1", 25, "Total Stockholders' Equity", "={s1:r22}+{s1:r23}+{s1:r24}"],
  ["s1", 26, "Total Liabilities and Stockholders' Equity", "={s1:r21}+{s1:r25}"],
  ["s2", 3, "Total Operating Revenues", "={s2:r1}+{s2:r2}"],
  ["s2", 10, "Total Operating Expenses", "={s2:r5}+{s2:r6}+{s2:r7}+{s2:r8}+{s2:r9}"],
  ["s2", 11, "Loss from Continuing Operations", "={s2:r3}-{s2:r10}"],
  ["s2", 15, "Loss before Discontinued Operations", "={s2:r11}+{s2:r12}+{s2:r13}+{s2:r14}"],
  ["s2", 17, "Net Loss", "={s2:r15}+{s2:r16}"],
  ["s2", 20, "Loss before Discontinued Operations", "={s2:r15}*1000/{s2:r18}"],
  ["s2", 21, "Income from Discontinued Operations", "={s2:r16}*1000/{s2:r18}"],
  ["s2", 22, "Net Loss", "={s2:r17}*1000/{s2:r18}"],
  // 38,496 - 17,740 = 20,756; 20,756 - 18,212 = 2,544
  ["s2", 23, "Adjusted Gross Margin", "={s2:r3}-{s2:r5}"],
  ["s2", 24, "Adjusted Gross Margin (% of Revenue)", "={s2:r23}/{s2:r3}"],
  ["s2", 25, "Adjusted EBITDA", "={s2:r23}-{s2:r6}"],
  ["s2", 26, "Adjusted EBITDA (% of Revenue)", "={s2:r25}/{s2:r3}"],
  ["s3", 0, "Adjusted Gross Margin", "={s2:r23:c{c}}"],
  // 20,756 + (1,964) = 18,792: Adjusted Gross Margin - D&A allocated to cost
  ["s3", 2, "Gross Margin (GAAP)", "={s3:r0}+{s3:r1}"],
  ["s4", 0, "Adjusted EBITDA", "={s2:r25:c{c}}"],
  ["s4", 1, "Depreciation and Amortization", "=-{s2:r9:c{c}}"],
  ["s4", 2, "Gain on Sale of Assets, net", "=-{s2:r8:c{c}}"],
  ["s4", 3, "Stock-Based Compensation Expense", "=-{s2:r7:c{c}}"],
  ["s4", 4, "Loss from Continuing Operations", "={s4:r0}+{s4:r1}+{s4:r2}+{s4:r3}"],
  ["s4", 5, "Interest Income", "={s2:r12:c{c}}"],
  ["s4", 6, "Interest Expense", "={s2:r13:c{c}}"],
  ["s4", 7, "Other Expense", "={s2:r14:c{c}}"],
  ["s4", 8, "Loss before Discontinued Operations", "={s4:r4}+{s4:r5}+{s4:r6}+{s4:r7}"],
  ["s4", 9, "(Loss) Income from Discontinued Operations", "={s2:r16:c{c}}"],
  ["s4", 10, "Net Loss (GAAP)", "={s4:r8}+{s4:r9}"],
  // guidance, Low and High: 8,000 - 16,000 + 300 - 200 = (7,900); (7,900) + 400 - 300 - 100 = (7,900)
  ["s5", 4, "Loss from Continuing Operations", "={s5:r0}+{s5:r1}+{s5:r2}+{s5:r3}"],
  ["s5", 8, "Loss before Discontinued Operations", "={s5:r4}+{s5:r5}+{s5:r6}+{s5:r7}"],
  ["s5", 10, "Net Loss (GAAP)", "={s5:r8}+{s5:r9}"],
  // 16,000 - 17,000 + 300 - 200 = (900); (900) + 400 - 300 = (800); (800) - 300 = (1,100)
  ["s6", 4, "(Loss) Income from Continuing Operations", "={s6:r0}+{s6:r1}+{s6:r2}+{s6:r3}"],
  ["s6", 7, "(Loss) Income before Discontinued Operations", "={s6:r4}+{s6:r5}+{s6:r6}"],
  ["s6", 9, "Net (Loss) Income (GAAP)", "={s6:r7}+{s6:r8}"],
];

/** Check findings: [code, statement, per-share label, column]. */
type Expected = [string, string, string, number];

describe.each<[string, Case[], [string, number, number][], Expected[]]>([
  [
    "mpower-2003q4.txt",
    cases2003,
    // reconciliation totals checked against the statement: [reconciliation, row, statement row]
    [
      ["s4", 6, 13],
      ["s4", 12, 19],
      ["s4", 14, 21],
      ["s5", 6, 13],
      ["s5", 12, 19],
      ["s5", 14, 21],
    ],
    [
      // -29,117 x 1000 / 64,999,025 = -0.448 -> -0.45, printed (0.44): 0.45 - 0.44 = 0.01 as printed
      ["per-share-rounding-plug", "s2", "Income (Loss) from Discontinued Operations", 2],
      // -2,368 / 68,515.811 = -0.0346 -> -0.03, printed (0.04): -0.27 - 0.04 = -0.31
      ["per-share-rounding-plug", "s3", "Income (Loss) from Discontinued Operations", 0],
      // -34,193 / 64,999.025 = -0.526 -> -0.53, printed (0.52): 0.27 - 0.52 = -0.25
      ["per-share-rounding-plug", "s3", "Income (Loss) from Discontinued Operations", 1],
      // -34,765 / 59,461.374 = -0.585 -> -0.58, printed (0.59): -0.79 - 0.59 = -1.38
      ["per-share-rounding-plug", "s3", "Income (Loss) from Discontinued Operations", 2],
    ],
  ],
  [
    "mpower-2004q2.txt",
    cases2004,
    [
      ["s4", 4, 11],
      ["s4", 8, 15],
      ["s4", 10, 17],
    ],
    [
      // -7 / 78,417.485 = -0.0001, printed $0.00
      ["per-share-unsigned-zero", "s2", "Income from Discontinued Operations", 0],
      // 241 / 78,321.851 = 0.0031 -> 0.00, printed $0.01: -0.01 + 0.01 = 0.00
      ["per-share-rounding-plug", "s2", "Income from Discontinued Operations", 1],
      // -263 / 78,321.851 = -0.0034, printed $0.00
      ["per-share-unsigned-zero", "s2", "Net Loss", 1],
    ],
  ],
])("%s", (name, cases, checks, expected) => {
  const result = convert(name);
  const statement = (id: string) => result.statements.find((candidate) => candidate.id === id);

  it.each(cases)("%s row %d (%s) has its formula on every column", (id, row, label, formula) => {
    const found = statement(id)?.rows[row];
    expect(found?.label).toContain(label);
    const formulas = found?.cells.map((cell) => cell?.formula);
    expect(formulas).toEqual(found?.cells.map((_, column) => formula.replace(/\{c\}/g, String(column))));
  });

  it.each(cases)("%s row %d (%s) ties on every column", (id, row) => {
    const relations = result.relations.filter(
      (relation) => relation.statement === id && relation.row === row && relation.kind !== "note",
    );
    expect(relations.length).toBeGreaterThan(0);
    const plugs = expected.filter(([, s]) => s === id).map(([, , , column]) => column);
    for (const relation of relations) {
      if (relation.kind === "note") continue;
      if (relation.kind === "per-share") {
        expect(relation.misses.every((column) => plugs.includes(column))).toBe(true);
      } else {
        expect(relation.misses).toEqual([]);
        if (relation.kind === "sum") expect(relation.near).toEqual([]);
      }
    }
  });

  it("checks the reconciliations' totals against the statement", () => {
    const found = result.relations
      .filter(
        (relation) =>
          relation.kind === "link" &&
          relation.role === "check" &&
          relation.target.statement !== relation.statement,
      )
      .map((relation) =>
        relation.kind === "link" ? [relation.statement, relation.row, relation.target.row] : [],
      );
    expect(found).toEqual(checks);
  });

  it("checks total liabilities and equity against total assets", () => {
    const balance = result.relations.find(
      (relation) =>
        relation.kind === "link" && relation.statement === "s1" && relation.target.statement === "s1",
    );
    expect(balance).toMatchObject({ role: "check", misses: [] });
  });

  it("finds exactly the known per-share remarks, and nothing else", () => {
    const checkCodes = /^(sum|link|balance|ratio|per-share|row)-/;
    const found = result.findings
      .filter((finding) => checkCodes.test(finding.code))
      .map((finding) => [finding.code, finding.statement, finding.text, finding.column]);
    expect(found).toEqual(expected);
  });
});

it("matches the D&A allocated to cost with the figures of Note 1 (mpower-2004q2.txt)", () => {
  const note = convert("mpower-2004q2.txt").relations.find((relation) => relation.kind === "note");
  expect(note).toMatchObject({ statement: "s3", row: 1, line: 277, texts: ["$1,964", "$1,939", "$1,742"] });
});
