/**
 * A1 addresses of cells and blocks, and back; rows and columns are 0-based. Shared by the planner,
 * the writers and the tests that read workbooks.
 *
 *   columnLetters(27)                                  -> "AB"
 *   cellAddress(11, 2)                                 -> "C12"
 *   blockAddress({ row: 2, column: 1, rows: 7, columns: 3 }) -> "B3:D9"
 *   parseCellAddress("C12")                            -> { row: 11, column: 2 }
 */
import type { Block } from "./workbook-plan";

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The 0-based column of upper-case letters: "A" -> 0, "AB" -> 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "B3:D9" for a block of `rows` x `columns` from (row, column); one cell alone is "B3". */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const first = cellAddress(row, column);
  return rows === 1 && columns === 1
    ? first
    : `${first}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

export function blockAddress(block: Block): string {
  return rangeAddress(block.row, block.column, block.rows, block.columns);
}

/** The row and column of a plain address ("C12"), or null for anything else. */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (match === null) return null;
  return { row: Number(match[2]) - 1, column: columnIndex(match[1] as string) };
}
