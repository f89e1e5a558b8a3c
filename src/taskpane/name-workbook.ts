/**
 * The file name of the workbook made from an exhibit:
 *
 *   "mpower-2003q4.txt" -> "mpower-2003q4.xlsx"
 *   "pasted exhibit"    -> "pasted exhibit.xlsx"
 */
export function nameWorkbook(exhibit: string): string {
  const base = exhibit
    .replace(/^.*[\\/]/, "")
    .replace(/\.[^.]*$/, "")
    .replace(/\p{Cc}/gu, "")
    .trim();
  return `${base === "" ? "exhibit" : base}.xlsx`;
}
