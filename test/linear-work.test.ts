/**
 * Every stage does work in proportion to its input: on generated exhibits of one, two and four
 * parts, and on submission headers of 1,000 to 4,000 filers, doubling the input at most
 * 2.5 times the work (a stage that rescans its input per table or per filer gives 4 times).
 * Work is counted (test/count-work.ts), never timed; the bench prints the times.
 */
import { checkRelations } from "../src/check/check-relations";
import { convertExhibit } from "../src/convert-exhibit";
import { inferRelations } from "../src/infer/infer-relations";
import { detectCompany } from "../src/interpret/detect-company";
import { interpretTables } from "../src/interpret/interpret-tables";
import { EMPTY_WORKBOOK, planImport } from "../src/plan-import";
import { planWorkbook } from "../src/plan/plan-workbook";
import { decodeInput } from "../src/read/decode-input";
import { readTables } from "../src/read/read-tables";
import { countWork } from "./count-work";

const { generateExhibit } = require("../bench/generate-exhibit") as {
  generateExhibit: (bytes: number, seed?: number) => string;
};

/** The most work may grow when the input doubles. */
const MAX_RATIO = 2.5;

type Stage = (text: string) => void;

/** The work of each stage on one input, the stages before it run uncounted. */
function workOfStages(text: string): Record<string, number> {
  const bytes = new TextEncoder().encode(text);
  const read = readTables(text);
  const interpreted = interpretTables(read.tables);
  const relations = inferRelations(interpreted.statements, read.lines);
  const result = convertExhibit(text, { name: "generated" });
  const stages: Record<string, () => void> = {
    decode: () => decodeInput(bytes),
    read: () => readTables(text),
    interpret: () => interpretTables(read.tables),
    infer: () => inferRelations(interpreted.statements, read.lines),
    check: () => checkRelations(interpreted.statements, relations),
    company: () => detectCompany(read.lines),
    plan: () => planWorkbook(result, { text }),
  };
  return Object.fromEntries(Object.entries(stages).map(([name, run]) => [name, countWork(run)]));
}

function ratios(works: number[]): number[] {
  return works.slice(1).map((work, index) => work / (works[index] as number));
}

describe("work grows linearly with the input", () => {
  // four generated exhibits, each its own seed: 1, 2 and 4 of them joined
  const parts = [1, 2, 3, 4].map((seed) => generateExhibit(60_000, seed));
  const inputs = [1, 2, 4].map((count) => parts.slice(0, count).join("\n"));
  const works = inputs.map(workOfStages);

  it.each(Object.keys(works[0] as object))("%s", (stage) => {
    const counted = works.map((work) => work[stage] as number);
    expect(counted.every((work) => work > 0)).toBe(true);
    for (const ratio of ratios(counted)) expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
  });

  it("planImport, the composition the command line and the pane call", async () => {
    const counted: number[] = [];
    for (const text of inputs) {
      const result = convertExhibit(text, { name: "generated" });
      let planning: Promise<unknown> = Promise.resolve();
      counted.push(
        countWork(() => {
          planning = planImport({ text, result }, EMPTY_WORKBOOK, { importedAt: null });
        }),
      );
      await planning;
    }
    for (const ratio of ratios(counted)) expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
  });

  it("company detection over a submission header of many filers", () => {
    // a header listing n filers, then text that names some of them
    const header = (n: number): string[] => [
      ...Array.from({ length: n }, (_, i) => `\t\tCOMPANY CONFORMED NAME:\t\t\tF${i}X HOLDINGS CO`),
      ...Array.from({ length: n }, (_, i) => `F${i % 7}X reported results for the quarter.`),
    ];
    const counted = [1000, 2000, 4000].map((n) => {
      const lines = header(n);
      expect(detectCompany(lines)).toBe("F0X HOLDINGS CO");
      return countWork(() => detectCompany(lines));
    });
    for (const ratio of ratios(counted)) expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
  });
});

// the measure itself tells linear from quadratic work
describe("countWork", () => {
  const scanPerLine: Stage = (text) => {
    for (const line of text.split("\n")) text.indexOf(line);
  };
  const scanOnce: Stage = (text) => {
    for (const line of text.split("\n")) line.indexOf("x");
  };
  const texts = [1000, 2000, 4000].map((n) => "line of text\n".repeat(n));

  it("counts a rescan of the whole text per line as quadratic", () => {
    for (const ratio of ratios(texts.map((t) => countWork(() => scanPerLine(t)))))
      expect(ratio).toBeGreaterThan(3.5);
  });

  it("counts one pass as linear", () => {
    for (const ratio of ratios(texts.map((t) => countWork(() => scanOnce(t)))))
      expect(ratio).toBeLessThanOrEqual(2.1);
  });

  it("restores the built-ins", () => {
    const split = String.prototype.split;
    countWork(() => "a b".split(" "));
    expect(String.prototype.split).toBe(split);
  });
});
