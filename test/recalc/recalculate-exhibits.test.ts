/**
 * Every Mpower fixture and every exhibit in ../shared/exhibits/text and /html, converted to .xlsx and
 * recalculated by LibreOffice: no formula evaluates to an error, every live formula cell agrees
 * with its "As reported" figure within its tolerance (unless a finding says otherwise), and every
 * status of the Checks sheet shows the checker's verdict.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Decimal from "decimal.js";
import { readInput } from "../../src/cli/read-input";
import { convertExhibit } from "../../src/convert-exhibit";
import { parseCellAddress } from "../../src/model/a1";
import type { InspectResult } from "../../src/model/statement";
import type { WorkbookPlan } from "../../src/model/workbook-plan";
import { planWorkbook } from "../../src/plan/plan-workbook";
import { writePlanToXlsx } from "../../src/xlsx/write-plan-to-xlsx";
import {
  isErrorValue,
  numberAt,
  recalculateWithLibreOffice,
  valueAt,
  type SheetValues,
} from "./recalculate-with-libreoffice";

const root = path.resolve(__dirname, "../..");
const FIXTURES = path.join(root, "test/fixtures");
const EXHIBITS = path.join(root, "../shared/exhibits/text");
const HTML_EXHIBITS = path.join(root, "../shared/exhibits/html");

/** What LibreOffice prints has 15 significant digits; sums of such floats are off by far less than this. */
const FLOAT_SLACK = new Decimal("1e-9");

interface Converted {
  name: string;
  result: InspectResult;
  plan: WorkbookPlan;
}

function listExhibits(): { name: string; file: string }[] {
  const fromDir = (dir: string, prefix: string, extension = /\.txt$/) =>
    fs
      .readdirSync(dir)
      .filter((f) => extension.test(f))
      .sort()
      .map((f) => ({
        name: `${prefix}-${f.replace(extension, "").replace(/[^\w-]/g, "_")}`,
        file: path.join(dir, f),
      }));
  return [
    ...fromDir(FIXTURES, "fixture"),
    ...fromDir(EXHIBITS, "exhibit"),
    ...fromDir(HTML_EXHIBITS, "html", /\.html?$/),
  ];
}

/** A cell's A1 address ("C12") from 0-based row and column. */
function addressOf(row: number, column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

function sheetValues(values: Map<string, SheetValues> | undefined, sheet: string): SheetValues {
  const rows = values?.get(sheet);
  if (rows === undefined) throw new Error(`LibreOffice gave no values for sheet ${sheet}`);
  return rows;
}

function numberIn(rows: SheetValues, sheet: string, address: string): Decimal {
  const value = numberAt(rows, address);
  if (value === null) throw new Error(`${sheet}!${address} holds "${valueAt(rows, address)}", not a number`);
  return value;
}

const exhibits = listExhibits();
const converted: Converted[] = [];
let recalculated: Map<string, Map<string, SheetValues>>;

/** Inputs with nothing to convert still make workbooks LibreOffice opens: an empty file, a binary one. */
function readOddInputs(): { name: string; text: string }[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-odd-"));
  try {
    const binary = path.join(dir, "binary.bin");
    fs.writeFileSync(binary, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7) % 256)));
    const empty = path.join(dir, "empty.txt");
    fs.writeFileSync(empty, "");
    return [
      { name: "odd-binary", text: readInput(binary).text },
      { name: "odd-empty", text: readInput(empty).text },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  for (const { name, file } of exhibits) {
    const text = fs.readFileSync(file, "utf8");
    const result = convertExhibit(text, { name: path.basename(file) });
    converted.push({ name, result, plan: planWorkbook(result, { text }) });
  }
  for (const { name, text } of readOddInputs()) {
    const result = convertExhibit(text, { name });
    converted.push({ name, result, plan: planWorkbook(result, { text }) });
  }
  const workbooks = await Promise.all(
    converted.map(async ({ name, plan }) => ({
      name,
      bytes: await writePlanToXlsx(plan),
      sheets: plan.sheets.map((s) => s.name),
    })),
  );
  // one run of soffice for every workbook: it starts once
  recalculated = await recalculateWithLibreOffice(workbooks);
}, 600_000);

test("the exhibits are there: both Mpower fixtures and every file in ../shared/exhibits/text", () => {
  expect(exhibits.filter((e) => e.name.startsWith("fixture-"))).toHaveLength(2);
  expect(exhibits.filter((e) => e.name.startsWith("exhibit-")).length).toBe(
    fs.readdirSync(EXHIBITS).filter((f) => f.endsWith(".txt")).length,
  );
});

test("a binary input's workbook keeps its odd characters on the Source sheet, as escapes LibreOffice reads", () => {
  const odd = converted.find((c) => c.name === "odd-binary");
  const source = odd?.plan.sheets.find((s) => s.role === "source");
  if (odd === undefined || source === undefined) throw new Error("the binary input has no Source sheet");
  const rows = sheetValues(recalculated.get(odd.name), source.name);
  let compared = 0;
  source.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      // CSV cannot hold NUL and LibreOffice ends a CSV line at a line break: compare the rest
      if (cell?.kind !== "text" || /[\0\r\n]/.test(cell.text)) return;
      compared++;
      // LibreOffice 7.4 decodes every escape but DEL's, which XML could hold (Excel decodes it too)
      expect(valueAt(rows, addressOf(r, c))).toBe(cell.text.replace(/\u007F/g, "_x007F_"));
    }),
  );
  expect(compared).toBeGreaterThan(0);
});

test("no formula evaluates to an error", () => {
  let checked = 0;
  const errors: string[] = [];
  for (const { name, plan } of converted) {
    const values = recalculated.get(name);
    for (const sheet of plan.sheets) {
      const rows = sheetValues(values, sheet.name);
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.kind !== "formula") return;
          checked++;
          const value = valueAt(rows, addressOf(r, c));
          if (isErrorValue(value))
            errors.push(`${name}: '${sheet.name}'!${addressOf(r, c)} ${cell.formula} -> ${value}`);
        }),
      );
    }
  }
  console.log(
    `recalculated by LibreOffice: ${checked} formula cells in ${converted.length} workbooks, ${errors.length} errors`,
  );
  expect(checked).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test("every live formula cell equals its reported figure within its tolerance, unless a finding says otherwise", () => {
  let checked = 0;
  let excused = 0;
  const misses: string[] = [];
  for (const { name, plan, result } of converted) {
    const values = recalculated.get(name);
    for (const check of plan.liveChecks) {
      const rows = sheetValues(values, check.sheet);
      const live = numberIn(rows, check.sheet, check.live);
      const reported = numberIn(rows, check.sheet, check.reported);
      const difference = numberIn(rows, check.sheet, check.difference);
      const tolerance = numberIn(rows, check.sheet, check.tolerance).plus(FLOAT_SLACK);
      // the checker's rule, apart from the sheet's own difference formula: the live value rounded
      // to the digits the exhibit printed, less the figure as printed
      const digits = printedDecimals(plan, check.sheet, check.reported);
      const ownDifference = live.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).minus(reported);
      const where = `${name}: '${check.sheet}'!${check.live} = ${live} against ${check.reported} = ${reported}`;
      const within =
        difference.abs().lessThanOrEqualTo(tolerance) && ownDifference.abs().lessThanOrEqualTo(tolerance);
      if (check.findings.length > 0) {
        excused++;
        // a mismatch the checker reported shows in the recalculated workbook too
        const mismatch = check.findings.some((i) => result.findings[i]?.severity === "error");
        if (mismatch && within)
          misses.push(
            `${where}: a finding says mismatch, the workbook says ${difference} within ${tolerance}`,
          );
        continue;
      }
      checked++;
      if (!within)
        misses.push(
          `${where}: difference ${difference} (${ownDifference} rounded to ${digits} places) beyond ${tolerance}`,
        );
    }
  }
  console.log(
    `live formula cells checked against their reported figures: ${checked} (and ${excused} with findings)`,
  );
  expect(checked).toBeGreaterThan(0);
  expect(misses).toEqual([]);
});

/** The decimals of the plan's reported figure at `address` ("-0.44" has 2, "0.549" 3, "36879" 0). */
function printedDecimals(plan: WorkbookPlan, sheet: string, address: string): number {
  const at = parseCellAddress(address);
  const cell =
    at === null ? undefined : plan.sheets.find((s) => s.name === sheet)?.cells[at.row]?.[at.column];
  if (cell?.kind !== "number") throw new Error(`'${sheet}'!${address} is not a reported number in the plan`);
  return new Decimal(cell.value).decimalPlaces();
}

test("every statement sheet's red and amber marks show the checker's verdict", () => {
  const MARKS = { OK: "none", ROUNDING: "amber", MISMATCH: "red" } as const;
  let checked = 0;
  const wrong: string[] = [];
  for (const { name, plan, result } of converted) {
    const values = recalculated.get(name);
    for (const live of plan.liveChecks) {
      // a difference carried in from a part that is off shows on the live model, and its finding says so
      if (live.findings.some((i) => result.findings[i]?.code === "carried-difference")) continue;
      const check = result.checks[live.check];
      if (check === undefined) throw new Error(`${name}: no check ${live.check}`);
      const rows = sheetValues(values, live.sheet);
      const difference = numberIn(rows, live.sheet, live.difference);
      const tolerance = numberIn(rows, live.sheet, live.tolerance).plus(FLOAT_SLACK);
      // the sheet's conditional formats: red beyond the tolerance, amber for any other difference
      const mark = difference.abs().greaterThan(tolerance) ? "red" : difference.isZero() ? "none" : "amber";
      checked++;
      if (mark !== MARKS[check.verdict])
        wrong.push(
          `${name}: '${live.sheet}'!${live.live} is marked ${mark}, the checker says ${check.verdict}`,
        );
    }
  }
  console.log(`statement sheet marks compared with the checker's verdicts: ${checked}`);
  expect(checked).toBeGreaterThan(0);
  expect(wrong).toEqual([]);
});

test("every status of the Checks sheet shows the checker's verdict", () => {
  let checked = 0;
  const wrong: string[] = [];
  for (const { name, plan } of converted) {
    const values = recalculated.get(name);
    for (const status of plan.statusChecks) {
      checked++;
      const shown = valueAt(sheetValues(values, status.sheet), status.address);
      if (shown !== status.expected)
        wrong.push(
          `${name}: '${status.sheet}'!${status.address} shows ${shown}, expected ${status.expected}`,
        );
    }
  }
  console.log(`Checks statuses compared: ${checked}`);
  expect(checked).toBeGreaterThan(0);
  expect(wrong).toEqual([]);
});
