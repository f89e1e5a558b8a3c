/**
 * The pane's actions outside Office: read the exhibit, plan the workbook, and make the .xlsx with
 * the writer loaded on demand (exceljs is large: it is a separate chunk, fetched on the first download).
 */
import { convertExhibit } from "../convert-exhibit";
import { EMPTY_WORKBOOK, planImport } from "../plan-import";
import { nameWorkbook } from "./name-workbook";
import type { PaneActions } from "./pane-actions";

/** `now` gives the time recorded with the import. */
export function makeDownloadActions(now: () => Date = () => new Date()): PaneActions {
  return {
    target: "download",
    convert: (text, name) => convertExhibit(text, { name }),
    async write({ text, name, result }, { onProgress }) {
      onProgress({ fraction: 0.1, message: "Planning the workbook…" });
      const plan = await planImport({ text, result }, EMPTY_WORKBOOK, { importedAt: now().toISOString() });
      onProgress({ fraction: 0.3, message: "Loading the .xlsx writer…" });
      const { writePlanToXlsx } = await import(
        /* webpackChunkName: "xlsx-writer" */ "../xlsx/write-plan-to-xlsx"
      );
      onProgress({ fraction: 0.5, message: `Writing ${plan.sheets.length} sheets…` });
      const bytes = await writePlanToXlsx(plan);
      return {
        sheets: plan.sheets.map((sheet) => sheet.name),
        findingCells: plan.findingCells,
        file: { name: nameWorkbook(name), bytes },
      };
    },
  };
}
