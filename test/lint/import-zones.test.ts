/**
 * The design's import zones hold in the lint: each case is a file that would break (or keep) a rule,
 * linted with the project's own eslint.config.mjs at the path it would have.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

interface Case {
  file: string;
  code: string;
  /** The rule that must fail, or null when the file is allowed. */
  rule: string | null;
}

const CASES: Case[] = [
  { file: "src/read/zone.ts", code: 'export { makeFinding } from "../model/make-finding";\n', rule: null },
  {
    file: "src/read/zone.ts",
    code: 'export { planWorkbook } from "../plan/plan-workbook";\n',
    rule: "no-restricted-imports",
  },
  {
    file: "src/infer/zone.ts",
    code: 'export type { Finding } from "../check/figures";\n',
    rule: "no-restricted-imports",
  },
  { file: "src/check/zone.ts", code: 'export { run } from "../cli/main";\n', rule: "no-restricted-imports" },
  {
    file: "src/plan/zone.ts",
    code: 'import fs from "node:fs";\nexport const read = fs.readFileSync;\n',
    rule: "no-restricted-imports",
  },
  { file: "src/interpret/zone.ts", code: 'export { Decimal } from "decimal.js";\n', rule: null },
  // a subfolder of a stage reaches its stage by "../" and the model by "../../model/"
  { file: "src/read/html/zone.ts", code: 'export { readExhibit } from "../read-exhibit";\n', rule: null },
  {
    file: "src/read/html/zone.ts",
    code: 'export { makeFinding } from "../../model/make-finding";\n',
    rule: null,
  },
  {
    file: "src/read/html/zone.ts",
    code: 'export { inferRelations } from "../../infer/infer-relations";\n',
    rule: "no-restricted-imports",
  },
  {
    file: "src/model/zone.ts",
    code: 'export { readExhibit } from "../read/read-exhibit";\n',
    rule: "no-restricted-imports",
  },
  {
    file: "src/taskpane/zone.ts",
    code: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n',
    rule: "no-restricted-imports",
  },
  {
    file: "src/cli/zone.ts",
    code: 'export { Workbook } from "exceljs/dist/exceljs";\n',
    rule: "no-restricted-imports",
  },
  {
    file: "src/xlsx/zone.ts",
    code: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n',
    rule: null,
  },
  {
    file: "src/taskpane/zone.ts",
    code: "export const run = () => Excel.run(async () => {});\n",
    rule: "no-restricted-globals",
  },
  { file: "src/plan/zone.ts", code: "export type Cell = Excel.Range;\n", rule: "no-restricted-syntax" },
  {
    file: "src/taskpane/zone.ts",
    code: "export type Data = Excel.Interfaces.RangeData;\n",
    rule: "no-restricted-syntax",
  },
  {
    file: "src/cli/zone.ts",
    code: "export const ready = () => Office.onReady();\n",
    rule: "no-restricted-globals",
  },
  { file: "src/excel/zone.ts", code: "export const run = () => Excel.run(async () => {});\n", rule: null },
];

/** Lints every case in one ESLint process (loading the config once) and returns the failing rules. */
function lintCases(cases: Case[]): (string | null)[][] {
  const script = `
    const { ESLint } = require("eslint");
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
      const cases = JSON.parse(process.argv[1]);
      const out = [];
      for (const c of cases) {
        const [result] = await eslint.lintText(c.code, { filePath: c.file });
        out.push(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const stdout = execFileSync(process.execPath, ["-e", script, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return JSON.parse(stdout) as (string | null)[][];
}

describe("import zones", () => {
  it("fail each file that reaches outside its zone, and pass those that keep to it", () => {
    const found = lintCases(CASES);
    const expected = CASES.map(({ rule }) => (rule === null ? [] : [rule]));
    expect(CASES.map((c, i) => `${c.file}: ${found[i]?.join(", ")}`)).toEqual(
      CASES.map((c, i) => `${c.file}: ${expected[i]?.join(", ")}`),
    );
  });
});
