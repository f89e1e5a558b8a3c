/** The bench's generated exhibit has the size asked for and reads back as the statements it holds. */
import { convertExhibit } from "../src/convert-exhibit";

interface Generator {
  generateExhibit: (bytes: number, seed?: number) => string;
  generateExhibitWithCount: (bytes: number, seed?: number) => { text: string; tables: number; rows: number };
}

// The generator is plain JavaScript for the bench, which runs without a TypeScript build step.
const { generateExhibit, generateExhibitWithCount } = require("../bench/generate-exhibit") as Generator;

describe("generateExhibit", () => {
  it.each([20_000, 250_000, 1_000_000])("makes about %i bytes of text", (bytes) => {
    const text = generateExhibit(bytes);
    expect(Math.abs(Buffer.byteLength(text, "utf8") - bytes)).toBeLessThanOrEqual(bytes * 0.01);
  });

  it.each([1, 2, 3])("reads back as many statements as it generated tables (seed %i)", (seed) => {
    const { text, tables } = generateExhibitWithCount(300_000, seed);
    expect(tables).toBeGreaterThan(20);
    const result = convertExhibit(text, { name: "generated" });
    expect(result.statements.length).toBe(tables);
    // The generator prints random figures, so its totals do not add up: only the reader's and
    // interpreter's findings must be clean here (test/generate-statement.test.ts covers sums).
    const checks = /^(sum|link|balance|ratio|per-share|row)-/;
    expect(result.findings.filter((f) => f.severity !== "info" && !checks.test(f.code))).toEqual([]);
  });

  it("varies its tables and repeats itself for a given seed", () => {
    const { text, tables } = generateExhibitWithCount(200_000, 7);
    const result = convertExhibit(text, { name: "generated" });
    const bodies = result.statements.map((s) =>
      s.rows.map((r) => r.cells.map((c) => c?.text).join("|")).join("\n"),
    );
    expect(new Set(bodies).size).toBe(tables);
    expect(generateExhibit(200_000, 7)).toBe(text);
    expect(generateExhibit(200_000, 8)).not.toBe(text);
  });
});
