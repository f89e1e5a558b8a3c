/**
 * exceljs's Workbook class alone, for Node: the package's entry point also loads its streaming
 * reader and writer (unzipper, archiver and their dependencies), which doubles the start-up time
 * of a command that writes one workbook. The browser build imports the package as usual.
 *
 *   writePlanToXlsx(plan, { Workbook: loadWorkbookClass() })
 */
import type { Workbook } from "exceljs";

export function loadWorkbookClass(): typeof Workbook {
  // the same class the package exports as Workbook (exceljs 4.4.0: lib/exceljs.nodejs.js)
  return require("exceljs/lib/doc/workbook") as typeof Workbook;
}
