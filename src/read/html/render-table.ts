/**
 * Lays a table read from HTML out as lines of text, the way a fixed-width exhibit prints it, and
 * records where each label, header and figure stands in them: those lines are the source text
 * that the Source sheet shows and every place points into.
 *
 *   Net sales:
 *      Products                         $96,458       $96,388
 *                                       ^^^^^^^ a Span on this line
 */
import type { Span } from "../../model/span";
import type { ColumnBand, HeaderPiece, TextRow, TextTable } from "../../model/text-table";
import type { GridTable } from "./read-grid";

/** The widest a label column gets; longer labels push their row's figures right. */
const MAX_LABEL_WIDTH = 60;
const GAP = 3;

export interface RenderedTable {
  lines: string[];
  /** The table with lines numbered from `firstLine`. */
  table: TextTable;
}

export function renderTable(
  grid: GridTable,
  firstLine: number,
  document: string | null,
  context: Span[],
): RenderedTable {
  const labelWidth = Math.min(
    MAX_LABEL_WIDTH,
    Math.max(
      0,
      ...grid.lines.map((l) =>
        l.kind === "values" || l.kind === "heading" ? indentOf(l.indent) + l.label.length : 0,
      ),
    ),
  );
  const widths = Array.from({ length: grid.columnCount }, (_, k) =>
    Math.max(
      6,
      ...grid.lines.map((l) => {
        if (l.kind !== "values" && l.kind !== "heading") return 0;
        const f = l.figures[k];
        return f ? f.text.length : 0;
      }),
    ),
  );
  const columns: ColumnBand[] = [];
  let at = labelWidth + GAP;
  for (const width of widths) {
    columns.push({ start: at, end: at + width });
    at += width + GAP;
  }
  const lines: string[] = [];
  const titleLines: Span[] = [];
  const headers: HeaderPiece[] = [];
  const rows: TextRow[] = [];
  for (const line of grid.lines) {
    const number = firstLine + lines.length;
    const writer = makeWriter(number);
    switch (line.kind) {
      case "title": {
        const title = spanOver(
          line.texts.map((t) => writer.put(t, 0)),
          number,
          writer.text(),
        );
        if (title) titleLines.push(title);
        break;
      }
      case "header": {
        const titles = line.titles.map((t) => writer.put(t, 0));
        for (const piece of line.pieces) {
          const from = columns[piece.columns[0] as number] as ColumnBand;
          const to = columns[piece.columns[piece.columns.length - 1] as number] as ColumnBand;
          const span = writer.put(
            piece.text,
            Math.max(from.start, Math.floor((from.start + to.end - piece.text.length) / 2)),
          );
          headers.push({ ...span, columns: piece.columns });
        }
        const title = spanOver(titles, number, writer.text());
        if (title) titleLines.push(title);
        break;
      }
      case "rule": {
        let text = "";
        const ch = line.rule === "double" ? "=" : "-";
        for (const c of columns) text = text.padEnd(c.start) + ch.repeat(c.end - c.start);
        writer.put(text.trimStart(), text.length - text.trimStart().length);
        rows.push({
          kind: "rule",
          label: "",
          labelSpans: [],
          indent: 0,
          line: number,
          cells: columns.map(() => null),
          rule: line.rule,
        });
        break;
      }
      default: {
        const indent = indentOf(line.indent);
        const labelSpans = line.label === "" ? [] : [writer.put(line.label, indent)];
        const cells = line.figures.map((figure, k) => {
          if (figure === null) return null;
          const band = columns[k] as ColumnBand;
          const span = writer.put(figure.text, band.end - figure.text.length);
          if (figure.marks !== "") writer.put(figure.marks, span.end + 1, 1);
          return span;
        });
        rows.push({
          kind: line.kind,
          label: line.label,
          labelSpans,
          indent,
          line: number,
          cells,
          rule: null,
        });
      }
    }
    lines.push(writer.text());
  }
  return {
    lines,
    table: {
      document,
      firstLine,
      lastLine: firstLine + lines.length - 1,
      titleLines,
      context,
      headers,
      columns,
      rows,
    },
  };
}

/** Indent levels become spaces, up to a point. */
/** One span over the text from the first span to the last on a line, or null when there are none. */
function spanOver(spans: readonly Span[], line: number, text: string): Span | null {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return null;
  return { line, start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

function indentOf(indent: number): number {
  return Math.min(indent, 24);
}

/** Writes texts left to right on one line, each at its wished column or after the last with a gap. */
function makeWriter(line: number): { put(text: string, at: number, gap?: number): Span; text(): string } {
  let out = "";
  return {
    put(text, at, gap = 2) {
      const start = Math.max(at, out === "" ? 0 : out.length + gap);
      out = out.padEnd(start) + text;
      return { line, start, end: start + text.length, text };
    },
    text: () => out,
  };
}
