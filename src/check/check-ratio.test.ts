import type { RatioRelation } from "../model/relation";
import { checkRatio } from "./check-ratio";
import { indexFigures } from "./figures";
import { oneColumnStatement } from "./statement.fixtures";

describe("checkRatio", () => {
  it.each<[string, string, string, string, string, string | null]>([
    // 20,252 / 36,879 = 54.9147%: 54.9 at the printed decimal
    ["printed at one decimal", "20252", "54.9", "54.9147", "0", null],
    ["a tenth off", "20252", "55.0", "54.9147", "0.1", "ratio-mismatch"],
    // printed without decimals: 55% against 54.9147% rounded to 55
    ["printed whole", "20252", "55", "54.9147", "0", null],
    ["negative", "-1844", "-5.0", "-5.0001", "0", null],
  ])("%s", (_, numerator, printed, computed, difference, code) => {
    const statement = oneColumnStatement([
      ["Total Operating Revenues", "currency", "36879"],
      ["Gross Margin", "currency", numerator],
      ["Gross Margin (% of Revenue)", "percent", printed],
    ]);
    const relation: RatioRelation = {
      kind: "ratio",
      statement: "s1",
      row: 2,
      numerator: 1,
      denominator: 0,
      ties: [0],
      misses: [],
    };
    const [outcome] = checkRatio(relation, indexFigures([statement]));
    expect(outcome?.check).toMatchObject({ computed, difference, tolerance: "0" });
    expect(outcome?.check.verdict).toBe(code === null ? "OK" : "MISMATCH");
    expect(outcome?.finding?.code ?? null).toBe(code);
  });
});
