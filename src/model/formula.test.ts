import type { Formula } from "./formula";
import { ref, renderFormula } from "./formula";

const minus = (formula: Formula): Formula => ({ kind: "sum", terms: [{ sign: -1, formula }] });
const sum = (...terms: [1 | -1, Formula][]): Formula => ({
  kind: "sum",
  terms: terms.map(([sign, formula]) => ({ sign, formula })),
});

describe("renderFormula", () => {
  it.each<[string, Formula, string]>([
    ["a reference, same column", ref("s2", 4), "={s2:r4}"],
    ["a reference to a named column", ref("s2", 9, 1), "={s2:r9:c1}"],
    ["Loss from Continuing Operations", sum([1, ref("s2", 3)], [-1, ref("s2", 12)]), "={s2:r3}-{s2:r12}"],
    ["a negated link", minus(ref("s2", 9, 1)), "=-{s2:r9:c1}"],
    [
      "a label that carries the sign",
      minus(sum([1, ref("s2", 3)], [-1, ref("s2", 8)])),
      "=-({s2:r3}-{s2:r8})",
    ],
    ["a sum opening with a minus", sum([-1, ref("s1", 1)], [1, ref("s1", 2)]), "=-{s1:r1}+{s1:r2}"],
    ["a ratio", { kind: "divide", numerator: ref("s2", 30), denominator: ref("s2", 3) }, "={s2:r30}/{s2:r3}"],
    [
      "a per-share row with preferred dividends",
      {
        kind: "divide",
        numerator: { kind: "scale", formula: sum([1, ref("s3", 19)], [1, ref("s3", 22)]), factor: "1000" },
        denominator: ref("s3", 24),
      },
      "=({s3:r19}+{s3:r22})*1000/{s3:r24}",
    ],
    [
      "a per-share row on one income line",
      {
        kind: "divide",
        numerator: { kind: "scale", formula: ref("s2", 23), factor: "1000" },
        denominator: ref("s2", 24),
      },
      "={s2:r23}*1000/{s2:r24}",
    ],
  ])("%s", (_, formula, text) => {
    expect(renderFormula(formula)).toBe(text);
  });

  it("prints addresses with the printer it is given", () => {
    const a1 = (address: { row: number }): string => `C${address.row + 5}`;
    expect(renderFormula(sum([1, ref("s2", 3)], [-1, ref("s2", 12)]), a1)).toBe("=C8-C17");
  });
});
