/**
 * Shows a cell to the user: activates its sheet and selects it (a finding's cell, from the task pane).
 *
 *   selectCell("IS 3M 2003-12-31", "C12")
 */
import { WorkbookWriteError } from "../errors";

export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    try {
      await context.sync();
    } catch (error) {
      const detail =
        typeof error === "object" && error !== null && "message" in error
          ? String(error.message)
          : String(error);
      throw new WorkbookWriteError(
        `Excel could not show cell ${address} of "${sheet}" (${detail}).`,
        detail,
        true,
      );
    }
  });
}
