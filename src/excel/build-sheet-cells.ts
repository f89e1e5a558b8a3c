/**
 * A sheet plan's cells as the two 2-D arrays Excel takes (`range.numberFormat`, then
 * `range.formulas`), row by row, with the UTF-8 bytes each row adds to a request.
 *
 *   cells  [[{text "Revenue"}, {number "-2118"}, {formula "=B1*2"}]]
 *   ->  formats  [["@", "#,##0", "General"]]     (text is always "@": Excel never parses it;
 *                                                 text that starts with = or ' is written after a ' prefix)
 *       formulas [["Revenue", -2118, "=B1*2"]]
 */
import { dateSerial, TEXT_FORMAT, type PlanCell, type SheetPlan } from "../model/workbook-plan";
import { estimateBytes } from "./estimate-bytes";

export type CellInput = string | number;

export interface SheetCells {
  /** Columns of every row (the widest row, or the furthest number-format block). */
  width: number;
  formulas: CellInput[][];
  formats: string[][];
  /** Bytes of each row's formulas and formats in a request. */
  rowBytes: number[];
}

/**
 * The client library sends a 2-D write of more than 1,500 cells as bands of about 1,500 cells,
 * each band a range of its own (`getRow(i).getBoundingRect(getRow(j))`) costing about this many
 * bytes, measured and rounded up: a share of it is counted with every row, for both arrays.
 */
const LIBRARY_BAND_CELLS = 1500;
const LIBRARY_BAND_BYTES = 1400;
const DEFAULT_FORMAT = "General";

export function buildSheetCells(sheet: SheetPlan): SheetCells {
  let width = 0;
  let height = sheet.cells.length;
  for (const row of sheet.cells) width = Math.max(width, row.length);
  for (const { block } of sheet.numberFormats) {
    width = Math.max(width, block.column + block.columns);
    height = Math.max(height, block.row + block.rows);
  }
  const formats: string[][] = [];
  const formulas: CellInput[][] = [];
  for (let r = 0; r < height; r++) {
    formats.push(new Array<string>(width).fill(DEFAULT_FORMAT));
    formulas.push(new Array<CellInput>(width).fill(""));
  }
  for (const { block, format } of sheet.numberFormats) {
    for (let r = block.row; r < block.row + block.rows; r++) {
      const row = formats[r];
      if (row) row.fill(format, block.column, block.column + block.columns);
    }
  }
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      const formulaRow = formulas[r];
      const formatRow = formats[r];
      if (!formulaRow || !formatRow) return;
      const input = inputOf(cell);
      formulaRow[c] = input;
      // a figure JavaScript cannot hold as a number is kept as its text rather than lost
      if (cell.kind === "text" || (cell.kind === "number" && typeof input === "string"))
        formatRow[c] = TEXT_FORMAT;
    }),
  );
  const bandBytes = Math.ceil((2 * LIBRARY_BAND_BYTES * width) / LIBRARY_BAND_CELLS);
  const rowBytes = formulas.map((row, r) => estimateBytes(row) + estimateBytes(formats[r]) + 2 + bandBytes);
  return { width, formulas, formats, rowBytes };
}

/** What goes into `range.formulas` for a cell: numbers only now become JS numbers. */
function inputOf(cell: PlanCell): CellInput {
  switch (cell.kind) {
    case "text":
      // "@" keeps text as text; a quote prefix (which Excel does not keep) makes sure of it for
      // text that reads as a formula, and keeps a leading quote of the text itself
      return /^[=']/.test(cell.text) ? `'${cell.text}` : cell.text;
    case "number": {
      const value = Number(cell.value);
      return Number.isFinite(value) ? value : cell.value;
    }
    case "formula":
      return cell.formula;
    case "date":
      return dateSerial(cell.date);
  }
}
