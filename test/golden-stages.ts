/**
 * Golden files per stage boundary of one exhibit: the rendered source lines (HTML only), the read
 * stage's tables as text, the interpret stage's statements and the findings of both as JSON, the
 * infer stage's relations as readable text, the check stage's findings as JSON and the plan stage's
 * workbook as text. Regenerate with `UPDATE=1 npx jest test/golden test/html/golden` and review the
 * diff like code; the first golden that differs names the stage at fault.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkRelations } from "../src/check/check-relations";
import { formatRelations } from "../src/cli/format-relations";
import { convertExhibit } from "../src/convert-exhibit";
import { inferRelations } from "../src/infer/infer-relations";
import { interpretTables } from "../src/interpret/interpret-tables";
import { planWorkbook } from "../src/plan/plan-workbook";
import { readExhibit } from "../src/read/read-exhibit";
import { renderPlan } from "./render-plan";
import { renderTables } from "./render-tables";

const GOLDEN = path.resolve(__dirname, "golden");

function expectGolden(file: string, actual: string): void {
  const target = path.join(GOLDEN, file);
  if (process.env.UPDATE === "1" || !existsSync(target)) {
    if (process.env.CI)
      throw new Error(`golden file ${file} is missing; run UPDATE=1 npx jest test/golden test/html/golden`);
    writeFileSync(target, actual);
  }
  expect(actual).toBe(readFileSync(target, "utf8"));
}

/** The stage tests of one exhibit, inside a `describe`: golden files named `<base>.<n>-<stage>`. */
export function testGoldenStages(base: string, name: string, text: string): void {
  const read = readExhibit(text);
  const interpreted = interpretTables(read.tables);
  const relations = inferRelations(interpreted.statements, read.lines);
  const checks = checkRelations(interpreted.statements, relations);

  if (read.format === "html")
    it("0. read: the rendered source lines", () => {
      expectGolden(
        `${base}.0-source.txt`,
        read.lines.map((l, i) => `${String(i + 1).padStart(5)} ${l}`).join("\n") + "\n",
      );
    });

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

  it("4. infer: relations", () => {
    const lines = interpreted.statements.flatMap((statement) => [
      `${statement.id}  ${statement.title}`,
      ...formatRelations(interpreted.statements, statement, relations, checks).map((line) => `  ${line}`),
      "",
    ]);
    expectGolden(`${base}.4-relations.txt`, lines.join("\n"));
  });

  it("5. check: findings", () => {
    expectGolden(`${base}.5-checks.json`, JSON.stringify(checks, null, 1) + "\n");
  });

  it("6. plan: workbook", () => {
    expectGolden(`${base}.6-plan.txt`, renderPlan(planWorkbook(convertExhibit(text, { name }), { text })));
  });
}
