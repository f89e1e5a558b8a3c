/**
 * A statement's sheet: the live model (inputs as values, totals, derived and linked rows as
 * formulas), every figure as reported beside it, a live difference and tolerance per formula cell,
 * red and amber marks where they disagree, and each row's link to its line of the exhibit.
 *
 *   Statement of Operations
 *   Mpower Holding Corporation · mpower-2003q4.txt, lines 208-263
 *   Amounts in $ thousands, except per-share amounts
 *
 *                        Model (live)      Line   As reported     Difference   Tolerance
 *   Total Revenues       =B9+B10            216   36,879          =ROUND(B11-G11,10)   1
 */
import type { CellAddress } from "../model/formula";
import { renderFormula } from "../model/formula";
import type { CellFormula } from "../model/formula-of";
import type { Check } from "../model/check";
import type { Finding } from "../model/finding";
import type { Relation } from "../model/relation";
import type { Cell, Column, Row, Statement } from "../model/statement";
import type { LiveCheck, SheetPlan } from "../model/workbook-plan";
import { cellAddress } from "../model/a1";
import { linkFormula, sheetReference } from "./sheet-reference";
import { describeBasis, describePeriod, describeUnits } from "./describe-columns";
import { DATE_FORMAT, GENERAL_FORMAT, isPercentCell, numberFormatOf, sheetValue } from "./number-format";
import {
  block,
  format,
  makeGrid,
  put,
  putFormula,
  putNumber,
  putText,
  style,
  toSheetPlan,
} from "./sheet-grid";
import type { SheetGrid } from "./sheet-grid";
import type { StatementLayout } from "./statement-layout";
import { liveAddress, reportedAddress, sheetRow } from "./statement-layout";

export interface PlanContext {
  exhibit: string;
  company: string | null;
  layouts: ReadonlyMap<string, StatementLayout>;
  formulaAt: (statement: string, row: number, column: number) => CellFormula | null;
  /** Indexes of the findings about a cell (row and column given) or a row (column null). */
  findingsAt: (statement: string, row: number, column: number | null) => number[];
  findings: readonly Finding[];
  /** Every check the checker made; the sheets render them and never judge a figure themselves. */
  checks: readonly Check[];
  /** The index of the check of `relation` on `column`, or null where it made none. */
  checkOf: (relation: Relation, column: number) => number | null;
  sourceSheet: string;
}

export const COLORS = {
  mismatchFill: "#FDE7E9",
  mismatchText: "#A4262C",
  roundingFill: "#FFF4CE",
  roundingText: "#7A4D00",
  caption: "#F3F2F1",
  reported: "#FAF9F8",
  muted: "#605E5C",
  warning: "#8A3707",
  statementTab: "#0F6CBD",
};

/**
 * A check's numbers as the sheet holds them: percentages as fractions, so a tolerance of 0.05
 * points is 0.0005 and a figure compared at one decimal of a percent is rounded at three.
 */
export function sheetTolerance(row: Row, column: Column | undefined, check: Check): string {
  return sheetValue(row, column, check.tolerance);
}

export function sheetPlaces(row: Row, column: Column | undefined, check: Check): number | null {
  return check.places === null ? null : check.places + (isPercentCell(row, column) ? 2 : 0);
}

function figureCell(
  row: Row,
  column: Column | undefined,
  cell: Cell,
): { kind: "number"; value: string } | { kind: "text"; text: string } {
  return cell.value === null
    ? { kind: "text", text: cell.text }
    : { kind: "number", value: sheetValue(row, column, cell.value) };
}

function putHeaders(grid: SheetGrid, layout: StatementLayout): void {
  const { statement } = layout;
  const n = statement.columns.length;
  const blocks: [number, string][] = [
    [layout.live, "Model (live)"],
    [layout.reported, "As reported"],
    [layout.difference, "Difference (model - reported)"],
    [layout.tolerance, "Tolerance"],
  ];
  for (const [first, caption] of blocks) {
    putText(grid, layout.captionRow, first, caption);
    style(grid, block(layout.captionRow, first, 1, n), { bold: true, fill: COLORS.caption });
    statement.columns.forEach((column, index) => {
      putText(grid, layout.headerRow, first + index, column.header);
      putText(grid, layout.periodRow, first + index, describePeriod(column));
      if (column.period?.end)
        put(grid, layout.endRow, first + index, { kind: "date", date: column.period.end });
      if (layout.basisRow !== null) putText(grid, layout.basisRow, first + index, describeBasis(column));
    });
    style(grid, block(layout.headerRow, first, 1, n), {
      bold: true,
      wrapText: true,
      horizontalAlignment: "Right",
    });
    style(grid, block(layout.periodRow, first, layout.firstRow - layout.periodRow, n), {
      horizontalAlignment: "Right",
    });
    style(grid, block(layout.firstRow - 1, first, 1, n), { borderBottom: true });
    format(grid, block(layout.endRow, first, 1, n), DATE_FORMAT);
  }
  putText(grid, layout.captionRow, layout.line, "Line");
  style(grid, block(layout.captionRow, layout.line), { bold: true, fill: COLORS.caption });
  putText(grid, layout.periodRow, 0, "Period");
  putText(grid, layout.endRow, 0, "Period end");
  if (layout.basisRow !== null) {
    putText(grid, layout.basisRow, 0, "Basis");
    style(grid, block(layout.basisRow, 0, 1, layout.width), { italic: true });
  }
  style(grid, block(layout.periodRow, 0, layout.firstRow - layout.periodRow), { color: COLORS.muted });
}

/** Columns whose basis differs from the column before: a line left of each, in every block. */
function markBases(grid: SheetGrid, layout: StatementLayout, lastRow: number): number[] {
  const columns = layout.statement.columns;
  const breaks = columns.flatMap((column, index) => {
    const previous = columns[index - 1];
    return index > 0 && previous !== undefined && (column.basis ?? "") !== (previous.basis ?? "")
      ? [index]
      : [];
  });
  for (const index of breaks) {
    for (const first of [layout.live, layout.reported, layout.difference, layout.tolerance]) {
      style(grid, block(layout.headerRow, first + index, lastRow - layout.headerRow + 1, 1), {
        borderLeft: true,
      });
    }
  }
  return breaks;
}

/** Points per line of 11-point text, and the most lines a header row is given. */
const LINE_POINTS = 15;
const MAX_HEADER_LINES = 6;

/**
 * The header row tall enough for its longest wrapped header: about one line per column width of
 * text, words kept whole.
 *
 *   "REORGANIZED MPOWER HOLDING THREE MONTHS ENDED DECEMBER 31, 2003" in 15 characters -> 5 lines
 */
function headerHeight(statement: Statement, width: number, row: number): SheetPlan["rowHeights"] {
  const linesOf = (text: string): number => {
    let lines = 1;
    let used = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed > width - 1 && used > 0) {
        lines += 1;
        used = word.length;
      } else used = needed;
    }
    return lines;
  };
  const lines = Math.min(
    MAX_HEADER_LINES,
    Math.max(1, ...statement.columns.map((column) => linesOf(column.header))),
  );
  return lines > 1 ? [{ row, height: lines * LINE_POINTS }] : [];
}

export function planStatementSheet(
  layout: StatementLayout,
  context: PlanContext,
): { sheet: SheetPlan; liveChecks: LiveCheck[] } {
  const { statement } = layout;
  const grid = makeGrid();
  const n = statement.columns.length;
  const liveChecks: LiveCheck[] = [];

  putText(grid, 0, 0, statement.title);
  style(grid, block(0, 0), { bold: true, size: 14 });
  const document = statement.document === null ? "" : ` (${statement.document})`;
  const company = context.company === null ? "" : `${context.company} · `;
  putText(
    grid,
    1,
    0,
    `${company}${context.exhibit}${document}, lines ${statement.lines[0]}-${statement.lines[1]}`,
  );
  putText(grid, 2, 0, describeUnits(statement));
  style(grid, block(1, 0, 2), { color: COLORS.muted });
  putHeaders(grid, layout);

  const print = (column: number) => (address: CellAddress) => {
    const target = context.layouts.get(address.statement);
    if (target === undefined) return "#REF!";
    const local = liveAddress(target, address.row, address.column ?? column);
    return address.statement === statement.id ? local : sheetReference(target.sheet, local);
  };

  statement.rows.forEach((row, index) => {
    const at = sheetRow(layout, index);
    putText(grid, at, 0, row.label);
    if (row.depth > 0) style(grid, block(at, 0), { indent: Math.min(row.depth, 15) });
    if (row.kind !== "item") style(grid, block(at, 0), { bold: true });
    putFormula(grid, at, layout.line, linkFormula(context.sourceSheet, `A${row.line}`, String(row.line)));
    statement.columns.forEach((_, column) => {
      const cellFormat = numberFormatOf(row, statement.columns, column);
      for (const first of [layout.live, layout.reported, layout.difference])
        format(grid, block(at, first + column, 1, 1), cellFormat);
    });
    format(grid, block(at, layout.tolerance, 1, n), GENERAL_FORMAT);

    row.cells.forEach((cell, column) => {
      if (cell === null) return;
      const reported = figureCell(row, statement.columns[column], cell);
      const live = layout.live + column;
      if (reported.kind === "text") {
        putText(grid, at, live, reported.text);
        putText(grid, at, layout.reported + column, reported.text);
        return;
      }
      put(grid, at, layout.reported + column, reported);
      const found = context.formulaAt(statement.id, index, column);
      // A formula only where the checker checked it: never over a cell that holds no number.
      const checkIndex = found === null ? null : context.checkOf(found.relation, column);
      const check = checkIndex === null ? undefined : context.checks[checkIndex];
      if (found === null || checkIndex === null || check === undefined) {
        putNumber(grid, at, live, reported.value);
        return;
      }
      putFormula(grid, at, live, renderFormula(found.formula, print(column)));
      const liveCell = cellAddress(at, live);
      const reportedCell = cellAddress(at, layout.reported + column);
      const places = sheetPlaces(row, statement.columns[column], check);
      const compared = places === null ? liveCell : `ROUND(${liveCell},${places})`;
      const difference = cellAddress(at, layout.difference + column);
      const tolerance = cellAddress(at, layout.tolerance + column);
      putFormula(grid, at, layout.difference + column, `=ROUND(${compared}-${reportedCell},10)`);
      const about = context.findingsAt(statement.id, index, column);
      putNumber(grid, at, layout.tolerance + column, sheetTolerance(row, statement.columns[column], check));
      liveChecks.push({
        sheet: layout.sheet,
        live: liveCell,
        reported: reportedCell,
        difference,
        tolerance,
        findings: about,
        check: checkIndex,
      });
    });
  });

  const lastRow = sheetRow(layout, Math.max(0, statement.rows.length - 1));
  const rows = Math.max(1, statement.rows.length);
  style(grid, block(layout.firstRow, layout.reported, rows, n), { fill: COLORS.reported });
  style(grid, block(layout.firstRow, layout.line, rows, 1), { horizontalAlignment: "Center" });
  style(grid, block(layout.firstRow, layout.difference, rows, 2 * n + 1), { color: COLORS.muted });
  const breaks = markBases(grid, layout, lastRow);
  if (breaks.length > 0) {
    const bases = [...new Set(statement.columns.map((column) => column.basis ?? "unstated"))];
    putText(grid, 3, 0, `Columns on different bases (${bases.join(" | ")}) are not comparable.`);
    style(grid, block(3, 0), { bold: true, color: COLORS.warning });
  }

  // Red where a live figure is off by more than its tolerance, amber where it is off by rounding.
  const difference = cellAddress(layout.firstRow, layout.difference);
  const tolerance = cellAddress(layout.firstRow, layout.tolerance);
  for (const first of [layout.live, layout.difference]) {
    const where = block(layout.firstRow, first, rows, n);
    grid.conditionalFormats.push(
      {
        block: where,
        formula: `=ABS(${difference})>${tolerance}`,
        fill: COLORS.mismatchFill,
        color: COLORS.mismatchText,
      },
      { block: where, formula: `=${difference}<>0`, fill: COLORS.roundingFill, color: COLORS.roundingText },
    );
  }

  const labelWidth = Math.min(
    60,
    Math.max(28, ...statement.rows.map((row) => row.label.length + 3 * Math.min(row.depth, 15) + 2)),
  );
  const columnWidths = [labelWidth];
  for (let column = 1; column < layout.width; column += 1) {
    if (column === layout.line) columnWidths.push(7);
    else if ([layout.reported - 1, layout.difference - 1, layout.tolerance - 1].includes(column))
      columnWidths.push(2);
    else if (column >= layout.tolerance) columnWidths.push(10);
    else if (column >= layout.difference) columnWidths.push(12);
    else columnWidths.push(15);
  }
  const sheet = toSheetPlan(grid, {
    name: layout.sheet,
    role: "statement",
    rowHeights: headerHeight(statement, columnWidths[layout.live] ?? 15, layout.headerRow),
    statement: statement.id,
    replaces: false,
    columnWidths,
    freeze: { rows: layout.firstRow, columns: 1 },
    showGridlines: false,
    tabColor: COLORS.statementTab,
  });
  return { sheet, liveChecks };
}

/** The statement rows' sheet rows and reported cells, for the Checks sheet. */
export function reportedCell(
  layouts: ReadonlyMap<string, StatementLayout>,
  statement: Statement["id"],
  row: number,
  column: number,
): string | null {
  const layout = layouts.get(statement);
  return layout === undefined ? null : sheetReference(layout.sheet, reportedAddress(layout, row, column));
}
