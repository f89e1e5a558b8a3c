/** loadWorkbookClass gives the very class the exceljs package exports, without loading the rest of it. */
import { loadWorkbookClass } from "../../src/xlsx/load-workbook-class";

test("it is the package's Workbook", async () => {
  const lean = loadWorkbookClass();
  expect((await import("exceljs")).Workbook).toBe(lean);
});
