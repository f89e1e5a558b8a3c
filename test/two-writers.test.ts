/**
 * One workbook, two writers: the Office writer's workbook, rebuilt from the requests it sent to the
 * genuine Excel client library (test/excel's recording host), against the .xlsx the exceljs writer
 * makes of the same plan, read back with exceljs: the same sheets in the same order, and in each
 * the same cells, formulas, number formats, styles, conditional formats and layout, and the same
 * import record.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Workbook, type Cell, type ConditionalFormattingOptions, type Worksheet } from "exceljs";
import { convertExhibit } from "../src/convert-exhibit";
import { writePlanToExcel } from "../src/excel/write-plan-to-excel";
import { IMPORTS_KEY, type WorkbookPlan } from "../src/model/workbook-plan";
import { planWorkbook } from "../src/plan/plan-workbook";
import { decodeImportProperties } from "../src/xlsx/encode-import-properties";
import { writePlanToXlsx } from "../src/xlsx/write-plan-to-xlsx";
import { shiftFormula } from "./excel/compare-workbook-with-plan";
import { RecordingHost, type SheetModel } from "./excel/recording-host";
import { readCustomProperties } from "./xlsx/read-custom-properties";
import { readZipEntries } from "./xlsx/read-zip-entries";
import { makeSmallPlan } from "./xlsx/small-plan";

const FIXTURES = path.join(__dirname, "fixtures");
const EXHIBITS = path.join(__dirname, "../../shared/exhibits/text");

/** What one cell shows, in the recording host's terms: value or formula, number format, style. */
interface CellView {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  style: Record<string, string | number | boolean>;
}

/** A conditional format on one area, its formula moved to the area's top-left cell. */
interface RuleView {
  area: string;
  formula: string;
  fill: string | null;
  color: string | null;
}

interface SheetView {
  name: string;
  cells: Map<string, CellView>;
  /** In priority order, highest first. */
  rules: RuleView[];
  /** Points, by 0-based column. */
  columnWidths: Map<number, number>;
  /** Points, by 0-based row, for rows given a height. */
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number };
  tabColor: string;
  showGridlines: boolean;
}

function viewOfHostSheet(sheet: SheetModel): SheetView {
  const cells = new Map<string, CellView>();
  for (const [key, cell] of sheet.cells) cells.set(key, { ...cell, style: { ...cell.style } });
  const rules = sheet.conditionalFormats.flatMap((cf) => {
    const first = cf.areas[0];
    return cf.areas.map((area) => ({
      area: areaOf(area.row, area.column, area.rows, area.columns),
      formula:
        first && cf.formula !== null
          ? shiftFormula(cf.formula, area.row - first.row, area.column - first.column)
          : "",
      fill: cf.fill,
      color: cf.fontColor,
    }));
  });
  return {
    name: sheet.name,
    cells,
    rules,
    columnWidths: new Map(sheet.columnWidths),
    rowHeights: new Map(sheet.rowHeights),
    freeze: sheet.freeze,
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
  };
}

function viewOfXlsxSheet(sheet: Worksheet): SheetView {
  const cells = new Map<string, CellView>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const view = viewOfXlsxCell(cell);
      if (view !== null) cells.set(`${Number(cell.row) - 1},${Number(cell.col) - 1}`, view);
    }),
  );
  const read = (sheet as unknown as { conditionalFormattings?: ConditionalFormattingOptions[] })
    .conditionalFormattings;
  const rules = (read ?? [])
    .flatMap((cf) =>
      cf.rules.map((rule) => {
        const style = rule.style ?? {};
        const fill = style.fill?.type === "pattern" ? (style.fill.bgColor ?? style.fill.fgColor) : undefined;
        const formula = "formulae" in rule ? String(rule.formulae?.[0] ?? "") : "";
        return {
          priority: rule.priority ?? 0,
          view: {
            area: cf.ref,
            formula: `=${formula}`,
            fill: colorOf(fill?.argb),
            color: colorOf(style.font?.color?.argb),
          },
        };
      }),
    )
    .sort((a, b) => a.priority - b.priority)
    .map((r) => r.view);
  const view = sheet.views[0];
  const columnWidths = new Map<number, number>();
  for (let c = 1; c <= sheet.columnCount; c++) {
    const width = sheet.getColumn(c).width;
    // Excel's width in characters of the default font, in points (7 pixels a character, 5 of padding)
    if (width !== undefined) columnWidths.set(c - 1, (Math.trunc(width * 7 + 5) * 72) / 96);
  }
  const rowHeights = new Map<number, number>();
  sheet.eachRow({ includeEmpty: true }, (row) => {
    if (row.height !== undefined) rowHeights.set(Number(row.number) - 1, row.height);
  });
  return {
    name: sheet.name,
    cells,
    rules,
    columnWidths,
    rowHeights,
    freeze:
      view?.state === "frozen"
        ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 }
        : { rows: 0, columns: 0 },
    tabColor: colorOf(sheet.properties.tabColor?.argb) ?? "",
    showGridlines: view?.showGridLines ?? true,
  };
}

function viewOfXlsxCell(cell: Cell): CellView | null {
  const style: CellView["style"] = {};
  const { font, fill, alignment, border } = cell;
  if (font?.bold !== undefined) style.FontBold = font.bold;
  if (font?.italic !== undefined) style.FontItalic = font.italic;
  if (font?.size !== undefined) style.FontSize = font.size;
  if (font?.color?.argb !== undefined) style.FontColor = colorOf(font.color.argb) ?? "";
  if (font?.name !== undefined) style.FontName = font.name;
  if (fill?.type === "pattern" && fill.fgColor?.argb !== undefined)
    style.Fill = colorOf(fill.fgColor.argb) ?? "";
  if (alignment?.horizontal !== undefined) style.HorizontalAlignment = capitalize(alignment.horizontal);
  if (alignment?.indent !== undefined) style.IndentLevel = alignment.indent;
  if (alignment?.wrapText !== undefined) style.WrapText = alignment.wrapText;
  if (border?.bottom?.style === "thin")
    Object.assign(style, { BottomStyle: "Continuous", BottomWeight: "Thin" });
  if (border?.left?.style === "medium")
    Object.assign(style, { LeftStyle: "Continuous", LeftWeight: "Medium" });
  const value = cell.value;
  let formula: string | null = null;
  let shown: CellView["value"] = null;
  if (value instanceof Date) shown = Math.round((value.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
  else if (value !== null && typeof value === "object" && "formula" in value) formula = `=${value.formula}`;
  else if (typeof value === "string") shown = value === "" ? null : value;
  else if (typeof value === "number" || typeof value === "boolean") shown = value;
  else if (value !== null && value !== undefined)
    throw new Error(`unexpected value ${JSON.stringify(value)} in ${cell.address}`);
  const numberFormat = cell.numFmt ?? "General";
  if (shown === null && formula === null && numberFormat === "General" && Object.keys(style).length === 0)
    return null;
  return { value: shown, formula, numberFormat, style };
}

/** The workbook's default font (Excel's and exceljs's): a style that names it sets nothing. */
const DEFAULT_FONT = { FontName: "Calibri", FontSize: 11 };

function withoutDefaults(style: CellView["style"]): Record<string, unknown> {
  const kept = Object.entries(style).filter(
    ([key, value]) => DEFAULT_FONT[key as keyof typeof DEFAULT_FONT] !== value,
  );
  return Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The differences between two views of one sheet, one line each. */
function compareSheets(office: SheetView, xlsx: SheetView): string[] {
  const out: string[] = [];
  const at = (key: string): string => {
    const [r = 0, c = 0] = key.split(",").map(Number);
    return `"${office.name}" ${areaOf(r, c, 1, 1)}`;
  };
  const empty: CellView = { value: null, formula: null, numberFormat: "General", style: {} };
  for (const key of new Set([...office.cells.keys(), ...xlsx.cells.keys()])) {
    const a = office.cells.get(key) ?? empty;
    const b = xlsx.cells.get(key) ?? empty;
    if (a.value !== b.value)
      out.push(`${at(key)}: value ${JSON.stringify(a.value)} (Office), ${JSON.stringify(b.value)} (xlsx)`);
    if (a.formula !== b.formula) out.push(`${at(key)}: formula ${a.formula} (Office), ${b.formula} (xlsx)`);
    if (a.numberFormat !== b.numberFormat)
      out.push(
        `${at(key)}: number format ${JSON.stringify(a.numberFormat)} (Office), ${JSON.stringify(b.numberFormat)} (xlsx)`,
      );
    const styleA = JSON.stringify(withoutDefaults(a.style));
    const styleB = JSON.stringify(withoutDefaults(b.style));
    if (styleA !== styleB) out.push(`${at(key)}: style ${styleA} (Office), ${styleB} (xlsx)`);
  }
  if (JSON.stringify(office.rules) !== JSON.stringify(xlsx.rules))
    out.push(
      `"${office.name}" conditional formats ${JSON.stringify(office.rules)} (Office), ${JSON.stringify(xlsx.rules)} (xlsx)`,
    );
  for (const column of new Set([...office.columnWidths.keys(), ...xlsx.columnWidths.keys()])) {
    const a = office.columnWidths.get(column);
    const b = xlsx.columnWidths.get(column);
    if (a === undefined || b === undefined || Math.abs(a - b) > 0.01)
      out.push(`"${office.name}" column ${column}: ${a} points wide (Office), ${b} (xlsx)`);
  }
  for (const row of new Set([...office.rowHeights.keys(), ...xlsx.rowHeights.keys()])) {
    if (office.rowHeights.get(row) !== xlsx.rowHeights.get(row))
      out.push(
        `"${office.name}" row ${row}: ${office.rowHeights.get(row)} points high (Office), ${xlsx.rowHeights.get(row)} (xlsx)`,
      );
  }
  for (const key of ["freeze", "tabColor", "showGridlines"] as const) {
    if (JSON.stringify(office[key]) !== JSON.stringify(xlsx[key]))
      out.push(
        `"${office.name}" ${key} ${JSON.stringify(office[key])} (Office), ${JSON.stringify(xlsx[key])} (xlsx)`,
      );
  }
  return out;
}

/** Every difference between the workbook the recording host holds and an .xlsx read back. */
function compareWriters(host: RecordingHost, xlsx: Workbook): string[] {
  const differences: string[] = [];
  for (const sheet of host.workbook.sheets) {
    const other = xlsx.getWorksheet(sheet.name);
    if (other === undefined) differences.push(`"${sheet.name}" is not in the .xlsx`);
    else differences.push(...compareSheets(viewOfHostSheet(sheet), viewOfXlsxSheet(other)));
  }
  return differences;
}

function areaOf(row: number, column: number, rows: number, columns: number): string {
  const cell = (r: number, c: number): string => {
    let letters = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${letters}${r + 1}`;
  };
  const first = cell(row, column);
  return rows === 1 && columns === 1 ? first : `${first}:${cell(row + rows - 1, column + columns - 1)}`;
}

/** "FF1F4E79" -> "#1F4E79" */
function colorOf(argb: string | undefined): string | null {
  return argb === undefined ? null : `#${argb.slice(-6).toUpperCase()}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const exhibits = [
  ...["mpower-2003q4.txt", "mpower-2004q2.txt"].map((name) => path.join(FIXTURES, name)),
  ...fs
    .readdirSync(EXHIBITS)
    .filter((name) => name.endsWith(".txt") && !name.startsWith("mpower"))
    .sort()
    .map((name) => path.join(EXHIBITS, name)),
];

describe.each(exhibits.map((file) => [path.basename(file), file]))("%s", (name, file) => {
  let plan: WorkbookPlan;
  let host: RecordingHost;
  let xlsx: Workbook;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const text = fs.readFileSync(file, "utf8");
    const result = convertExhibit(text, { name });
    host = new RecordingHost();
    const report = await writePlanToExcel((existing) =>
      planWorkbook(result, { text, existing, importedAt: null }),
    );
    plan = report.plan;
    bytes = await writePlanToXlsx(plan);
    xlsx = new Workbook();
    await xlsx.xlsx.load(bytes.slice().buffer);
  });

  test("the same sheets, in the same order", () => {
    expect(xlsx.worksheets.map((s) => s.name)).toEqual(host.sheetNames());
    expect(host.sheetNames()).toEqual(plan.sheets.map((s) => s.name));
  });

  test("the same cells, formulas, number formats, styles, conditional formats and layout", () => {
    expect(host.workbook.sheets.reduce((n, sheet) => n + sheet.cells.size, 0)).toBeGreaterThan(0);
    expect(compareWriters(host, xlsx).slice(0, 20)).toEqual([]);
  });

  test("the same import record", () => {
    const stored = host.workbook.settings.get(IMPORTS_KEY);
    const office = typeof stored === "string" ? (JSON.parse(stored) as unknown) : stored;
    expect(decodeImportProperties(readCustomProperties(readZipEntries(bytes)))).toEqual(office);
  });
});

describe("the comparison itself", () => {
  /** The differences between the Office writer's workbook of a small plan and the .xlsx of a changed copy. */
  async function differencesAfter(change: (plan: WorkbookPlan) => void): Promise<string[]> {
    const host = new RecordingHost();
    const report = await writePlanToExcel(() => makeSmallPlan());
    const changed = JSON.parse(JSON.stringify(report.plan)) as WorkbookPlan;
    change(changed);
    const xlsx = new Workbook();
    await xlsx.xlsx.load((await writePlanToXlsx(changed)).slice().buffer);
    return compareWriters(host, xlsx);
  }

  function statementSheet(plan: WorkbookPlan): WorkbookPlan["sheets"][number] {
    const sheet = plan.sheets[0];
    if (sheet === undefined) throw new Error("the small plan has sheets");
    return sheet;
  }

  test("the same plan gives no differences", async () => {
    expect(await differencesAfter(() => undefined)).toEqual([]);
  });

  test.each<[string, (plan: WorkbookPlan) => void, RegExp]>([
    [
      "a formula",
      (p) => (statementSheet(p).cells[4]![2] = { kind: "formula", formula: "=B3+B4" }),
      /C5: formula =B3-B4 \(Office\), =B3\+B4/,
    ],
    [
      "a value",
      (p) => (statementSheet(p).cells[2]![1] = { kind: "number", value: "101" }),
      /B3: value 100 \(Office\), 101/,
    ],
    ["a number format", (p) => (statementSheet(p).numberFormats[0]!.format = "0.0"), /B3: number format/],
    [
      "a style",
      (p) => (statementSheet(p).styles[1]!.fill = "#FFFFFF"),
      /B2: style .*"Fill":"#DDEBF7".*"Fill":"#FFFFFF"/,
    ],
    [
      "a conditional format",
      (p) => (statementSheet(p).conditionalFormats[0]!.color = "#000000"),
      /conditional formats/,
    ],
    [
      "the order of conditional formats",
      (p) => statementSheet(p).conditionalFormats.reverse(),
      /conditional formats/,
    ],
    ["a column width", (p) => (statementSheet(p).columnWidths[0] = 20), /column 0: /],
    ["frozen panes", (p) => (statementSheet(p).freeze = { rows: 1, columns: 0 }), /freeze/],
    ["a tab colour", (p) => (statementSheet(p).tabColor = null), /tabColor/],
    ["gridlines", (p) => (statementSheet(p).showGridlines = true), /showGridlines/],
  ])("finds a change of %s", async (_, change, difference) => {
    const differences = await differencesAfter(change);
    expect(differences.some((d) => difference.test(d))).toBe(true);
  });
});
