/**
 * The quoting Excel wants in formulas: sheet names, text literals, links (addresses come from
 * `model/a1.ts`).
 *
 *   sheetReference("Bob's Q4", "C7")  -> "'Bob''s Q4'!C7"
 *   textLiteral('say "hi"')           -> "\"say \"\"hi\"\"\""
 */

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
