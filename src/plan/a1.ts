/**
 * A1 addresses and the quoting Excel wants in formulas; rows and columns come in 0-based.
 *
 *   columnLetters(27)                 -> "AB"
 *   cellAddress(11, 2)                -> "C12"
 *   sheetReference("Bob's Q4", "C7")  -> "'Bob''s Q4'!C7"
 *   textLiteral('say "hi"')           -> "\"say \"\"hi\"\"\""
 */

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "B3:D9" for a block of `rows` x `columns` from (row, column). */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const first = cellAddress(row, column);
  return rows === 1 && columns === 1
    ? first
    : `${first}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** A sheet name as a formula names it: always quoted, embedded quotes doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

export function sheetReference(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/** A string literal inside a formula. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A link to a cell of the workbook, as a formula both Excel and LibreOffice follow on click. */
export function linkFormula(sheet: string, address: string, label: string): string {
  return `=HYPERLINK(${textLiteral(`#${sheetReference(sheet, address)}`)},${textLiteral(label)})`;
}
