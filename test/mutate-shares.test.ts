/** Table-driven tests of the share-count step that moves a per-share figure's printed cents. */
import type { PerShareRelation } from "../src/model/relation";
import type { Statement } from "../src/model/statement";
import { sharesStep } from "./mutate-shares";

describe("sharesStep", () => {
  /** A statement of income (thousands), shares and a per-share row, one column each. */
  function perShare(income: string, shares: string, printed: string): [Statement, PerShareRelation] {
    const cell = (value: string): Statement["rows"][number]["cells"][number] => ({
      text: value,
      value,
      line: 1,
      start: 0,
      end: value.length,
      formula: null,
    });
    const row = (
      label: string,
      unit: Statement["rows"][number]["unit"],
      value: string,
    ): Statement["rows"][number] => ({
      label,
      line: 1,
      depth: 0,
      unit,
      kind: "item",
      cells: [cell(value)],
    });
    const statement: Statement = {
      id: "s1",
      title: "",
      kind: "operations",
      scale: 1000,
      document: null,
      lines: [1, 3],
      columns: [{ header: "", period: null, basis: null, scenario: null, role: "period" }],
      rows: [
        row("Net income", "currency", income),
        row("Shares", "shares", shares),
        row("Per share", "per-share", printed),
      ],
    };
    const relation: PerShareRelation = {
      kind: "per-share",
      statement: "s1",
      row: 2,
      numerator: [{ row: 0, sign: 1 }],
      shares: 1,
      multiplier: 1000,
      ties: [0],
      misses: [],
    };
    return [statement, relation];
  }
  // prettier-ignore
  const steps: [income: string, shares: string, printed: string, step: number | null][] = [
    // 1,215,000 / 78,213,486 = 0.0155: adding shares can move it 2 cents at most; 8,213,486 gives 0.148.
    ["1215",   "78213486", "0.02", -70_000_000],
    // 50,000,000 / 10,000,000 = 5.00: 10,000,007 still gives 5.00; 10,000,700 gives 4.9997; 10,070,000 gives 4.965.
    ["50000",  "10000000", "5.00", 70_000],
    // No income: no share count moves a zero quotient.
    ["0",      "10000000", "0.00", null],
  ];
  it.each(steps)("income %s over %s shares printed %s: step %s", (income, shares, printed, step) => {
    const [statement, relation] = perShare(income, shares, printed);
    expect(sharesStep(statement, relation, 0)).toBe(step);
  });
});
