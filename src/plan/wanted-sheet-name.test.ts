import type { Period } from "../model/period";
import type { Statement, StatementKind } from "../model/statement";
import { wantedSheetName } from "./wanted-sheet-name";

function statement(
  kind: StatementKind,
  title: string,
  period: Period | null,
  firstLabel = "Revenue",
): Statement {
  return {
    id: "s4",
    title,
    kind,
    scale: 1000,
    document: null,
    lines: [1, 2],
    columns: [{ header: "", period, basis: null, scenario: null, role: "period", measure: "amount" }],
    rows: [
      {
        label: firstLabel,
        line: 2,
        depth: 0,
        unit: "currency",
        kind: "item",
        cells: [{ text: "1", value: "1", line: 2, start: 0, end: 1, formula: null }],
      },
    ],
  };
}

const at = (end: string): Period => ({ start: null, end, months: null, weeks: null, instant: true });
const months = (n: number, end: string): Period => ({
  start: null,
  end,
  months: n,
  weeks: null,
  instant: false,
});
const weeks = (n: number, end: string): Period => ({
  start: null,
  end,
  months: null,
  weeks: n,
  instant: false,
});

describe("wantedSheetName", () => {
  it.each<[string, Statement, boolean, string]>([
    [
      "a balance sheet at a date",
      statement("balance-sheet", "Balance Sheet", at("2003-12-31")),
      false,
      "BS 2003-12-31",
    ],
    [
      "three months",
      statement("operations", "Statement of Operations", months(3, "2003-12-31")),
      false,
      "IS 3M 2003-12-31",
    ],
    [
      "a year",
      statement("operations", "Statement of Operations", months(12, "2003-12-31")),
      false,
      "IS FY 2003",
    ],
    [
      "weeks",
      statement("reconciliation", "Reconciliation", weeks(13, "2004-07-03")),
      false,
      "Recon 13W 2004-07-03",
    ],
    [
      "guidance",
      statement("guidance", "Reconciliation to GAAP", months(12, "2004-12-31")),
      false,
      "Guidance FY2004",
    ],
    [
      "no period: the table's number",
      statement("cash-flows", "Statements of Cash Flows", null),
      false,
      "CF 4",
    ],
    ["a titled table of no kind", statement("other", "Pool Information", null), false, "Pool Information"],
    [
      "a long title gives way to the period",
      statement("other", "Domestic Retail Stores:", at("2004-07-03")),
      false,
      "Domestic Retail Stor 2004-07-03",
    ],
    ["a placeholder title", statement("other", "Table 4", null), false, "Table 4"],
    [
      "the topic, to tell two apart",
      statement("reconciliation", "Reconciliation to GAAP", months(3, "2004-06-30"), "Adjusted EBITDA"),
      true,
      "Recon EBITDA 3M 2004-06-30",
    ],
  ])("%s", (_, table, withTopic, name) => {
    expect(wantedSheetName(table, withTopic)).toBe(name);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
