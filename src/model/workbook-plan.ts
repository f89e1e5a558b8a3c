/**
 * The workbook Crossfoot writes, as plain data: both writers (Office.js in `src/excel/`, .xlsx in
 * `src/xlsx/`) apply the same plan and decide nothing themselves. Rows and columns are 0-based;
 * A1 text appears only inside formulas, rendered by the planner.
 *
 *   sheet "IS 3M 2003-12-31"
 *     A1  Statement of Operations                       (text)
 *     C12 =C10-C11                                      (formula, number format "#,##0_);(#,##0);\"-\"_)")
 *     H12 -2118                                         (as reported: a number)
 *     M12 =HYPERLINK("#'Source'!A216","216")            (a link to the exhibit's line)
 */

/**
 * A cell:
 *  - text: written as a string, never parsed (a label that starts with "=" stays text);
 *  - number: an exact decimal string ("-2118", "0.549");
 *  - formula: A1 text starting with "=";
 *  - date: an ISO date ("2003-12-31"), written as the spreadsheet's date serial (see `dateSerial`).
 */
export type PlanCell =
  | { kind: "text"; text: string }
  | { kind: "number"; value: string }
  | { kind: "formula"; formula: string }
  | { kind: "date"; date: string };

/** The number format that keeps a cell's text as text: no host parses what is written there. */
export const TEXT_FORMAT = "@";

/** Statement sheets in one workbook at most; the statements after them get a finding on the Checks sheet. */
export const MAX_STATEMENT_SHEETS = 200;

/** A rectangle of cells: first row and column (0-based), and how many of each. */
export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** How a block of cells looks; each property applies to the whole block. Later blocks win. */
export interface StyleBlock {
  block: Block;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (the default is the workbook's, 11). */
  size?: number;
  /** Font name ("Consolas" for the exhibit's fixed-width lines); the workbook's default otherwise. */
  fontName?: string;
  /** Font colour, "#RRGGBB". */
  color?: string;
  /** Fill colour, "#RRGGBB". */
  fill?: string;
  /** A thin line under the block's last row. */
  borderBottom?: boolean;
  /** A medium line left of the block's first column (marks columns that are not comparable). */
  borderLeft?: boolean;
  horizontalAlignment?: "Left" | "Right" | "Center";
  /** Indent level of text (Excel's indentLevel; each level about 3 characters). */
  indent?: number;
  wrapText?: boolean;
}

/**
 * Marks cells of `block` for which `formula` is true. The formula is written for the block's
 * top-left cell with relative references (`=ABS(M12)>R12`), as Excel and the .xlsx format expect.
 * Rules are listed in priority order: the first that holds wins.
 */
export interface ConditionalFormat {
  block: Block;
  formula: string;
  /** Fill colour, "#RRGGBB". */
  fill: string;
  /** Font colour, "#RRGGBB". */
  color: string;
}

export type SheetRole = "statement" | "checks" | "source";

export interface SheetPlan {
  /** Final name, valid in Excel and unique in the workbook it is written to. */
  name: string;
  role: SheetRole;
  /** The statement shown ("s2"), or null for the Checks and Source sheets. */
  statement: string | null;
  /**
   * True when this sheet rewrites, in place, a sheet of the same name that an earlier import of
   * the same exhibit wrote: the writer clears it and writes again, so formulas elsewhere that
   * point at it keep working. False: the writer adds a new sheet.
   */
  replaces: boolean;
  /** Rows of cells from A1; rows may be shorter than others; null is an empty cell. */
  cells: (PlanCell | null)[][];
  /** Number formats, one per block (a later block wins where two overlap). */
  numberFormats: { block: Block; format: string }[];
  styles: StyleBlock[];
  conditionalFormats: ConditionalFormat[];
  /** Column widths in characters, from column A; missing columns keep the default. */
  columnWidths: number[];
  /** Heights in points of the rows that need more than one line (wrapped headers); others keep the default. */
  rowHeights: { row: number; height: number }[];
  /** Rows and columns frozen at the top and left. */
  freeze: { rows: number; columns: number };
  showGridlines: boolean;
  /** Tab colour, "#RRGGBB", or null. */
  tabColor: string | null;
}

/** What the workbook records about an import, so a re-import can find its own sheets. */
export interface ImportRecord {
  /** A hash of the exhibit's text: the same text gives the same id (see `importId`). */
  id: string;
  /** The exhibit's name as the user gave it ("mpower-2003q4.txt"). */
  exhibit: string;
  /** ISO time of the import, or null in tests (plans are pure). */
  importedAt: string | null;
  /** The sheets this import wrote, in order. */
  sheets: string[];
}

/** Where a finding shows in the workbook: the cell it is about, for "select its cell". */
export interface FindingCell {
  /** Index into the InspectResult's `findings`. */
  finding: number;
  sheet: string;
  /** A1 address without the sheet ("C12"). */
  address: string;
}

/** A verdict of the Checks sheet's status formulas: the checker's verdicts. */
export type CheckStatus = import("./check").CheckVerdict;

/**
 * A live formula cell and the cells that judge it (all on `sheet`, A1 addresses), so tests and the
 * task pane can read a recalculated workbook: |difference| <= tolerance unless a finding says
 * otherwise.
 */
export interface LiveCheck {
  sheet: string;
  live: string;
  reported: string;
  difference: string;
  tolerance: string;
  /** Indexes into the InspectResult's `findings` about this cell. */
  findings: number[];
  /** Index into the InspectResult's `checks` of the check this cell's tolerance comes from. */
  check: number;
}

/** A status cell of the Checks sheet and the checker's verdict it must show once recalculated. */
export interface StatusCheck {
  sheet: string;
  address: string;
  expected: CheckStatus;
  /** Index into the InspectResult's `findings` of the check's finding, or null when it has none. */
  finding: number | null;
  /** Index into the InspectResult's `checks` of the check the row shows. */
  check: number;
}

export interface WorkbookPlan {
  /** The record the writer stores in the workbook (replacing the earlier record of the same id). */
  record: ImportRecord;
  /** Sheets in the order they are added, the first shown when the import is done. */
  sheets: SheetPlan[];
  /** Crossfoot's own sheets of the earlier import of this exhibit that this plan no longer writes: deleted. */
  remove: string[];
  /** The cell of each finding that has one. */
  findingCells: FindingCell[];
  liveChecks: LiveCheck[];
  statusChecks: StatusCheck[];
}

/** The workbook as the writer finds it before writing, read in one batch. */
export interface ExistingWorkbook {
  sheetNames: string[];
  /** Imports Crossfoot made earlier in this workbook. */
  imports: ImportRecord[];
}

/** Where Crossfoot keeps its import records: a workbook setting (Office) or custom property (.xlsx) of this name, holding a JSON array of ImportRecord. */
export const IMPORTS_KEY = "crossfoot.imports";

/**
 * The spreadsheet serial of an ISO date (1900 date system): days since 1899-12-30.
 *
 *   "2003-12-31" -> 37986
 */
export function dateSerial(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Math.round((Date.UTC(year ?? 1900, (month ?? 1) - 1, day ?? 1) - Date.UTC(1899, 11, 30)) / 86400000);
}
