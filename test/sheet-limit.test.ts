/**
 * A workbook holds at most MAX_STATEMENT_SHEETS statement sheets: the statements after them get
 * one finding on the Checks sheet, their figures stay on the Source sheet, and no formula points
 * at a sheet that is not there. (50,000 small tables once made 49,803 sheets.)
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { runCommand } from "../src/cli/main";
import { convertExhibit } from "../src/convert-exhibit";
import type { Relation } from "../src/model/relation";
import type { InspectResult } from "../src/model/statement";
import { MAX_STATEMENT_SHEETS } from "../src/model/workbook-plan";
import { planWorkbook } from "../src/plan/plan-workbook";

const root = path.resolve(__dirname, "..");
const q4Text = fs.readFileSync(path.join(root, "test/fixtures/mpower-2003q4.txt"), "utf8");
const q4 = convertExhibit(q4Text, { name: "mpower-2003q4.txt" });

/**
 * The Mpower statements, reconciliations first (so that a kept statement links to a later one),
 * `copies` times over with ids of their own, less the first `skip`, with the relations among them.
 */
function repeated(copies: number, skip = 0): InspectResult {
  const id = (statement: string, copy: number): string => `${statement}-${copy}`;
  const statements = Array.from({ length: copies }, (_, copy) =>
    [...q4.statements].reverse().map((statement) => ({ ...statement, id: id(statement.id, copy) })),
  )
    .flat()
    .slice(skip);
  const present = new Set(statements.map((statement) => statement.id));
  const relations = Array.from({ length: copies }, (_, copy) =>
    q4.relations.map((relation): Relation =>
      relation.kind === "link"
        ? {
            ...relation,
            statement: id(relation.statement, copy),
            target: { ...relation.target, statement: id(relation.target.statement, copy) },
          }
        : { ...relation, statement: id(relation.statement, copy) },
    ),
  )
    .flat()
    .filter((r) => present.has(r.statement) && (r.kind !== "link" || present.has(r.target.statement)));
  return { ...q4, statements, relations };
}

/** The sheets a formula names: 'Quoted Name'!A1 or Plain!A1. */
function sheetsNamed(formula: string): string[] {
  const quoted = [...formula.matchAll(/'((?:[^']|'')+)'!/g)].map((m) => (m[1] as string).replace(/''/g, "'"));
  const plain = [...formula.replace(/'(?:[^']|'')+'!/g, "").matchAll(/([A-Za-z_][\w.]*)!/g)].map(
    (m) => m[1] as string,
  );
  return [...quoted, ...plain];
}

describe("the sheet limit", () => {
  // the limit falls inside a copy: its reconciliations have sheets, the statements they link to none
  const result = repeated(51, 3);
  const kept = new Set(result.statements.slice(0, MAX_STATEMENT_SHEETS).map((statement) => statement.id));

  test("the case: a statement with a sheet links to one without", () => {
    expect(
      result.relations.some(
        (r) => r.kind === "link" && kept.has(r.statement) && !kept.has(r.target.statement),
      ),
    ).toBe(true);
  });
  const plan = planWorkbook(result, { text: q4Text });

  test(`${MAX_STATEMENT_SHEETS} statement sheets, then Checks and Source`, () => {
    expect(result.statements.length).toBeGreaterThan(MAX_STATEMENT_SHEETS);
    expect(plan.sheets.filter((sheet) => sheet.role === "statement")).toHaveLength(MAX_STATEMENT_SHEETS);
    expect(plan.sheets.slice(-2).map((sheet) => sheet.role)).toEqual(["checks", "source"]);
  });

  test("one finding counts the statements left without a sheet and points at the first of them", () => {
    const left = result.statements.slice(MAX_STATEMENT_SHEETS);
    const findings = plan.findingCells.map((cell) => cell.finding);
    const index = Math.max(...findings);
    expect(index).toBe(result.findings.length);
    const cell = plan.findingCells.find((c) => c.finding === index);
    expect(cell).toEqual({ finding: index, sheet: "Source", address: `B${left[0]?.lines[0]}` });
    const checks = plan.sheets.find((sheet) => sheet.role === "checks");
    const texts = checks?.cells.flat().flatMap((c) => (c?.kind === "text" ? [c.text] : [])) ?? [];
    expect(
      texts.filter((text) => text.includes(`${left.length} more statements have no sheet`)),
    ).toHaveLength(1);
  });

  test("no formula names a sheet that is not in the workbook", () => {
    const names = new Set(plan.sheets.map((sheet) => sheet.name));
    const missing = plan.sheets.flatMap((sheet) =>
      sheet.cells.flat().flatMap((cell) => (cell?.kind === "formula" ? sheetsNamed(cell.formula) : [])),
    );
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.filter((name) => !names.has(name))).toEqual([]);
    const formulas = plan.sheets.flatMap((sheet) =>
      sheet.cells.flat().flatMap((cell) => (cell?.kind === "formula" ? [cell.formula] : [])),
    );
    expect(formulas.filter((formula) => formula.includes("#REF!"))).toEqual([]);
  });

  test("under the limit nothing changes", () => {
    const small = repeated(2);
    const planned = planWorkbook(small, { text: q4Text });
    expect(planned.sheets).toHaveLength(small.statements.length + 2);
    expect(planned.findingCells).toHaveLength(small.findings.length);
  });
});

test("convert of an exhibit with many small tables writes a bounded workbook and says so", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-limit-"));
  try {
    const tables = Array.from(
      { length: MAX_STATEMENT_SHEETS + 100 },
      (_, i) =>
        `Table ${i + 1}: Selected data\n(In thousands)\n` +
        "                              2003        2002\n" +
        `Revenue                      ${1000 + i}         900\n` +
        "Costs                          100         100\n\n\n",
    );
    const input = path.join(dir, "many.txt");
    fs.writeFileSync(input, tables.join(""));
    let err = "";
    const code = await runCommand(["convert", input], { stdout: () => undefined, stderr: (t) => (err += t) });
    expect(code).toBe(0);
    expect(err).toContain(`${MAX_STATEMENT_SHEETS + 100} statements`);
    expect(err).toContain("100 more statements have no sheet of their own");
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path.join(dir, "many.xlsx"));
    expect(workbook.worksheets).toHaveLength(MAX_STATEMENT_SHEETS + 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
