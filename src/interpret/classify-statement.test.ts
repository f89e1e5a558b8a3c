import { classifyStatement, detectTitle, titleCase } from "./classify-statement";

describe("detectTitle", () => {
  it.each<[string[], string | null]>([
    [["BALANCE SHEET (AMOUNTS IN $ THOUSANDS)"], "Balance Sheet"],
    [
      ["STATEMENT OF OPERATIONS (amounts in $ thousands,", "except share and per share amounts)"],
      "Statement of Operations",
    ],
    [["RECONCILIATION TO GAAP (amounts in $ thousands)"], "Reconciliation to GAAP"],
    [["FINANCIAL STATEMENTS", "BALANCE SHEET (amounts in $ thousands)"], "Balance Sheet"],
    [
      ["SEARS, ROEBUCK AND CO.", "CONSOLIDATED INCOME", "(millions, except earnings per"],
      "Consolidated Income",
    ],
    [["JUNGLEE CORP.", "STATEMENTS OF STOCKHOLDERS' EQUITY"], "Statements of Stockholders' Equity"],
    [["MPOWER HOLDING", "December 31, 2003"], null],
  ])("%j -> %p", (texts, title) => {
    expect(detectTitle(texts)).toBe(title);
  });

  it("keeps acronyms in capitals", () => {
    expect(titleCase("ADJUSTED EBITDA RECONCILIATION TO GAAP")).toBe(
      "Adjusted EBITDA Reconciliation to GAAP",
    );
  });
});

describe("classifyStatement", () => {
  it.each<[string, string, string[], boolean, string]>([
    ["Balance Sheet", "", [], false, "balance-sheet"],
    ["Statement of Operations", "", [], false, "operations"],
    ["Reconciliation to GAAP", "", [], false, "reconciliation"],
    ["Reconciliation to GAAP", "Adjusted EBITDA Guidance Range", [], true, "guidance"],
    ["Statements of Cash Flows", "", [], false, "cash-flows"],
    ["Statements of Stockholders' Equity", "", [], false, "equity"],
    ["Segment Income Statements", "", [], false, "segment"],
    ["Kilowatt-Hour Sales", "", [], false, "statistics"],
    ["Table 3", "", ["Cash", "Total assets", "Total liabilities"], false, "balance-sheet"],
    ["Table 4", "", ["Revenues", "Net income"], false, "operations"],
    ["Table 5", "", ["Class I-1F"], false, "other"],
  ])("%s -> %s", (title, headers, labels, scenario, kind) => {
    expect(classifyStatement(title, headers, labels, scenario)).toBe(kind);
  });
});
