import type { FindingCode } from "../model/finding";
import type { PerShareRelation } from "../model/relation";
import { checkPerShare } from "./check-per-share";
import { indexFigures } from "./figures";
import { oneColumnStatement } from "./statement.fixtures";

/** Rows: 0 income before, 1 discontinued, 2 shares, 3-5 per-share before / discontinued / net. */
function check(income: [string, string], shares: string, perShare: [string, string, string], row: 3 | 4 | 5) {
  const statement = oneColumnStatement([
    ["Loss before Discontinued Operations", "currency", income[0]],
    ["Income from Discontinued Operations", "currency", income[1]],
    ["Weighted Average Shares", "shares", shares],
    ["Loss before Discontinued Operations", "per-share", perShare[0]],
    ["Income from Discontinued Operations", "per-share", perShare[1]],
    ["Net Loss", "per-share", perShare[2]],
  ]);
  const numerator =
    row === 5
      ? [
          { row: 0, sign: 1 as const },
          { row: 1, sign: 1 as const },
        ]
      : [{ row: row - 3, sign: 1 as const }];
  const relation: PerShareRelation = {
    kind: "per-share",
    statement: "s1",
    row,
    numerator,
    shares: 2,
    multiplier: 1000,
    ties: [0],
    misses: [],
  };
  return checkPerShare(relation, indexFigures([statement])).flatMap((outcome) => outcome.finding ?? []);
}

describe("checkPerShare", () => {
  it.each<[string, [string, string], string, [string, string, string], 3 | 4 | 5, FindingCode[]]>([
    // -729 x 1000 / 78,213,486 = -0.0093 -> -0.01
    [
      "a quotient that rounds to the printed cents",
      ["-729", "678"],
      "78213486",
      ["-0.01", "0.01", "-0.00"],
      3,
      [],
    ],
    // -51 x 1000 / 78,213,486 = -0.00065, printed ($0.00)
    ["($0.00) for a small loss", ["-729", "678"], "78213486", ["-0.01", "0.01", "-0.00"], 5, []],
    // (-504 + 241) x 1000 / 78,321,851 = -0.0034, printed $0.00
    [
      "$0.00 for a loss",
      ["-504", "241"],
      "78321851",
      ["-0.01", "0.01", "0.00"],
      5,
      ["per-share-unsigned-zero"],
    ],
    // 241 x 1000 / 78,321,851 = 0.0031 -> 0.00, printed 0.01, and -0.01 + 0.01 = 0.00
    [
      "a plug that makes the lines add up",
      ["-504", "241"],
      "78321851",
      ["-0.01", "0.01", "0.00"],
      4,
      ["per-share-rounding-plug"],
    ],
    // the same cent off, but the lines do not add up: -0.01 + 0.01 != 0.02
    [
      "a cent off where the lines do not add up",
      ["-504", "241"],
      "78321851",
      ["-0.01", "0.01", "0.02"],
      4,
      ["per-share-mismatch"],
    ],
    // 241 x 1000 / 78,321,851 = 0.0031, printed 0.03: two cents off
    ["two cents off", ["-504", "241"], "78321851", ["-0.03", "0.03", "0.00"], 4, ["per-share-mismatch"]],
    ["no shares", ["-504", "241"], "0", ["-0.01", "0.01", "0.00"], 4, []],
  ])("%s", (_, income, shares, perShare, row, codes) => {
    expect(check(income, shares, perShare, row).map((finding) => finding.code)).toEqual(codes);
  });

  it("takes a quotient of figures printed in millions as rounding (Southern Company, 2004 Q4)", () => {
    // 204 / 741 = 0.2753 -> 0.28, printed 0.27; but 203.5 / 741.5 = 0.2744 rounds to 0.27
    const statement = oneColumnStatement(
      [
        ["Net Income As Reported", "currency", "204"],
        ["Average Shares Outstanding (in millions)", "shares", "741"],
        ["As Reported", "per-share", "0.27"],
      ],
      1000000,
    );
    const relation: PerShareRelation = {
      kind: "per-share",
      statement: "s1",
      row: 2,
      numerator: [{ row: 0, sign: 1 }],
      shares: 1,
      multiplier: 1,
      ties: [],
      misses: [0],
    };
    const [outcome] = checkPerShare(relation, indexFigures([statement]));
    expect(outcome?.finding?.code).toBe("per-share-rounding");
    // 0.27 against 0.28: the cent the rounding of 204 and 741 explains is the tolerance
    expect(outcome?.check).toMatchObject({ difference: "-0.01", tolerance: "0.01", verdict: "ROUNDING" });
  });

  it("explains the plug with its numbers", () => {
    const [finding] = check(["-504", "241"], "78321851", ["-0.01", "0.01", "0.00"], 4);
    expect(finding).toMatchObject({
      reported: "0.01",
      computed: "0.0031",
      // compared at the printed cents: 0.01 against 0.00, the plug's cent accepted
      difference: "0.01",
      tolerance: "0.01",
      row: 4,
      column: 0,
    });
    expect(finding?.message).toContain("rounding plug");
  });
});
