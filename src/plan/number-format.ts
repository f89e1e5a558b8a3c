/**
 * Number formats like the exhibit's, from a row's unit and how its figures are printed.
 *
 *   currency   53,001  (2,118)  -          -> #,##0_);(#,##0);"-"_)
 *   currency   $29,307  (a $ on the row)   -> $#,##0_);($#,##0);"-"_)
 *   per-share  ($0.02)                     -> $#,##0.00_);($#,##0.00)
 *   percent    54.9%                       -> 0.0%_);(0.0%)
 *   shares     78,213,486                  -> #,##0_);(#,##0)
 *   other      0.123456                    -> #,##0.000000_);(#,##0.000000)
 */
import type { Row } from "../model/statement";

/** Formats that are not a row's (text is `TEXT_FORMAT` in the model). */
export const DATE_FORMAT = "yyyy-mm-dd";
export const GENERAL_FORMAT = "General";

/** Most digits printed after the decimal point on the row. */
export function decimalsOf(row: Row): number {
  let most = 0;
  for (const cell of row.cells) {
    const point = cell?.value?.indexOf(".") ?? -1;
    if (cell?.value != null && point >= 0) most = Math.max(most, cell.value.length - point - 1);
  }
  return most;
}

function digits(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

export function numberFormatOf(row: Row): string {
  const decimals = decimalsOf(row);
  const dollar = row.cells.some((cell) => cell?.text.includes("$")) ? "$" : "";
  switch (row.unit) {
    case "currency":
      return `${dollar}${digits(decimals)}_);(${dollar}${digits(decimals)});"-"_)`;
    case "per-share": {
      const number = `$${digits(Math.max(2, decimals))}`;
      return `${number}_);(${number})`;
    }
    case "percent": {
      const number = decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
      return `${number}_);(${number})`;
    }
    case "shares":
      return `${digits(decimals)}_);(${digits(decimals)})`;
    case "other":
      return decimals > 0 ? `${digits(decimals)}_);(${digits(decimals)})` : GENERAL_FORMAT;
  }
}
