/**
 * Reads a workbook the recording host built and lists every way it differs from a WorkbookPlan:
 * sheet names and order, cell values and formulas, number formats, styles, conditional formats,
 * column widths, frozen panes, tab colours and the import record. An empty list means equal.
 *
 *   compareWorkbookWithPlan(host, plan)  ->  ['"IS 3M" C12: formula "=C10+C11", plan "=C10-C11"']
 */
import {
  dateSerial,
  IMPORTS_KEY,
  type Block,
  type StyleBlock,
  type WorkbookPlan,
} from "../../src/model/workbook-plan";
import type { CellModel, RecordingHost, SheetModel } from "./recording-host";
import { cellAddress, columnIndex, columnLetters } from "../../src/model/a1";

/** What the host stores for each plan style property (see RecordingHost's format setters). */
const STYLE_KEYS: Record<string, string> = {
  bold: "FontBold",
  italic: "FontItalic",
  size: "FontSize",
  fontName: "FontName",
  color: "FontColor",
  fill: "Fill",
  horizontalAlignment: "HorizontalAlignment",
  indent: "IndentLevel",
  wrapText: "WrapText",
};

export interface CompareOptions {
  /** The host has no ExcelApi 1.9: indent levels are not written. */
  withoutIndent?: boolean;
  /** The host has no ExcelApi 1.8: gridlines stay on. */
  withoutGridlines?: boolean;
}

export function compareWorkbookWithPlan(
  host: RecordingHost,
  plan: WorkbookPlan,
  options: CompareOptions = {},
): string[] {
  const problems: string[] = [];
  for (const sheetPlan of plan.sheets) {
    const sheet = host.workbook.sheets.find((s) => s.name === sheetPlan.name);
    if (!sheet) {
      problems.push(`sheet "${sheetPlan.name}" is missing`);
      continue;
    }
    const at = (row: number, column: number): string => `"${sheet.name}" ${cellAddress(row, column)}`;
    const formats = paintFormats(sheetPlan.numberFormats);
    const styles = paintStyles(sheetPlan.styles, options);
    const planned = new Set<string>();
    sheetPlan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        planned.add(`${r},${c}`);
        const got = sheet.cells.get(`${r},${c}`);
        const where = at(r, c);
        switch (cell.kind) {
          case "text":
            expectValue(problems, where, got, cell.text === "" ? null : cell.text);
            if (cell.text !== "" && got?.numberFormat !== "@")
              problems.push(`${where}: text not formatted "@"`);
            break;
          case "number":
            expectValue(problems, where, got, Number(cell.value));
            break;
          case "date":
            expectValue(problems, where, got, dateSerial(cell.date));
            break;
          case "formula":
            if (got?.formula !== cell.formula) {
              problems.push(
                `${where}: formula ${JSON.stringify(got?.formula)}, plan ${JSON.stringify(cell.formula)}`,
              );
            }
            break;
        }
        const format = formats.get(`${r},${c}`) ?? "General";
        if (cell.kind !== "text" && (got?.numberFormat ?? "General") !== format) {
          problems.push(
            `${where}: number format ${JSON.stringify(got?.numberFormat)}, plan ${JSON.stringify(format)}`,
          );
        }
      }),
    );
    for (const [key, cell] of sheet.cells) {
      const [r = 0, c = 0] = key.split(",").map(Number);
      if (!planned.has(key) && (cell.value !== null || cell.formula !== null)) {
        problems.push(`${at(r, c)}: holds ${JSON.stringify(cell.value ?? cell.formula)}, plan has no cell`);
      }
      if (!planned.has(key) && formats.has(key) && cell.numberFormat !== formats.get(key)) {
        problems.push(
          `${at(r, c)}: number format ${JSON.stringify(cell.numberFormat)}, plan ${JSON.stringify(formats.get(key))}`,
        );
      }
      const want = styles.get(key) ?? {};
      const got = cell.style;
      if (JSON.stringify(sorted(got)) !== JSON.stringify(sorted(want))) {
        problems.push(
          `${at(r, c)}: style ${JSON.stringify(sorted(got))}, plan ${JSON.stringify(sorted(want))}`,
        );
      }
    }
    for (const key of styles.keys()) {
      if (!sheet.cells.has(key)) {
        const [r = 0, c = 0] = key.split(",").map(Number);
        problems.push(`${at(r, c)}: unstyled, plan ${JSON.stringify(styles.get(key))}`);
      }
    }
    compareConditionalFormats(problems, sheet, sheetPlan.conditionalFormats);
    compareLayout(problems, sheet, sheetPlan, options);
  }
  const stored = host.workbook.settings.get(IMPORTS_KEY);
  const records = typeof stored === "string" ? (JSON.parse(stored) as unknown[]) : [];
  const own = records.filter((r) => (r as { id?: unknown }).id === plan.record.id);
  if (own.length !== 1 || JSON.stringify(own[0]) !== JSON.stringify(plan.record)) {
    problems.push(`import record ${JSON.stringify(own)}, plan ${JSON.stringify(plan.record)}`);
  }
  return problems;
}

function expectValue(
  problems: string[],
  where: string,
  got: CellModel | undefined,
  want: string | number | null,
): void {
  if (got?.formula) problems.push(`${where}: formula ${got.formula}, plan a value ${JSON.stringify(want)}`);
  else if ((got?.value ?? null) !== want)
    problems.push(`${where}: ${JSON.stringify(got?.value)}, plan ${JSON.stringify(want)}`);
}

function paintFormats(blocks: { block: Block; format: string }[]): Map<string, string> {
  const formats = new Map<string, string>();
  for (const { block, format } of blocks) eachCell(block, (key) => formats.set(key, format));
  return formats;
}

/** The plan's styles per cell, as the host stores them: later blocks win, lines on a block's edge. */
function paintStyles(blocks: StyleBlock[], options: CompareOptions): Map<string, Record<string, unknown>> {
  const styles = new Map<string, Record<string, unknown>>();
  for (const block of blocks) {
    const { row, column, rows } = block.block;
    eachCell(block.block, (key, r, c) => {
      const style = styles.get(key) ?? {};
      for (const [property, hostKey] of Object.entries(STYLE_KEYS)) {
        if (property === "indent" && options.withoutIndent) continue;
        const value = (block as unknown as Record<string, unknown>)[property];
        if (value !== undefined) style[hostKey] = value;
      }
      if (block.borderBottom !== undefined && r === row + rows - 1) {
        if (block.borderBottom) Object.assign(style, { BottomStyle: "Continuous", BottomWeight: "Thin" });
        else {
          delete style.BottomStyle;
          delete style.BottomWeight;
        }
      }
      if (block.borderLeft !== undefined && c === column) {
        if (block.borderLeft) Object.assign(style, { LeftStyle: "Continuous", LeftWeight: "Medium" });
        else {
          delete style.LeftStyle;
          delete style.LeftWeight;
        }
      }
      if (Object.keys(style).length > 0) styles.set(key, style);
      else styles.delete(key);
    });
  }
  return styles;
}

/**
 * Each plan rule must be in force on its block with the same formula (read from the block's
 * top-left) and colours, and overlapping rules must keep the plan's priority.
 */
function compareConditionalFormats(
  problems: string[],
  sheet: SheetModel,
  rules: WorkbookPlan["sheets"][number]["conditionalFormats"],
): void {
  const found: number[] = [];
  rules.forEach((rule, i) => {
    const index = sheet.conditionalFormats.findIndex(
      (cf) =>
        cf.type === "Custom" &&
        cf.fill === rule.fill &&
        cf.fontColor === rule.color &&
        cf.areas.some((area) => sameBlock(area, rule.block)) &&
        cf.formula !== null &&
        cf.areas[0] !== undefined &&
        shiftFormula(cf.formula, rule.block.row - cf.areas[0].row, rule.block.column - cf.areas[0].column) ===
          rule.formula,
    );
    if (index < 0) problems.push(`"${sheet.name}" conditional format ${i} (${rule.formula}) is missing`);
    found.push(index);
  });
  rules.forEach((a, i) =>
    rules.forEach((b, j) => {
      const fi = found[i] ?? -1;
      const fj = found[j] ?? -1;
      if (i < j && fi >= 0 && fj >= 0 && overlaps(a.block, b.block) && fi > fj) {
        problems.push(`"${sheet.name}" conditional formats ${i} and ${j} overlap in the wrong priority`);
      }
    }),
  );
  const areas = sheet.conditionalFormats.reduce((n, cf) => n + cf.areas.length, 0);
  if (areas !== rules.length)
    problems.push(`"${sheet.name}" has ${areas} conditional-format areas, plan ${rules.length}`);
}

function compareLayout(
  problems: string[],
  sheet: SheetModel,
  plan: WorkbookPlan["sheets"][number],
  options: CompareOptions,
): void {
  plan.columnWidths.forEach((width, c) => {
    const points = sheet.columnWidths.get(c);
    const want = (Math.trunc(width * 7 + 5) * 72) / 96;
    if (width > 0 && (points === undefined || Math.abs(points - want) > 0.01)) {
      problems.push(
        `"${sheet.name}" column ${c} is ${points} points wide, plan ${width} characters (${want} points)`,
      );
    }
  });
  const heights = new Map(plan.rowHeights.map(({ row, height }) => [row, height]));
  for (const row of new Set([...heights.keys(), ...sheet.rowHeights.keys()])) {
    if (heights.get(row) !== sheet.rowHeights.get(row))
      problems.push(
        `"${sheet.name}" row ${row} is ${sheet.rowHeights.get(row)} points high, plan ${heights.get(row)}`,
      );
  }
  if (sheet.freeze.rows !== plan.freeze.rows || sheet.freeze.columns !== plan.freeze.columns) {
    problems.push(
      `"${sheet.name}" frozen ${JSON.stringify(sheet.freeze)}, plan ${JSON.stringify(plan.freeze)}`,
    );
  }
  if (sheet.tabColor !== (plan.tabColor ?? ""))
    problems.push(`"${sheet.name}" tab colour ${sheet.tabColor}, plan ${plan.tabColor}`);
  const gridlines = options.withoutGridlines ? true : plan.showGridlines;
  if (sheet.showGridlines !== gridlines)
    problems.push(`"${sheet.name}" gridlines ${sheet.showGridlines}, plan ${gridlines}`);
}

/** Moves the relative A1 references of a formula by whole rows and columns (no strings or sheet names move). */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(
    /("(?:[^"]|"")*"|'(?:[^']|'')*')|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g,
    (token, quoted: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      if (quoted !== undefined) return token;
      const column = colAbs ? letters : columnLetters(columnIndex(letters) + columns);
      const row = rowAbs ? digits : String(Number(digits) + rows);
      return `${colAbs}${column}${rowAbs}${row}`;
    },
  );
}

function eachCell(block: Block, visit: (key: string, row: number, column: number) => void): void {
  for (let r = block.row; r < block.row + block.rows; r++) {
    for (let c = block.column; c < block.column + block.columns; c++) visit(`${r},${c}`, r, c);
  }
}

function sameBlock(a: Block, b: Block): boolean {
  return a.row === b.row && a.column === b.column && a.rows === b.rows && a.columns === b.columns;
}

function overlaps(a: Block, b: Block): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

function sorted(style: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(style).sort(([a], [b]) => (a < b ? -1 : 1)));
}
