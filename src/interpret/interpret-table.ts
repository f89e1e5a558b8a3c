/** Interprets one text table as a statement: title, kind, scale, typed columns and rows of exact figures. */
import type { Amount } from "../model/amount";
import type { Finding } from "../model/finding";
import { makeFinding } from "../model/make-finding";
import type { Span } from "../model/span";
import type { Cell, Column, Row, RowKind, Statement } from "../model/statement";
import type { HeaderPiece, TextRow, TextTable } from "../model/text-table";
import { classifyStatement, detectTitle } from "./classify-statement";
import { detectColumnMeasure } from "./detect-column-measure";
import { detectRowUnit } from "./detect-row-unit";
import { detectScale } from "./detect-scale";
import { parseAmount } from "./parse-amount";
import { findStatedEnd, parseColumnHeader, type ColumnHeaderMeaning } from "./parse-column-header";

export interface InterpretedTable {
  statement: Statement;
  /** Per column: true when its header was a bare date whose length a flow statement must infer. */
  bareDates: boolean[];
}

export function interpretTable(table: TextTable, id: string, findings: Finding[]): InterpretedTable {
  const titleTexts = table.titleLines.map((s) => s.text);
  const contextTexts = [...table.context].reverse().map((s) => s.text);
  const headerTexts = table.headers.map((h) => h.text);
  const parsed = table.rows.map((r) => r.cells.map((c) => (c ? parseAmount(c.text) : null)));
  const statedEnd = findStatedEnd([...titleTexts, ...headerTexts, ...contextTexts]);
  const meanings = table.columns.map((_, i) => readColumn(table, i, id, findings, parsed, statedEnd));
  const columns: Column[] = meanings.map(({ column }) => column);
  const rows = buildRows(table, id, findings, columns, parsed);
  const title =
    detectTitle([...titleTexts, ...contextTexts]) ?? titleTexts[0]?.trim() ?? `Table ${id.slice(1)}`;
  const kind = classifyStatement(
    title,
    headerTexts.join(" "),
    rows.map((r) => r.label),
    columns.some((c) => c.scenario !== null),
  );
  const scale = detectScale([...titleTexts, ...headerTexts, ...contextTexts]) ?? 1;
  const statement: Statement = {
    id,
    title,
    kind,
    scale,
    document: table.document,
    lines: [table.firstLine, table.lastLine],
    columns,
    rows,
  };
  return { statement, bareDates: meanings.map((m) => m.meaning.bareDate) };
}

function readColumn(
  table: TextTable,
  index: number,
  id: string,
  findings: Finding[],
  parsed: readonly (Amount | null)[][],
  statedEnd: string | null,
): { column: Column; meaning: ColumnHeaderMeaning } {
  const pieces = table.headers.filter((h) => h.columns.includes(index) && !isTitleLine(table, h));
  const meaning = parseColumnHeader(
    pieces.map((p) => p.text),
    statedEnd,
  );
  if (meaning.unreadable !== null) {
    findings.push(
      makeFinding("header-not-period", {
        statement: id,
        column: index,
        line: pieces[0]?.line ?? table.firstLine,
        text: meaning.unreadable,
      }),
    );
  }
  const header = pieces.map((p) => p.text.trim()).join(" ");
  const others = parsed.map((cells) => cells.filter((_, i) => i !== index));
  const column: Column = {
    header,
    period: meaning.period,
    basis: meaning.basis,
    scenario: meaning.scenario,
    role: meaning.role,
    measure: detectColumnMeasure({
      header,
      role: meaning.role,
      amounts: parsed.flatMap((cells) => cells[index] ?? []),
      wholeTable: isWholeNumberTable(others),
    }),
  };
  return { column, meaning };
}

/**
 * A header line that is a title, not part of any column's header: alone on its line, over every
 * column of a table of several, and naming no period, basis, scenario or role.
 *
 *                    Average Balances and Interest Rates        <- a title
 *                        1999                    1998
 *                 Balance   Interest  Rate   Balance  Interest  Rate
 */
function isTitleLine(table: TextTable, piece: HeaderPiece): boolean {
  if (table.columns.length < 2 || piece.columns.length < table.columns.length) return false;
  if (table.headers.some((other) => other !== piece && other.line === piece.line)) return false;
  const meaning = parseColumnHeader([piece.text]);
  return (
    meaning.period === null &&
    meaning.basis === null &&
    meaning.scenario === null &&
    meaning.role === "other" &&
    meaning.unreadable === null
  );
}

/** Rule rows are dropped; a row right under a rule, or labelled "Total", is a total. */
function buildRows(
  table: TextTable,
  id: string,
  findings: Finding[],
  columns: readonly Column[],
  parsed: readonly (Amount | null)[][],
): Row[] {
  const indents = [...new Set(table.rows.filter((r) => r.kind !== "rule").map((r) => r.indent))].sort(
    (a, b) => a - b,
  );
  // Where a column holds the per-share amounts ("Pretax  Earnings Per Share"), decimals say nothing of a row.
  const perShareColumn = columns.some((column) => PER_SHARE_HEADER.test(column.header));
  // Amounts printed to a tenth ("1,234.5" in millions) set cents apart as well as whole ones do.
  const wholeNumbers = !perShareColumn && isWholeNumberTable(parsed, 1);
  const rows: Row[] = [];
  let section: string | null = null;
  let sectionOpen = false;
  let lastLine = 0;
  table.rows.forEach((textRow, k) => {
    const firstLine = textRow.labelSpans[0]?.line ?? textRow.line;
    if (firstLine > lastLine + 1 && sectionOpen) section = null;
    lastLine = textRow.line;
    if (textRow.kind === "rule") return;
    if (textRow.kind === "heading") {
      section = textRow.label;
      sectionOpen = false;
    } else {
      sectionOpen = section !== null;
    }
    const amounts = parsed[k] ?? [];
    const index = rows.length;
    const cells = textRow.cells.map((c, col) =>
      c ? makeCell(c, amounts[col] ?? null, { statement: id, row: index, column: col }, findings) : null,
    );
    rows.push({
      label: textRow.label,
      line: textRow.line,
      depth: Math.max(0, indents.indexOf(textRow.indent)),
      unit: detectRowUnit({
        label: textRow.label,
        amounts: amounts.filter((a): a is Amount => a !== null),
        section,
        wholeNumbers,
      }),
      kind: rowKind(textRow, table.rows[k - 1]),
      cells,
    });
  });
  return rows;
}

function rowKind(row: TextRow, above: TextRow | undefined): RowKind {
  if (row.kind === "heading") return "heading";
  if (/^totals?\b/i.test(row.label.trim()) || above?.kind === "rule") return "total";
  return "item";
}

/** Most figures of the table are whole numbers ("53,001"), so "$0.45" stands out as per share. */
const PER_SHARE_HEADER = /\bper (?:diluted |basic |common )?share\b/i;

/** Most non-percent figures print at most `places` decimals (0: whole numbers, "53,001"). */
function isWholeNumberTable(parsed: readonly (Amount | null)[][], places = 0): boolean {
  const numbers = parsed.flat().filter((a): a is Amount => a !== null && a.kind === "number" && !a.percent);
  const whole = numbers.filter((a) => a.decimals <= places).length;
  return numbers.length > 0 && whole >= numbers.length * 0.6;
}

function makeCell(
  span: Span,
  amount: Amount | null,
  place: { statement: string; row: number; column: number },
  findings: Finding[],
): Cell {
  if (amount === null || amount.kind === "invalid") {
    const figureLike = isCutOffShape(span.text);
    findings.push(
      makeFinding(figureLike ? "figure-cut-off" : "cell-not-figure", {
        ...place,
        line: span.line,
        text: span.text,
      }),
    );
  }
  const cell: Cell = {
    text: span.text,
    value: amount?.value ?? null,
    line: span.line,
    start: span.start,
    end: span.end,
    formula: null,
  };
  if (amount && amount.footnote !== "") cell.mark = amount.footnote;
  return cell;
}

/**
 * Only a figure made of figure characters alone can be cut off at the margin (`$8,1`, `(2,118`);
 * text with letters, slashes or colons ("07/22/2004", "2003 Change") is some other text misplaced,
 * and its reading is in doubt.
 */
function isCutOffShape(text: string): boolean {
  return /\d/.test(text) && /^[\d,.$€£()%+\-\s]+$/u.test(text.trim());
}
