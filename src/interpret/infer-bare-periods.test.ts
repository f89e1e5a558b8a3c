import type { Finding } from "../model/finding";
import type { Statement, StatementKind } from "../model/statement";
import { inferBarePeriods } from "./infer-bare-periods";

/** A statement whose columns are headed by bare dates only. */
function statement(id: string, kind: StatementKind, ends: string[]): Statement {
  return {
    id,
    title: "",
    kind,
    scale: 1000,
    document: null,
    lines: [1, 2],
    columns: ends.map((end) => ({
      header: end,
      period: { start: null, end, months: null, weeks: null, instant: true },
      basis: null,
      scenario: null,
      role: "period",
      measure: "amount",
    })),
    rows: [],
  };
}

describe("inferBarePeriods", () => {
  it.each<[string, StatementKind, string[], (string | number | boolean | null)[][]]>([
    // a trend of quarters in an operations table: three months each, never instants
    [
      "quarter ends, in order",
      "operations",
      ["2000-03-31", "2000-06-30", "2000-09-30", "2000-12-31"],
      [
        ["2000-01-01", "2000-03-31", 3, false],
        ["2000-04-01", "2000-06-30", 3, false],
        ["2000-07-01", "2000-09-30", 3, false],
        ["2000-10-01", "2000-12-31", 3, false],
      ],
    ],
    [
      "quarter ends, latest first",
      "operations",
      ["2000-12-31", "2000-09-30"],
      [
        ["2000-10-01", "2000-12-31", 3, false],
        ["2000-07-01", "2000-09-30", 3, false],
      ],
    ],
    // a year apart: durations of a length the headers do not say
    [
      "the same day a year apart",
      "operations",
      ["2000-12-31", "1999-12-31"],
      [
        [null, "2000-12-31", null, false],
        [null, "1999-12-31", null, false],
      ],
    ],
    // balances at quarter ends are instants
    [
      "a balance sheet",
      "balance-sheet",
      ["2000-03-31", "2000-06-30"],
      [
        [null, "2000-03-31", null, true],
        [null, "2000-06-30", null, true],
      ],
    ],
  ])("%s", (_, kind, ends, expected) => {
    const s = statement("s1", kind, ends);
    const findings: Finding[] = [];
    inferBarePeriods([s], [ends.map(() => true)], findings);
    expect(
      s.columns.map((c) => [c.period?.start, c.period?.end, c.period?.months, c.period?.instant]),
    ).toEqual(expected);
  });
});
