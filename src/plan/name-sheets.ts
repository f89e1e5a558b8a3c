/**
 * Sheet names Excel accepts, unique in the workbook: at most 31 characters, none of `\ / ? * [ ] :`,
 * no quote at either end, not "History", unique ignoring case against the workbook's sheets and
 * each other (a taken name gets " (2)", " (3)", ...).
 *
 *   "IS 3M 2003-12-31"  taken  ->  "IS 3M 2003-12-31 (2)"
 *   "Q4: [draft]*"             ->  "Q4 draft"
 */

export const MAX_SHEET_NAME = 31;

/** A name Excel accepts, from any wished text. */
export function cleanSheetName(wanted: string): string {
  let name = wanted
    .replace(/[\\/?*[\]:]/g, " ")
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  name = name.replace(/^'+/, "").trim().slice(0, MAX_SHEET_NAME).trim();
  name = name.replace(/'+$/, "").trim();
  if (name === "" || name.toLowerCase() === "history") name = name === "" ? "Sheet" : `${name} 1`;
  return name;
}

/** Final names for `wanted`, in order, clashing with neither `existing` nor each other. */
export function nameSheets(wanted: readonly string[], existing: readonly string[]): string[] {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  return wanted.map((text) => {
    const base = cleanSheetName(text);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
