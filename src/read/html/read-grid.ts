/**
 * Reads a grid of HTML cells as a table: figures joined from their pieces, value columns found
 * where figures stand (spacer columns dropped), header pieces placed over the columns they span,
 * labels with their depth, and rules from borders. Returns null for a layout table with no figures.
 *
 *   <td>Products</td><td>$</td><td>96,458</td><td></td><td></td><td>$</td><td>96,388</td><td></td>
 *   -> { kind: "values", label: "Products", figures: ["$96,458", "$96,388"] }
 */
import type { GridCell, GridRow } from "./collect-blocks";
import { BARE_YEAR, classifyPiece, joinPieces, type PieceKind } from "./classify-piece";
import type { Rule } from "./read-style";

export interface GridFigure {
  text: string;
  /** Footnote marks printed with the figure ("(1)"), or "". */
  marks: string;
}

export interface HeaderText {
  text: string;
  /** 0-based value columns it stands over. */
  columns: number[];
}

export type GridLine =
  | { kind: "title"; texts: string[] }
  | { kind: "header"; titles: string[]; pieces: HeaderText[] }
  | { kind: "values" | "heading"; label: string; indent: number; figures: (GridFigure | null)[] }
  | { kind: "rule"; rule: "single" | "double" };

export interface GridTable {
  columnCount: number;
  lines: GridLine[];
  /** Figures that could not be given a column of their own, for a finding. */
  crowded: number;
}

interface Placed {
  cell: GridCell;
  start: number;
  end: number;
  kind: PieceKind;
  /** The value columns it overlaps, once known. */
  over?: number[];
}

interface Group {
  pieces: Placed[];
  /** The piece holding the digits: its grid range decides the column. */
  number: Placed;
}

interface RowParts {
  cells: Placed[];
  groups: Group[];
  texts: Placed[];
  figureRow: boolean;
}

/** A row spanning the whole table that names a period stands over every column: "THREE MONTHS ENDED JUNE 26, 2004". */
const PERIOD = /\b(?:ended|ending|as of|as at)\b/i;

/** Points of left offset that make one level of indent. */
const POINTS_PER_INDENT = 5;

/**
 * One HTML table may hold several tables one under the other, each with its own header:
 *
 *   Sales by Geographic Region                         <- a title, then a header row: a new table
 *                  First Quarter 2022   First Quarter 2021   $ Change
 */
export function readGrids(rows: readonly GridRow[]): GridTable[] {
  const parts = rows.map(splitRow);
  const starts = parts.flatMap((p) =>
    p.figureRow ? p.groups.map((g) => (g.pieces[0] as Placed).start) : [],
  );
  if (starts.length === 0) return [];
  const labelEnd = Math.min(...starts);
  const cuts = [0];
  parts.forEach((part, r) => {
    const nonEmpty = part.cells.filter((c) => c.kind !== "empty");
    const headerLike = !part.figureRow && nonEmpty.length > 0 && nonEmpty.every((c) => c.start >= labelEnd);
    const from = cuts[cuts.length - 1] as number;
    if (!headerLike || !parts.slice(from, r).some((p) => p.figureRow)) return;
    let cut = r;
    while (cut - 1 > from && cut > r - 3 && isTitleRow(parts[cut - 1] as RowParts, labelEnd)) cut--;
    if (parts.slice(from, cut).some((p) => p.figureRow)) cuts.push(cut);
  });
  return cuts.flatMap((cut, k) => {
    const grid = readGrid(parts.slice(cut, cuts[k + 1] ?? parts.length));
    return grid === null ? [] : [grid];
  });
}

function isTitleRow(part: RowParts, labelEnd: number): boolean {
  const nonEmpty = part.cells.filter((c) => c.kind !== "empty");
  return !part.figureRow && nonEmpty.length > 0 && nonEmpty.some((c) => c.start < labelEnd);
}

function readGrid(parts: readonly RowParts[]): GridTable | null {
  const columns = findValueColumns(parts);
  if (columns.length === 0) return null;
  const firstFigure = parts.findIndex((p) => p.figureRow);
  // figures start with their "$" or "(": the labels end before the first of them
  const labelEnd = Math.min(
    ...parts.flatMap((p) => (p.figureRow ? p.groups.map((g) => (g.pieces[0] as Placed).start) : [])),
  );
  const overlaps = (c: Placed, k: number): boolean => c.start < columns[k]!.end && c.end > columns[k]!.start;
  const NONE: number[] = [];
  const over = (c: Placed): number[] => {
    if (c.over === undefined) {
      let list = NONE;
      for (let k = 0; k < columns.length; k++) if (overlaps(c, k)) list = list === NONE ? [k] : [...list, k];
      c.over = list;
    }
    return c.over;
  };
  const headerEnd = lastIndex(parts.slice(0, firstFigure), (p) =>
    p.cells.some((c) => c.kind !== "empty" && c.start >= labelEnd && over(c).length > 0),
  );

  const lines: GridLine[] = [];
  let crowded = 0;
  let pendingRule: Rule = null;
  const pushRule = (rule: Rule): void => {
    if (rule === null) return;
    const last = lines[lines.length - 1];
    if (last?.kind === "rule") {
      if (rule === "double") last.rule = "double";
    } else lines.push({ kind: "rule", rule });
  };
  parts.forEach((part, r) => {
    const nonEmpty = part.cells.filter((c) => c.kind !== "empty");
    if (r <= headerEnd) {
      if (nonEmpty.length === 0) return;
      const isPiece = (c: Placed): boolean =>
        over(c).length > 0 && (c.start >= labelEnd || (spansAll(c, columns) && PERIOD.test(c.cell.text)));
      const titles = nonEmpty.filter((c) => !isPiece(c)).map((c) => c.cell.text);
      const pieces = nonEmpty.filter(isPiece).map((c) => ({ text: c.cell.text, columns: over(c) }));
      lines.push(pieces.length > 0 ? { kind: "header", titles, pieces } : { kind: "title", texts: titles });
      return;
    }
    if (
      headerEnd < 0 &&
      r < firstFigure &&
      nonEmpty.length > 0 &&
      nonEmpty.every((c) => spansAll(c, columns))
    ) {
      lines.push({ kind: "title", texts: nonEmpty.map((c) => c.cell.text) });
      return;
    }
    const inBody = r > firstFigure;
    const valueCells = part.cells.filter((c) => over(c).length > 0);
    const top = strongest(valueCells.map((c) => c.cell.top));
    const bottom = strongest(valueCells.map((c) => c.cell.bottom));
    if (nonEmpty.length === 0) {
      if (inBody) pushRule(strongest([pendingRule, top, bottom]));
      pendingRule = null;
      return;
    }
    if (inBody) pushRule(strongest([pendingRule, top]));
    pendingRule = null;
    const figures: (GridFigure | null)[] = columns.map(() => null);
    const labels: Placed[] = [];
    if (part.figureRow) {
      for (const group of part.groups) {
        const k = placeFigure(group, columns, figures);
        if (k < 0) crowded++;
        else figures[k] = figureOf(group);
      }
      for (const text of part.texts) {
        const k = over(text).find((c) => figures[c] === null);
        if (text.start >= labelEnd && k !== undefined && (labels.length > 0 || text !== part.texts[0])) {
          figures[k] = {
            text: text.cell.plain || text.cell.text,
            marks: text.cell.plain ? text.cell.marks : "",
          };
        } else labels.push(text);
      }
    } else {
      labels.push(...nonEmpty);
    }
    const first = labels[0];
    lines.push({
      kind: part.figureRow ? "values" : "heading",
      label: labels.map((l) => l.cell.text).join(" "),
      indent: first
        ? Math.round(first.cell.left / POINTS_PER_INDENT) + first.cell.leadingSpaces + first.start * 2
        : 0,
      figures,
    });
    pendingRule = bottom;
  });
  pushRuleAtEnd(lines, pendingRule);
  return dropNoteColumns({ columnCount: columns.length, lines, crowded });
}

function pushRuleAtEnd(lines: GridLine[], rule: Rule): void {
  if (rule === null) return;
  const last = lines[lines.length - 1];
  if (last?.kind === "rule") {
    if (rule === "double") last.rule = "double";
  } else lines.push({ kind: "rule", rule });
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

function spansAll(cell: Placed, columns: readonly { start: number; end: number }[]): boolean {
  return cell.start <= columns[0]!.start && cell.end >= columns[columns.length - 1]!.end;
}

function strongest(rules: readonly Rule[]): Rule {
  if (rules.includes("double")) return "double";
  return rules.includes("single") ? "single" : null;
}

/** Cells at their grid places, with figures joined from their pieces. */
function splitRow(row: GridRow): RowParts {
  const cells: Placed[] = [];
  let at = 0;
  for (const cell of row.cells) {
    cells.push({ cell, start: at, end: at + cell.colspan, kind: classifyPiece(cell.plain) });
    at += cell.colspan;
  }
  const groups: Group[] = [];
  const texts: Placed[] = [];
  let prefix: Placed[] = [];
  let open: Group | null = null;
  for (const placed of cells) {
    if (placed.kind === "empty") continue;
    if (placed.kind === "prefix") {
      prefix.push(placed);
      open = null;
    } else if (placed.kind === "number") {
      open = { pieces: [...prefix, placed], number: placed };
      groups.push(open);
      prefix = [];
    } else if (placed.kind === "suffix" && open !== null && prefix.length === 0) {
      open.pieces.push(placed);
    } else {
      texts.push(...prefix, placed);
      prefix = [];
      open = null;
    }
  }
  texts.push(...prefix);
  const labelled = texts.some((t) => groups.length === 0 || t.start < groups[0]!.number.start);
  // "(1) | This presentation includes ..." is a footnote, and "2023 | 2022" a header
  const figureRow =
    groups.some((g) => !BARE_YEAR.test(g.number.cell.plain)) && (labelled || texts.length === 0);
  return { cells, groups, texts, figureRow };
}

interface ValueColumn {
  start: number;
  end: number;
  rows: Set<number>;
}

/**
 * Value columns are the grid ranges where figures stand: ranges of figures in different rows that
 * overlap are one column. Spacer columns, which no figure touches, disappear.
 *
 *   row 1:  [$][96,458][ ]      [$][96,388][ ]
 *   row 2:  [ 23,117 ...][ ]    [ 20,766 ...][ ]
 *           ^ column 1          ^ column 2
 */
function findValueColumns(parts: readonly RowParts[]): ValueColumn[] {
  const ranges = parts.flatMap((p, r) =>
    p.figureRow ? p.groups.map((g) => ({ start: g.number.start, end: g.number.end, row: r })) : [],
  );
  ranges.sort((a, b) => a.end - b.end || b.start - a.start);
  const columns: ValueColumn[] = [];
  for (const range of ranges) {
    const column = columns.find((c) => c.start < range.end && c.end > range.start && !c.rows.has(range.row));
    if (column) {
      column.start = Math.min(column.start, range.start);
      column.end = Math.max(column.end, range.end);
      column.rows.add(range.row);
    } else columns.push({ start: range.start, end: range.end, rows: new Set([range.row]) });
  }
  return columns.sort((a, b) => a.start - b.start);
}

/** The column a figure stands in: the one it overlaps most that is still free in its row. */
function placeFigure(
  group: Group,
  columns: readonly ValueColumn[],
  taken: readonly (GridFigure | null)[],
): number {
  let best = -1;
  let bestOverlap = 0;
  columns.forEach((c, k) => {
    const overlap = Math.min(c.end, group.number.end) - Math.max(c.start, group.number.start);
    if (overlap > bestOverlap && taken[k] === null) {
      best = k;
      bestOverlap = overlap;
    }
  });
  return best;
}

function figureOf(group: Group): GridFigure {
  const joined = joinPieces(group.pieces.map((p) => p.cell.plain));
  return {
    text: joined.text,
    marks: [joined.marks, ...group.pieces.map((p) => p.cell.marks)].filter((m) => m !== "").join(" "),
  };
}

/**
 * A column of small whole numbers with no header of its own, each right after a figure, holds
 * footnote references of that figure.
 *
 *   Receivables – trade and other     4,966   1,2
 *   Receivables – finance            (5,114)    2      <- "2" is a note, not a figure
 */
function dropNoteColumns(table: GridTable): GridTable {
  for (let k = table.columnCount - 1; k >= 1; k--) {
    const values = table.lines.flatMap((l) => (l.kind === "values" || l.kind === "heading" ? [l] : []));
    const notes = values.filter((l) => l.figures[k] !== null);
    const isNotes =
      notes.length > 0 &&
      notes.every((l) => l.figures[k - 1] !== null && /^\d{1,2}(?:,\d{1,2})*$/.test(l.figures[k]!.text)) &&
      !table.lines.some(
        (l) => l.kind === "header" && l.pieces.some((p) => p.columns.length === 1 && p.columns[0] === k),
      );
    if (!isNotes) continue;
    for (const line of values) {
      const note = line.figures[k];
      const owner = line.figures[k - 1];
      if (note && owner) owner.marks = [owner.marks, note.text, note.marks].filter((m) => m !== "").join(" ");
      line.figures.splice(k, 1);
    }
    for (const line of table.lines) {
      if (line.kind !== "header") continue;
      for (const piece of line.pieces)
        piece.columns = piece.columns.filter((c) => c !== k).map((c) => (c > k ? c - 1 : c));
      line.pieces = line.pieces.filter((p) => p.columns.length > 0);
    }
    table.columnCount--;
  }
  return table;
}
