/**
 * The pane's actions inside Excel: read the exhibit, then one write through the Office writer that
 * reads the workbook, asks the user whether to replace an earlier import of the same exhibit,
 * plans, and writes; a finding's cell is selected on demand. The writer's functions come in from
 * the entry point (`taskpane.ts`), so the pane never reaches Office.js itself.
 */
import { convertExhibit } from "../convert-exhibit";
import { ImportCancelled } from "../errors";
import type { selectCell } from "../excel/select-cell";
import type { writePlanToExcel, WriteProgress as ExcelProgress } from "../excel/write-plan-to-excel";
import { planImport } from "../plan-import";
import type { PaneActions, WriteProgress } from "./pane-actions";

/** The Office writer's two entry points. */
export interface ExcelWriter {
  writePlanToExcel: typeof writePlanToExcel;
  selectCell: typeof selectCell;
}

/** The writer's stage as a fraction and words: writing takes most of the time. */
export function describeProgress(progress: ExcelProgress): WriteProgress {
  const { stage, batch = 1, batches = 1 } = progress;
  switch (stage) {
    case "reading":
      return { fraction: 0.05, message: "Reading the workbook…" };
    case "planning":
      return { fraction: 0.15, message: "Planning the sheets…" };
    case "writing":
      return {
        fraction: 0.2 + (0.75 * (batch - 1)) / batches,
        message: batches === 1 ? "Writing the sheets…" : `Writing part ${batch} of ${batches}…`,
      };
    case "cleaning-up":
      return { fraction: 1, message: "Excel refused the write; removing the sheets it had started…" };
    case "done":
      return { fraction: 1, message: "Done." };
  }
}

/** `now` gives the time recorded with the import. */
export function makeExcelActions(
  { writePlanToExcel, selectCell }: ExcelWriter,
  now: () => Date = () => new Date(),
): PaneActions {
  return {
    target: "excel",
    convert: (text, name) => convertExhibit(text, { name }),
    async write({ text, name, result }, { onProgress, askReplace }) {
      try {
        const report = await writePlanToExcel(
          (existing) =>
            planImport({ text, result }, existing, {
              importedAt: now().toISOString(),
              async onEarlier(earlier) {
                const choice = await askReplace({
                  exhibit: earlier.exhibit || name,
                  sheets: earlier.sheets.length,
                  importedAt: earlier.importedAt,
                });
                if (choice === "cancel") throw new ImportCancelled();
                return choice;
              },
            }),
          { onProgress: (progress) => onProgress(describeProgress(progress)) },
        );
        return {
          sheets: report.plan.sheets.map((sheet) => sheet.name),
          findingCells: report.plan.findingCells,
          file: null,
        };
      } catch (error) {
        if (error instanceof ImportCancelled) return null;
        throw error;
      }
    },
    select: ({ sheet, address }) => selectCell(sheet, address),
  };
}
