import type { SumRelation } from "../model/relation";
import { checkRelations } from "./check-relations";
import { oneColumnStatement } from "./statement.fixtures";

/** Cash 10, Receivables 20, Total Current Assets (printed), Property 5, Total Assets (printed). */
function run(subtotal: string, total: string) {
  const statement = oneColumnStatement([
    ["Cash", "currency", "10"],
    ["Receivables", "currency", "20"],
    ["Total Current Assets", "currency", subtotal],
    ["Property", "currency", "5"],
    ["Total Assets", "currency", total],
  ]);
  const sum = (row: number, terms: number[], tie: boolean): SumRelation => ({
    kind: "sum",
    statement: "s1",
    row,
    terms: terms.map((term) => ({ row: term, sign: 1 })),
    sign: 1,
    ties: tie ? [0] : [],
    near: [],
    misses: tie ? [] : [0],
  });
  return checkRelations([statement], [sum(2, [1, 0], subtotal === "30"), sum(4, [3, 2], true)]);
}

describe("findCarriedDifferences", () => {
  it("is silent when every figure ties", () => {
    expect(run("30", "35")).toEqual([]);
  });

  it("explains a total that ties with a misprinted subtotal but not with the live one", () => {
    // 39 printed where 10 + 20 = 30; Total Assets 44 = 39 + 5 as printed, but the model gives 35.
    const findings = run("39", "44");
    expect(findings.map((f) => [f.code, f.row])).toEqual([
      ["sum-mismatch", 2],
      ["carried-difference", 4],
    ]);
    const carried = findings[1];
    expect(carried).toMatchObject({ severity: "warning", reported: "44", computed: "35", difference: "9" });
    expect(carried?.message).toContain('"Total Current Assets" (line 3)');
  });
});
