/**
 * Golden files per stage boundary for the Mpower fixtures and every other shared text exhibit
 * (read in place): the read stage's tables as text, the
 * interpret stage's statements and the findings of both as JSON, the infer stage's relations as
 * readable text, the check stage's findings as JSON and the plan stage's workbook as text. Regenerate with `UPDATE=1 npx jest
 * test/golden` and review the diff like code; the first golden that differs names the stage at fault.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readTables } from "../src/read/read-tables";
import { interpretTables } from "../src/interpret/interpret-tables";
import { inferRelations } from "../src/infer/infer-relations";
import { checkRelations } from "../src/check/check-relations";
import { formatRelations } from "../src/cli/format-relations";
import { convertExhibit } from "../src/convert-exhibit";
import { planWorkbook } from "../src/plan/plan-workbook";
import type { Exhibit } from "./exhibits";
import { fixture, sharedTextExhibits } from "./exhibits";
import { renderPlan } from "./render-plan";
import { renderTables } from "./render-tables";

const GOLDEN = path.resolve(__dirname, "golden");

function expectGolden(file: string, actual: string): void {
  const target = path.join(GOLDEN, file);
  if (process.env.UPDATE === "1" || !existsSync(target)) {
    if (process.env.CI) throw new Error(`golden file ${file} is missing; run UPDATE=1 npx jest test/golden`);
    writeFileSync(target, actual);
  }
  expect(actual).toBe(readFileSync(target, "utf8"));
}

/** The Mpower fixtures, then each shared text exhibit whose text is not one of them. */
function exhibits(): Exhibit[] {
  const fixtures = [fixture("mpower-2003q4.txt"), fixture("mpower-2004q2.txt")];
  const seen = new Set(fixtures.map((e) => e.text));
  return [...fixtures, ...sharedTextExhibits().filter((e) => !seen.has(e.text))];
}

describe.each(exhibits().map((e) => [e.name, e] as const))("golden files of %s", (name, exhibit) => {
  const base = name.replace(/\.txt$/, "");
  const read = readTables(exhibit.text);
  const interpreted = interpretTables(read.tables);

  it("1. read: tables", () => {
    expectGolden(`${base}.1-tables.txt`, renderTables(read.tables));
  });

  it("2. interpret: statements", () => {
    expectGolden(`${base}.2-statements.json`, JSON.stringify(interpreted.statements, null, 1) + "\n");
  });

  it("3. findings", () => {
    expectGolden(
      `${base}.3-findings.json`,
      JSON.stringify([...read.findings, ...interpreted.findings], null, 1) + "\n",
    );
  });

  const relations = inferRelations(interpreted.statements, read.lines);
  const checks = checkRelations(interpreted.statements, relations);

  it("4. infer: relations", () => {
    const text = interpreted.statements.flatMap((statement) => [
      `${statement.id}  ${statement.title}`,
      ...formatRelations(interpreted.statements, statement, relations, checks).map((line) => `  ${line}`),
      "",
    ]);
    expectGolden(`${base}.4-relations.txt`, text.join("\n"));
  });

  it("5. check: findings", () => {
    expectGolden(`${base}.5-checks.json`, JSON.stringify(checks, null, 1) + "\n");
  });

  it("6. plan: workbook", () => {
    const { text } = exhibit;
    expectGolden(`${base}.6-plan.txt`, renderPlan(planWorkbook(convertExhibit(text, { name }), { text })));
  });
});
