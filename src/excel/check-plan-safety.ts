/**
 * What the writer refuses to do whatever the plan says: touch a sheet that is not Crossfoot's own
 * from an earlier import of the same exhibit, or add a sheet whose name is taken.
 *
 *   existing "Budget" (the user's), plan sheet "Budget" replaces: true  ->  refused
 *   plan.remove ["Notes"], "Notes" not in the earlier record            ->  refused
 */
import type { ExistingWorkbook, WorkbookPlan } from "../model/workbook-plan";

export interface SafePlan {
  /** Sheets to add, in plan order. */
  added: string[];
  /** Sheets to clear and rewrite in place. */
  replaced: string[];
  /** Crossfoot's earlier sheets to delete that still exist. */
  removed: string[];
}

/** The plan's effect on the workbook, or a sentence saying why it must not be written. */
export function checkPlanSafety(plan: WorkbookPlan, existing: ExistingWorkbook): SafePlan | string {
  const present = new Set(existing.sheetNames.map((name) => name.toLowerCase()));
  const earlier = existing.imports.find((record) => record.id === plan.record.id);
  const own = new Set((earlier?.sheets ?? []).map((name) => name.toLowerCase()));
  const seen = new Set<string>();
  const safe: SafePlan = { added: [], replaced: [], removed: [] };
  for (const sheet of plan.sheets) {
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) return `the plan names the sheet "${sheet.name}" twice`;
    seen.add(key);
    if (sheet.replaces) {
      if (!own.has(key))
        return `the sheet "${sheet.name}" is not one Crossfoot wrote for this exhibit, so it will not be replaced`;
      if (!present.has(key))
        return `the sheet "${sheet.name}" it should replace is no longer in the workbook`;
      safe.replaced.push(sheet.name);
    } else {
      if (present.has(key)) return `a sheet named "${sheet.name}" already exists`;
      safe.added.push(sheet.name);
    }
  }
  for (const name of plan.remove) {
    const key = name.toLowerCase();
    if (!own.has(key))
      return `the sheet "${name}" is not one Crossfoot wrote for this exhibit, so it will not be deleted`;
    if (seen.has(key)) return `the sheet "${name}" is both written and deleted by the plan`;
    if (present.has(key)) safe.removed.push(existing.sheetNames.find((n) => n.toLowerCase() === key) ?? name);
  }
  return safe;
}
