/** The bench's generated 500-row statement reads back as one statement whose 50 totals are found and tie. */
import { convertExhibit } from "../src/convert-exhibit";
import type { SumRelation } from "../src/model/relation";

interface Generated {
  text: string;
  rows: number;
  totals: { row: number; values: number[] }[];
}

// The generator is plain JavaScript for the bench, which runs without a TypeScript build step.
const { generateStatement } = require("../bench/generate-statement") as {
  generateStatement: (options?: {
    sections?: number;
    items?: number;
    columns?: number;
    seed?: number;
  }) => Generated;
};

describe("generateStatement", () => {
  const generated = generateStatement({ sections: 50, items: 9 });
  const result = convertExhibit(generated.text, { name: "generated-statement" });
  const sums = result.relations.filter((r): r is SumRelation => r.kind === "sum");

  it("makes 500 rows of figures in one statement of operations", () => {
    expect(generated.rows).toBe(500);
    expect(result.statements).toHaveLength(1);
    const [statement] = result.statements;
    expect(statement?.kind).toBe("operations");
    expect(statement?.scale).toBe(1000);
    expect(statement?.columns).toHaveLength(3);
    expect(statement?.rows.filter((row) => row.cells.some((cell) => cell !== null))).toHaveLength(500);
  });

  it("finds each of the 50 totals as the sum of the 9 items above it, tying on every column", () => {
    expect(sums.map((sum) => sum.row)).toEqual(generated.totals.map((total) => total.row));
    for (const sum of sums) {
      expect(sum).toMatchObject({ sign: 1, ties: [0, 1, 2], near: [], misses: [] });
      expect(sum.terms.map((term) => term.row).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 9 }, (_, i) => sum.row - 9 + i),
      );
      expect(sum.terms.every((term) => term.sign === 1)).toBe(true);
    }
    expect(result.relations.filter((r) => r.kind !== "sum")).toEqual([]);
  });

  it("prints the totals it says it printed, and the checks find nothing wrong", () => {
    const rows = result.statements[0]?.rows ?? [];
    for (const total of generated.totals) {
      expect(rows[total.row]?.label).toMatch(/^Total section \d+$/);
      expect(rows[total.row]?.cells.map((cell) => Number(cell?.value))).toEqual(total.values);
    }
    expect(result.findings).toEqual([]);
  });

  it("is the same text for the same seed and another for another", () => {
    expect(generateStatement({ sections: 50, items: 9 }).text).toBe(generated.text);
    expect(generateStatement({ sections: 50, items: 9, seed: 1 }).text).not.toBe(generated.text);
  });
});
