/**
 * Crossfoot's import records as a workbook setting holds them (a JSON array of ImportRecord under
 * IMPORTS_KEY), read without trusting them and written back without losing what it could not read.
 *
 *   '[{"id":"9f2c","exhibit":"q4.txt","importedAt":null,"sheets":["BS 2003-12-31"]}, 42]'
 *   ->  imports: [the record]; entries keep 42 where it was
 */
import type { ImportRecord } from "../model/workbook-plan";

export interface ImportRecords {
  /** The valid records, in order. */
  imports: ImportRecord[];
  /** Every entry of the stored array as found, valid or not, so a rewrite loses nothing. */
  entries: unknown[];
  /** The stored value when it is not a JSON array at all (kept aside by the writer), else null. */
  unreadable: string | null;
}

/** `value` is the setting's value: null when there is no setting. */
export function parseImportRecords(value: unknown): ImportRecords {
  if (value === null || value === undefined) return { imports: [], entries: [], unreadable: null };
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return { imports: [], entries: [], unreadable: value };
    }
  }
  if (!Array.isArray(parsed)) {
    return {
      imports: [],
      entries: [],
      unreadable: typeof value === "string" ? value : JSON.stringify(value),
    };
  }
  const entries: unknown[] = parsed;
  return { imports: entries.filter(isImportRecord), entries, unreadable: null };
}

/** The setting's new value: `record` replaces the entry with its id, or is added at the end. */
export function renderImportRecords(records: ImportRecords, record: ImportRecord): string {
  const entries = [...records.entries];
  const at = entries.findIndex((entry) => isImportRecord(entry) && entry.id === record.id);
  if (at >= 0) entries[at] = record;
  else entries.push(record);
  return JSON.stringify(entries);
}

export function isImportRecord(value: unknown): value is ImportRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.id === "string" &&
    typeof record.exhibit === "string" &&
    (record.importedAt === null || typeof record.importedAt === "string") &&
    Array.isArray(record.sheets) &&
    record.sheets.every((sheet) => typeof sheet === "string")
  );
}
