/**
 * A1 addresses of plan blocks, for `worksheet.getRanges` (no sheet name); rows and columns 0-based.
 *
 *   blockAddress({ row: 11, column: 2, rows: 1, columns: 3 })  ->  "C12:E12"
 */
import type { Block } from "../model/workbook-plan";

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function blockAddress(block: Block): string {
  const first = `${columnLetters(block.column)}${block.row + 1}`;
  if (block.rows === 1 && block.columns === 1) return first;
  return `${first}:${columnLetters(block.column + block.columns - 1)}${block.row + block.rows}`;
}
