import type { Column } from "../model/statement";
import { describeColumn } from "./describe-column";

/** A column with a period of its own; the rest as in most statements. */
function column(overrides: Partial<Column>): Column {
  return {
    header: "",
    period: null,
    basis: null,
    scenario: null,
    role: "period",
    measure: "amount",
    ...overrides,
  };
}

describe("describeColumn", () => {
  it.each<[string, Partial<Column>, string]>([
    [
      "a balance-sheet date",
      { period: { start: null, end: "2003-12-31", months: null, weeks: null, instant: true } },
      "at 2003-12-31",
    ],
    [
      "three months with a basis",
      {
        period: { start: "2003-10-01", end: "2003-12-31", months: 3, weeks: null, instant: false },
        basis: "Reorganized",
      },
      "3 months to 2003-12-31 (Reorganized)",
    ],
    [
      "one month",
      { period: { start: null, end: "2004-01-31", months: 1, weeks: null, instant: false } },
      "1 month to 2004-01-31",
    ],
    [
      "13 weeks",
      { period: { start: null, end: "2004-07-03", months: null, weeks: 13, instant: false } },
      "13 weeks to 2004-07-03",
    ],
    [
      "a stub period by its dates",
      {
        period: { start: "2002-07-31", end: "2002-12-31", months: null, weeks: null, instant: false },
        basis: "Predecessor",
      },
      "2002-07-31 to 2002-12-31 (Predecessor)",
    ],
    [
      "an end date alone",
      { period: { start: null, end: "2004-12-31", months: null, weeks: null, instant: false } },
      "to 2004-12-31",
    ],
    [
      "a guidance scenario",
      {
        period: { start: null, end: "2004-12-31", months: 12, weeks: null, instant: false },
        scenario: "Low End of Range",
      },
      "12 months to 2004-12-31 (Low End of Range)",
    ],
    ["no period: its header", { header: "  Segment\n  A  " }, "Segment A"],
    ["no period and no header", {}, "no period"],
    ["a change column", { role: "change", header: "Change" }, "change"],
    ["a percent change column", { role: "percent-change", header: "% Change" }, "% change"],
  ])("%s", (_case, overrides, expected) => {
    expect(describeColumn(column(overrides))).toBe(expected);
  });
});
