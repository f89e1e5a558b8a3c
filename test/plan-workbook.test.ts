/**
 * Acceptance of the plan stage on the two Mpower exhibits: the sheets and their names, every
 * formula in A1 form (translated back and compared with the infer stage's reference form), the
 * As-reported block, the Checks verdicts against the findings, hostile names, and re-imports.
 */
import { convertExhibit } from "../src/convert-exhibit";
import { columnIndex, columnLetters, parseCellAddress } from "../src/model/a1";
import { importId } from "../src/plan/import-id";
import { planWorkbook } from "../src/plan/plan-workbook";
import type { InspectResult, Statement } from "../src/model/statement";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../src/model/workbook-plan";
import { fixture } from "./exhibits";

const EXHIBITS = {
  "mpower-2003q4.txt": [
    "BS 2003-12-31",
    "IS 3M 2003-12-31",
    "IS FY 2003",
    "Recon 3M 2003-12-31",
    "Recon FY 2003",
    "Checks",
    "Source",
  ],
  "mpower-2004q2.txt": [
    "BS 2004-06-30",
    "IS 3M 2004-06-30",
    "Recon GM 3M 2004-06-30",
    "Recon EBITDA 3M 2004-06-30",
    "Guidance FY2004",
    "Guidance FY2005",
    "Checks",
    "Source",
  ],
};

/** Codes of findings that say a figure differs from its formula (rounding or mismatch). */
const DIFFERENCE_CODES = new Set([
  "sum-rounding",
  "sum-mismatch",
  "link-mismatch",
  "balance-mismatch",
  "ratio-mismatch",
  "per-share-mismatch",
  "per-share-rounding",
  "per-share-rounding-plug",
]);

function load(name: string): { text: string; result: InspectResult; plan: WorkbookPlan } {
  const { text } = fixture(name);
  const result = convertExhibit(text, { name });
  return { text, result, plan: planWorkbook(result, { text }) };
}

function cellAt(sheet: SheetPlan, address: string): PlanCell | null {
  const cell = parseCellAddress(address);
  if (!cell) throw new Error(`bad address ${address}`);
  return sheet.cells[cell.row]?.[cell.column] ?? null;
}

/** Where statement rows start on their sheet: the row under "Period end" (and "Basis"). */
function firstDataRow(sheet: SheetPlan): number {
  const labels = sheet.cells.map((row) => (row[0]?.kind === "text" ? row[0].text : ""));
  const basis = labels.indexOf("Basis");
  return (basis >= 0 ? basis : labels.indexOf("Period end")) + 1;
}

describe.each(Object.entries(EXHIBITS))("plan of %s", (name, sheetNames) => {
  const { result, plan } = load(name);
  const bySheet = new Map(plan.sheets.map((sheet) => [sheet.name, sheet]));
  const statementSheets = plan.sheets.filter((sheet) => sheet.role === "statement");
  const sheetOf = (statement: string): SheetPlan => {
    const sheet = statementSheets.find((candidate) => candidate.statement === statement);
    if (!sheet) throw new Error(`no sheet for ${statement}`);
    return sheet;
  };

  it("has one sheet per statement, then Checks and Source, with names that say what they hold", () => {
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(sheetNames);
    expect(plan.record.sheets).toEqual(sheetNames);
    expect(statementSheets.map((sheet) => sheet.statement)).toEqual(result.statements.map((s) => s.id));
    expect(plan.record.id).toBe(importId(fixture(name).text));
  });

  it("writes every formula in A1 form, meaning the infer stage's reference form", () => {
    let formulas = 0;
    for (const statement of result.statements) {
      const sheet = sheetOf(statement.id);
      const first = firstDataRow(sheet);
      statement.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          const planned = sheet.cells[first + r]?.[1 + c] ?? null;
          if (cell?.formula == null) {
            if (cell?.value != null) expect(planned).toEqual({ kind: "number", value: expect.any(String) });
            return;
          }
          formulas += 1;
          expect(planned?.kind).toBe("formula");
          if (planned?.kind !== "formula") return;
          // 'IS 3M 2003-12-31'!B21 -> {s2:r12:c0}; B11 -> {<own>:r2:c0}
          const back = planned.formula.replace(
            /(?:'((?:[^']|'')+)'!)?([A-Z]+)(\d+)/g,
            (_, quoted: string | undefined, letters: string, digits: string) => {
              const target = quoted === undefined ? sheet : bySheet.get(quoted.replace(/''/g, "'"));
              if (!target?.statement) throw new Error(`reference to ${quoted}`);
              return `{${target.statement}:r${Number(digits) - 1 - firstDataRow(target)}:c${columnIndex(letters) - 1}}`;
            },
          );
          const expected = cell.formula.replace(/\{(s\d+):r(\d+)\}/g, `{$1:r$2:c${c}}`);
          expect(back).toBe(expected);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(100);
  });

  it("keeps every reported figure in the As-reported block, percentages as fractions", () => {
    for (const statement of result.statements) {
      const sheet = sheetOf(statement.id);
      const first = firstDataRow(sheet);
      const offset = statement.columns.length + 3;
      expect(sheet.cells[4]?.[offset]).toEqual({ kind: "text", text: "As reported" });
      statement.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          const planned = sheet.cells[first + r]?.[offset + c] ?? null;
          if (cell === null) return expect(planned).toBeNull();
          if (cell.value === null) return expect(planned).toEqual({ kind: "text", text: cell.text });
          const value = row.unit === "percent" ? String(Number(cell.value) / 100) : cell.value;
          if (row.unit === "percent")
            expect(Number((planned as { value: string }).value)).toBeCloseTo(Number(value), 12);
          else expect(planned).toEqual({ kind: "number", value });
        }),
      );
    }
  });

  it("lists a Checks row with status ROUNDING or MISMATCH for each difference finding, one for one", () => {
    const flagged = plan.statusChecks.filter((check) => check.expected !== "OK");
    const differences = result.findings.flatMap((finding, index) =>
      DIFFERENCE_CODES.has(finding.code) ? [index] : [],
    );
    expect(flagged.map((check) => check.finding).sort()).toEqual(differences.sort());
    for (const check of plan.statusChecks) {
      const checks = bySheet.get("Checks") as SheetPlan;
      const cell = cellAt(checks, check.address);
      expect(cell?.kind).toBe("formula");
      if (check.finding !== null) {
        const finding = result.findings[check.finding];
        const expected = finding?.code.endsWith("mismatch")
          ? "MISMATCH"
          : finding?.code === "per-share-unsigned-zero"
            ? "OK"
            : "ROUNDING";
        expect(check.expected).toBe(expected);
      }
    }
    expect(plan.statusChecks.length).toBeGreaterThan(100);
  });

  it("points each finding about a figure at its live cell", () => {
    for (const located of plan.findingCells) {
      const finding = result.findings[located.finding];
      if (finding?.statement == null || finding.row === null || finding.column === null) continue;
      const sheet = sheetOf(finding.statement);
      expect(located.sheet).toBe(sheet.name);
      expect(located.address).toBe(
        `${columnLetters(1 + finding.column)}${firstDataRow(sheet) + finding.row + 1}`,
      );
    }
  });

  it("links every statement row to its line on the Source sheet", () => {
    for (const statement of result.statements) {
      const sheet = sheetOf(statement.id);
      const first = firstDataRow(sheet);
      const lineColumn = statement.columns.length + 1;
      statement.rows.forEach((row, r) =>
        expect(sheet.cells[first + r]?.[lineColumn]).toEqual({
          kind: "formula",
          formula: `=HYPERLINK("#'Source'!A${row.line}","${row.line}")`,
        }),
      );
    }
    const source = bySheet.get("Source") as SheetPlan;
    const lines = fixture(name).text.split(/\r\n|\r|\n/);
    const sample = result.statements[0]?.rows[0]?.line ?? 1;
    expect(source.cells[sample - 1]?.[1]).toEqual({ kind: "text", text: lines[sample - 1] });
  });
});

describe("sheet names against a hostile workbook", () => {
  const { text, result } = load("mpower-2003q4.txt");
  const hostileTitles = ["[]:*?/\\", "Bob's Q4", "History", "=SUM(A1)", "'" + "x".repeat(40)];
  const hostile: InspectResult = {
    ...result,
    statements: result.statements.map((statement, index): Statement => ({
      ...statement,
      kind: "other",
      title: hostileTitles[index] ?? statement.title,
      columns: statement.columns.map((column) => ({ ...column, period: null })),
    })),
  };
  const existing = ["BS 2003-12-31", "checks", "SOURCE", "History 1", "My model"];
  const plan = planWorkbook(hostile, { text, existing: { sheetNames: existing, imports: [] } });
  const names = plan.sheets.map((sheet) => sheet.name);

  it("gives every sheet a valid name that clashes with no sheet, ignoring case", () => {
    const all = [...existing, ...names].map((n) => n.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    for (const sheetName of names) {
      expect(sheetName.length).toBeGreaterThan(0);
      expect(sheetName.length).toBeLessThanOrEqual(31);
      expect(sheetName).not.toMatch(/[\\/?*[\]:]/);
      expect(sheetName).not.toMatch(/^'|'$/);
      expect(sheetName.toLowerCase()).not.toBe("history");
    }
    expect(names).toContain("Checks (2)");
    expect(names).toContain("Source (2)");
  });

  it("quotes every sheet name in formulas, embedded quotes doubled", () => {
    expect(names.slice(0, 5)).toEqual(["Sheet", "Bob's Q4", "History 1 (2)", "=SUM(A1)", "x".repeat(31)]);
    const recon = plan.sheets[3] as SheetPlan;
    const formulas = recon.cells.flat().flatMap((cell) => (cell?.kind === "formula" ? [cell.formula] : []));
    expect(formulas).toContain("='Bob''s Q4'!B42");
    expect(formulas).toContain("=-'Bob''s Q4'!B21");
    expect(formulas).toContain('=HYPERLINK("#\'Source (2)\'!A332","332")');
  });

  it("writes a title that looks like a formula as text", () => {
    const sheet = plan.sheets.find(
      (s) => s.cells[0]?.[0]?.kind === "text" && (s.cells[0][0] as { text: string }).text === "=SUM(A1)",
    );
    expect(sheet).toBeDefined();
    expect(
      sheet?.numberFormats.some((f) => f.block.row === 0 && f.block.column === 0 && f.format === "@"),
    ).toBe(true);
  });
});

describe("re-importing the same exhibit", () => {
  const { text, result, plan: first } = load("mpower-2003q4.txt");
  const user = ["My model", "Notes"];
  const existing = { sheetNames: [...user, ...first.record.sheets], imports: [first.record] };

  it("rewrites Crossfoot's own earlier sheets in place when asked, and nothing else", () => {
    const again = planWorkbook(result, { text, existing, replace: true });
    expect(again.sheets.map((s) => s.name)).toEqual(first.record.sheets);
    expect(again.sheets.every((s) => s.replaces)).toBe(true);
    expect(again.remove).toEqual([]);
    for (const name of user) expect(again.sheets.map((s) => s.name)).not.toContain(name);
  });

  it("adds a new copy beside the earlier one otherwise", () => {
    const copy = planWorkbook(result, { text, existing, replace: false });
    expect(copy.sheets.every((s) => !s.replaces)).toBe(true);
    expect(copy.sheets.map((s) => s.name)).toEqual(first.record.sheets.map((name) => `${name} (2)`));
  });

  it("never replaces a sheet the earlier import no longer has, nor another exhibit's sheets", () => {
    const renamed = { sheetNames: [...user, ...first.record.sheets.slice(1)], imports: [first.record] };
    const again = planWorkbook(result, { text, existing: renamed, replace: true });
    const replaced = again.sheets.filter((s) => s.replaces).map((s) => s.name);
    expect(replaced).toEqual(first.record.sheets.slice(1, again.sheets.length));
    const other = { ...first.record, id: "another-exhibit" };
    const foreign = planWorkbook(result, {
      text,
      existing: { ...existing, imports: [other] },
      replace: true,
    });
    expect(foreign.sheets.every((s) => !s.replaces)).toBe(true);
  });
});
