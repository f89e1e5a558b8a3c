/**
 * Has LibreOffice (headless) open .xlsx workbooks, recalculate every formula, and export every sheet
 * as CSV of full-precision values, several workbooks per run of soffice:
 *
 *   recalculateWithLibreOffice([{ name: "q4", bytes }])
 *     -> Map { "q4" => Map { "IS 3M 2003-12-31" => [["Statement of Operations"], ..., ["Total", "36879", ...]] } }
 *
 * LibreOffice keeps the cached values of an .xlsx by default; a throw-away profile sets
 * OOXMLRecalcMode to 0 ("always recalculate") and the locale to en-US, and the CSV filter options
 * turn off "save cell contents as shown", so a cell formatted "#,##0" still gives 1234567.891.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import Decimal from "decimal.js";
import { parseCellAddress } from "../../src/model/a1";

/**
 * The CSV filter: field separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8), from row 1,
 * default column formats, language 1033 (en-US), text not always quoted, special numbers detected,
 * "save cell contents as shown" false, formulas not exported, spaces kept, sheet -1 (every sheet,
 * each to `<file>-<sheet>.csv`).
 */
export const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1";

/** Rows of cells as LibreOffice shows them in CSV: values, "#DIV/0!" or "Err:502" for errors. */
export type SheetValues = string[][];

export interface WorkbookFile {
  /** A name for the workbook, unique in one call: letters, digits, "-" and "_". */
  name: string;
  bytes: Uint8Array;
  /** The workbook's sheets, in order (LibreOffice names each CSV after its sheet). */
  sheets: string[];
}

export interface RecalculateOptions {
  /** False keeps the cached values, as LibreOffice does by default (to prove the option matters). */
  recalculate?: boolean;
  /** Milliseconds soffice may take for the whole batch. */
  timeout?: number;
}

export async function recalculateWithLibreOffice(
  workbooks: readonly WorkbookFile[],
  options: RecalculateOptions = {},
): Promise<Map<string, Map<string, SheetValues>>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-recalc-"));
  try {
    const profile = path.join(dir, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(
      path.join(profile, "user", "registrymodifications.xcu"),
      profileSettings(options.recalculate ?? true),
    );
    const inputs = workbooks.map((w) => {
      if (!/^[\w-]+$/.test(w.name)) throw new Error(`workbook name "${w.name}" is not a plain file name`);
      const file = path.join(dir, `${w.name}.xlsx`);
      fs.writeFileSync(file, w.bytes);
      return file;
    });
    const out = path.join(dir, "out");
    await runSoffice(
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        out,
        ...inputs,
      ],
      options.timeout ?? 300_000,
    );
    const results = new Map<string, Map<string, SheetValues>>();
    for (const w of workbooks) {
      const sheets = new Map<string, SheetValues>();
      for (const sheet of w.sheets) sheets.set(sheet, parseCsv(readSheetCsv(out, w, sheet)));
      results.set(w.name, sheets);
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The value of `address` ("C12") in rows read from CSV; "" for an empty cell. */
export function valueAt(rows: SheetValues, address: string): string {
  const at = parseCellAddress(address);
  if (at === null) throw new Error(`not an A1 address: ${address}`);
  return rows[at.row]?.[at.column] ?? "";
}

/**
 * The number in `address`, exactly as LibreOffice printed it (15 significant digits), or null when
 * the cell holds no number. Percent formats print with their sign: "54.9%" is 0.549.
 */
export function numberAt(rows: SheetValues, address: string): Decimal | null {
  const text = valueAt(rows, address);
  const match = /^(-?\d+(?:\.\d+)?(?:E[-+]?\d+)?)(%?)$/i.exec(text);
  if (match === null) return null;
  const value = new Decimal(match[1] ?? "");
  return match[2] === "%" ? value.div(100) : value;
}

/** True for the texts LibreOffice shows for a formula error. */
export function isErrorValue(text: string): boolean {
  return /^(Err:\d+|#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|FMT!))$/.test(text);
}

/** Rows of fields from CSV text: "," between fields, '"' around fields that need it, '""' for a quote. */
export function parseCsv(text: string): SheetValues {
  const rows: SheetValues = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A one-sheet workbook is exported to `<file>.csv`, others to `<file>-<sheet>.csv`. */
function readSheetCsv(out: string, workbook: WorkbookFile, sheet: string): string {
  const candidates = [path.join(out, `${workbook.name}-${sheet}.csv`)];
  if (workbook.sheets.length === 1) candidates.push(path.join(out, `${workbook.name}.csv`));
  const found = candidates.find((file) => fs.existsSync(file));
  if (found === undefined) {
    const listing = fs.existsSync(out) ? fs.readdirSync(out).join(", ") : "(no output folder)";
    throw new Error(
      `LibreOffice wrote no CSV for sheet "${sheet}" of ${workbook.name}; it wrote: ${listing}`,
    );
  }
  return fs.readFileSync(found, "utf8");
}

function profileSettings(recalculate: boolean): string {
  const item = (node: string, prop: string, value: string): string =>
    `<item oor:path="${node}"><prop oor:name="${prop}" oor:op="fuse"><value>${value}</value></prop></item>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    // 0 always recalculates, 1 never does
    item("/org.openoffice.Office.Calc/Formula/Load", "OOXMLRecalcMode", recalculate ? "0" : "1"),
    item("/org.openoffice.Setup/L10N", "ooLocale", "en-US"),
    item("/org.openoffice.Setup/L10N", "ooSetupSystemLocale", "en-US"),
    "</oor:items>",
  ].join("\n");
}

function runSoffice(args: string[], timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      "soffice",
      args,
      { timeout, env: { ...process.env, LC_ALL: "C.UTF-8" } },
      (error, stdout, stderr) => {
        if (error === null) resolve();
        else reject(new Error(`soffice failed (${error.message.split("\n")[0] ?? ""}): ${stdout} ${stderr}`));
      },
    );
  });
}
