/**
 * The second half of the pipeline, the same for the command line, the task pane and the tests:
 * what `convertExhibit` found, and what the workbook already holds, become a WorkbookPlan.
 *
 *   const result = convertExhibit(text, { name });
 *   const plan = await planImport({ text, result }, existing, { importedAt, onEarlier: ask });
 */
import type { InspectResult } from "./model/statement";
import type { ExistingWorkbook, ImportRecord, WorkbookPlan } from "./model/workbook-plan";
import { findEarlierImport } from "./plan/find-earlier-import";
import { importId } from "./plan/import-id";
import { planWorkbook } from "./plan/plan-workbook";

/** An exhibit as read: its text and what `convertExhibit` found in it. */
export interface ConvertedExhibit {
  text: string;
  result: InspectResult;
}

export interface ImportOptions {
  /** ISO time recorded with the import; null keeps the plan pure. */
  importedAt: string | null;
  /**
   * Asked when the workbook holds an earlier import of the same text: "replace" rewrites its
   * sheets in place, "add" writes a new copy (the answer when not asked). May throw to cancel.
   */
  onEarlier?: (earlier: ImportRecord) => Promise<"replace" | "add">;
}

export const EMPTY_WORKBOOK: ExistingWorkbook = { sheetNames: [], imports: [] };

export async function planImport(
  { text, result }: ConvertedExhibit,
  existing: ExistingWorkbook,
  options: ImportOptions,
): Promise<WorkbookPlan> {
  const id = importId(text);
  const earlier = findEarlierImport(existing, id);
  const replace =
    earlier !== null && options.onEarlier !== undefined && (await options.onEarlier(earlier)) === "replace";
  return planWorkbook(result, { text, id, existing, replace, importedAt: options.importedAt });
}
