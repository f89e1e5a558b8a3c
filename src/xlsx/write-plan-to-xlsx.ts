/**
 * Writes a WorkbookPlan as the bytes of a new .xlsx file with exceljs, in Node or in the browser:
 * the plan's sheets, cells, formulas, number formats, styles, conditional formats, column widths,
 * freeze panes and tab colours, and the import record as a custom document property.
 *
 *   plan.sheets[0].cells[11][2] = { kind: "formula", formula: "=C10-C11" }  ->  sheet1.xml <c r="C12"><f>C10-C11</f></c>
 *
 * The file is always a new workbook: `replaces` and `remove`, which concern a workbook the plan
 * was made against, have nothing to act on here.
 */
import type { Alignment, Borders, Font, Style, Workbook, Worksheet } from "exceljs";
import {
  dateSerial,
  TEXT_FORMAT,
  type Block,
  type ConditionalFormat,
  type PlanCell,
  type SheetPlan,
  type StyleBlock,
  type WorkbookPlan,
} from "../model/workbook-plan";
import { addCustomProperties } from "./add-custom-properties";
import { encodeCellText } from "./encode-cell-text";
import { encodeImportProperties } from "./encode-import-properties";

export interface XlsxOptions {
  /** exceljs's Workbook class, when the caller has loaded it (see `loadWorkbookClass`); else the package is imported. */
  Workbook?: typeof Workbook;
  /**
   * "store" leaves the zip's entries uncompressed, for a caller that compresses them faster
   * itself (the command line, with Node's zlib); "deflate" (the default) compresses them here.
   */
  zip?: "deflate" | "store";
}

export async function writePlanToXlsx(plan: WorkbookPlan, options: XlsxOptions = {}): Promise<Uint8Array> {
  const WorkbookClass = options.Workbook ?? (await import("exceljs")).Workbook;
  const workbook = new WorkbookClass();
  workbook.creator = "Crossfoot";
  workbook.lastModifiedBy = "Crossfoot";
  workbook.title = plan.record.exhibit;
  if (plan.record.importedAt !== null) {
    workbook.created = new Date(plan.record.importedAt);
    workbook.modified = workbook.created;
  }
  // the file carries no computed values: the spreadsheet computes every formula when it opens it
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  addCustomProperties(workbook, encodeImportProperties([plan.record]));
  // the fastest deflate level: a few percent larger, a third faster to write
  const zip = options.zip === "store" ? { compression: "STORE" } : { compressionOptions: { level: 1 } };
  const bytes = await workbook.xlsx.writeBuffer({ zip } as Parameters<typeof workbook.xlsx.writeBuffer>[0]);
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

function writeSheet(workbook: Workbook, plan: SheetPlan): void {
  const frozen = plan.freeze.rows > 0 || plan.freeze.columns > 0;
  const sheet = workbook.addWorksheet(plan.name, {
    views: [
      frozen
        ? {
            state: "frozen",
            xSplit: plan.freeze.columns,
            ySplit: plan.freeze.rows,
            showGridLines: plan.showGridlines,
          }
        : { state: "normal", showGridLines: plan.showGridlines },
    ],
    ...(plan.tabColor === null ? {} : { properties: { tabColor: { argb: argbOf(plan.tabColor) } } }),
  });
  plan.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const { row, height } of plan.rowHeights) sheet.getRow(row + 1).height = height;
  plan.cells.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (cell !== null) row.getCell(c + 1).value = valueOf(cell);
    });
  });
  for (const [key, style] of mergeStyles(plan)) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    sheet.getRow(r + 1).getCell(c + 1).style = style;
  }
  plan.conditionalFormats.forEach((rule, i) => addConditionalFormat(sheet, rule, i + 1));
}

function valueOf(cell: PlanCell): string | number | { formula: string } {
  switch (cell.kind) {
    case "text":
      return encodeCellText(cell.text);
    case "number":
      return Number(cell.value);
    case "formula":
      return { formula: cell.formula.replace(/^=/, "") };
    case "date":
      return dateSerial(cell.date);
    default:
      return assertNever(cell);
  }
}

/**
 * One style per styled cell ("row,column" 0-based), each property from the last block that sets it;
 * cells that end with the same style share one object.
 */
function mergeStyles(plan: SheetPlan): Map<string, Partial<Style>> {
  const parts = new Map<string, CellStyle>();
  const at = (r: number, c: number): CellStyle => {
    const key = `${r},${c}`;
    let style = parts.get(key);
    if (style === undefined) parts.set(key, (style = {}));
    return style;
  };
  for (const { block, format } of plan.numberFormats)
    forEachCell(block, (r, c) => (at(r, c).numFmt = format));
  // text is formatted as text, as the Office writer does, so that editing it never turns it into a number
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.kind === "text") at(r, c).numFmt = TEXT_FORMAT;
    }),
  );
  for (const style of plan.styles) {
    const { block, borderBottom, borderLeft, ...rest } = style;
    const set = definedOnly(rest);
    forEachCell(block, (r, c) => {
      const cell = Object.assign(at(r, c), set);
      if (borderBottom !== undefined && r === block.row + block.rows - 1) cell.borderBottom = borderBottom;
      if (borderLeft !== undefined && c === block.column) cell.borderLeft = borderLeft;
    });
  }
  const shared = new Map<string, Partial<Style>>();
  const styles = new Map<string, Partial<Style>>();
  for (const [key, part] of parts) {
    const id = JSON.stringify(part);
    let style = shared.get(id);
    if (style === undefined) shared.set(id, (style = styleOf(part)));
    styles.set(key, style);
  }
  return styles;
}

type CellStyle = Omit<StyleBlock, "block"> & { numFmt?: string };

function styleOf(part: CellStyle): Partial<Style> {
  const style: Partial<Style> = {};
  if (part.numFmt !== undefined) style.numFmt = part.numFmt;
  const font: Partial<Font> = {};
  if (part.bold !== undefined) font.bold = part.bold;
  if (part.italic !== undefined) font.italic = part.italic;
  if (part.size !== undefined) font.size = part.size;
  if (part.fontName !== undefined) font.name = part.fontName;
  if (part.color !== undefined) font.color = { argb: argbOf(part.color) };
  if (Object.keys(font).length > 0) style.font = font;
  if (part.fill !== undefined)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(part.fill) } };
  const border: Partial<Borders> = {};
  if (part.borderBottom === true) border.bottom = { style: "thin" };
  if (part.borderLeft === true) border.left = { style: "medium" };
  if (Object.keys(border).length > 0) style.border = border;
  const alignment: Partial<Alignment> = {};
  if (part.horizontalAlignment !== undefined)
    alignment.horizontal = part.horizontalAlignment.toLowerCase() as "left" | "right" | "center";
  if (part.indent !== undefined) alignment.indent = part.indent;
  if (part.wrapText !== undefined) alignment.wrapText = part.wrapText;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  return style;
}

/**
 * A rule of the sheet's conditional formatting. Excel applies the rule with the lowest priority
 * number first; the plan lists rules first-wins, so priority is the rule's place in the list. The
 * differential style carries the fill in both colours: Excel reads a solid dxf fill from bgColor,
 * other readers from fgColor.
 */
function addConditionalFormat(sheet: Worksheet, rule: ConditionalFormat, priority: number): void {
  sheet.addConditionalFormatting({
    ref: rangeOf(rule.block),
    rules: [
      {
        type: "expression",
        priority,
        formulae: [rule.formula.replace(/^=/, "")],
        style: {
          fill: {
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: argbOf(rule.fill) },
            bgColor: { argb: argbOf(rule.fill) },
          },
          font: { color: { argb: argbOf(rule.color) } },
        },
      },
    ],
  });
}

function forEachCell(block: Block, visit: (row: number, column: number) => void): void {
  for (let r = block.row; r < block.row + block.rows; r++)
    for (let c = block.column; c < block.column + block.columns; c++) visit(r, c);
}

/** "A1:C3" for a block (0-based rows and columns). */
function rangeOf(block: Block): string {
  const first = addressOf(block.row, block.column);
  const last = addressOf(block.row + block.rows - 1, block.column + block.columns - 1);
  return first === last ? first : `${first}:${last}`;
}

/** "C12" for row 11, column 2 (0-based). */
function addressOf(row: number, column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** "#1F4E79" -> "FF1F4E79" */
function argbOf(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function assertNever(value: never): never {
  throw new Error(`unexpected cell ${JSON.stringify(value)}`);
}
