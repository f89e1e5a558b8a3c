/**
 * Number formats like the exhibit's, from the row's unit, the column's measure and how the
 * figures are printed; and the value a figure is held as (percentages as fractions).
 *
 *   currency   53,001  (2,118)  -          -> #,##0_);(#,##0);"-"_)
 *   currency   $29,307  (a $ on the row)   -> $#,##0_);($#,##0);"-"_)
 *   per-share  ($0.02)                     -> $#,##0.00_);($#,##0.00)
 *   percent    54.9%  (a row or a column)  -> 0.0%_);(0.0%)
 *   shares     78,213,486                  -> #,##0_);(#,##0)
 *   other      0.123456                    -> #,##0.000000_);(#,##0.000000)
 *   a ratio column  7.25                   -> #,##0.00_);(#,##0.00)
 */
import Decimal from "decimal.js";
import type { Column, Row } from "../model/statement";

/** Formats that are not a row's (text is `TEXT_FORMAT` in the model). */
export const DATE_FORMAT = "yyyy-mm-dd";
export const GENERAL_FORMAT = "General";

function decimalsOfValue(value: string | null | undefined): number {
  const point = value?.indexOf(".") ?? -1;
  return value != null && point >= 0 ? value.length - point - 1 : 0;
}

/** True when the figure at `column` of `row` is a percentage: a percent row, or a column of percentages. */
export function isPercentCell(row: Row, column: Column | undefined): boolean {
  return row.unit === "percent" || column?.measure === "percent";
}

/** A figure as the sheet holds it: percentages as fractions (54.9% -> 0.549). */
export function sheetValue(row: Row, column: Column | undefined, value: string): string {
  return isPercentCell(row, column) ? new Decimal(value).dividedBy(100).toString() : value;
}

/**
 * Most digits printed after the decimal point on the row, among the columns of amounts (a
 * percent-change figure's decimal says nothing of the amounts beside it).
 */
export function decimalsOf(row: Row, columns?: readonly Column[]): number {
  let most = 0;
  row.cells.forEach((cell, index) => {
    if (columns !== undefined && columns[index] !== undefined && columns[index].measure !== "amount") return;
    most = Math.max(most, decimalsOfValue(cell?.value));
  });
  return most;
}

function digits(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

function percentFormat(decimals: number): string {
  const number = decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
  return `${number}_);(${number})`;
}

/**
 * The format of the figure at `index` of `row` (of a statement with `columns`): a percentage
 * column's figure as a percent and a ratio column's as its decimals, whatever the row; else the
 * row's unit at the row's decimals. Without `columns`, the row's format.
 */
export function numberFormatOf(row: Row, columns?: readonly Column[], index?: number): string {
  const column = index === undefined ? undefined : columns?.[index];
  const own = index === undefined ? 0 : decimalsOfValue(row.cells[index]?.value);
  if (column !== undefined && row.unit !== "percent" && column.measure === "percent")
    return percentFormat(own);
  if (column !== undefined && column.measure === "ratio" && row.unit !== "percent")
    return own > 0 ? `${digits(own)}_);(${digits(own)})` : GENERAL_FORMAT;
  const decimals = decimalsOf(row, columns);
  const dollar = row.cells.some(
    (cell, at) => cell?.text.includes("$") && columns?.[at]?.measure !== "percent",
  )
    ? "$"
    : "";
  switch (row.unit) {
    case "currency":
      return `${dollar}${digits(decimals)}_);(${dollar}${digits(decimals)});"-"_)`;
    case "per-share": {
      const number = `$${digits(Math.max(2, decimals))}`;
      return `${number}_);(${number})`;
    }
    case "percent":
      return percentFormat(decimalsOf(row));
    case "shares":
      return `${digits(decimals)}_);(${digits(decimals)})`;
    case "other":
      return decimals > 0 ? `${digits(decimals)}_);(${digits(decimals)})` : GENERAL_FORMAT;
  }
}
