/**
 * The earlier import of the same exhibit in a workbook, with the sheets of it that are still there
 * (a sheet the user deleted or renamed since is no longer Crossfoot's to replace).
 */
import type { ExistingWorkbook, ImportRecord } from "../model/workbook-plan";

export function findEarlierImport(existing: ExistingWorkbook, id: string): ImportRecord | null {
  const record = [...existing.imports].reverse().find((candidate) => candidate.id === id);
  if (record === undefined) return null;
  const present = new Set(existing.sheetNames.map((name) => name.toLowerCase()));
  const sheets = record.sheets.filter((name) => present.has(name.toLowerCase()));
  return sheets.length === 0 ? null : { ...record, sheets };
}
