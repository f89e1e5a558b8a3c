import type { FindingCode } from "../model/finding";
import type { SumRelation } from "../model/relation";
import { checkSum } from "./check-sum";
import { indexFigures } from "./figures";
import { oneColumnStatement } from "./statement.fixtures";

function check(parts: [string, string, string], total: string, sign: 1 | -1 = 1) {
  const statement = oneColumnStatement([
    ["Cost of Operating Revenues", "currency", parts[0]],
    ["Selling, General and Administrative", "currency", parts[1]],
    ["Depreciation and Amortization", "currency", parts[2]],
    ["Total Operating Expenses", "currency", total],
  ]);
  const relation: SumRelation = {
    kind: "sum",
    statement: "s1",
    row: 3,
    terms: [2, 1, 0].map((row) => ({ row, sign: 1 as const })),
    sign,
    ties: [],
    near: [],
    misses: [0],
  };
  return checkSum(relation, indexFigures([statement])).flatMap((outcome) => outcome.finding ?? []);
}

describe("checkSum", () => {
  it.each<[string, [string, string, string], string, 1 | -1, FindingCode[]]>([
    ["exact", ["16627", "18635", "3961"], "39223", 1, []],
    // three rounded terms may be off by 1.5 units
    ["off by one: rounding", ["16627", "18635", "3961"], "39224", 1, ["sum-rounding"]],
    ["off by 7: a mismatch", ["16627", "18635", "3961"], "39230", 1, ["sum-mismatch"]],
    // LOSS FROM OPERATIONS  4,322,012 = -(1,216,355 - 5,538,367): the label carries the sign
    ["a loss printed positive", ["1216355", "-5538367", "0"], "4322012", -1, []],
    ["a dash is zero", ["16627", "18635", "0"], "35262", 1, []],
  ])("%s", (_, parts, total, sign, codes) => {
    expect(check(parts, total, sign).map((finding) => finding.code)).toEqual(codes);
  });

  it("names the numbers of a mismatch", () => {
    const [finding] = check(["16627", "18635", "3961"], "39230");
    expect(finding).toMatchObject({
      reported: "39230",
      computed: "39223",
      difference: "7",
      tolerance: "1.5",
      line: 4,
    });
    expect(finding?.message).toBe(
      '"Total Operating Expenses" is reported as 39,230 in column 1 (line 4), but its parts add up to 39,223: a difference of 7.',
    );
  });
});

describe("checkSum's checks", () => {
  it.each<[string, string, string, string, string]>([
    // every check is returned, the passing ones too
    ["exact", "39223", "0", "1.5", "OK"],
    ["off by one", "39224", "1", "1.5", "ROUNDING"],
    ["off by 7", "39230", "7", "1.5", "MISMATCH"],
  ])("%s", (_, total, difference, tolerance, verdict) => {
    const statement = oneColumnStatement([
      ["Cost of Operating Revenues", "currency", "16627"],
      ["Selling, General and Administrative", "currency", "18635"],
      ["Depreciation and Amortization", "currency", "3961"],
      ["Total Operating Expenses", "currency", total],
    ]);
    const relation: SumRelation = {
      kind: "sum",
      statement: "s1",
      row: 3,
      terms: [2, 1, 0].map((row) => ({ row, sign: 1 as const })),
      sign: 1,
      ties: [0],
      near: [],
      misses: [],
    };
    const outcomes = checkSum(relation, indexFigures([statement]));
    expect(outcomes.map((outcome) => outcome.check)).toEqual([
      {
        kind: "sum",
        statement: "s1",
        row: 3,
        column: 0,
        reported: total,
        computed: "39223",
        places: null,
        difference,
        tolerance,
        verdict,
      },
    ]);
    // the finding, where there is one, carries the check's own numbers
    for (const { finding, check } of outcomes)
      if (finding !== null) expect(finding).toMatchObject({ difference, tolerance: check.tolerance });
  });
});
