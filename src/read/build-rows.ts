/** Turns the body lines of a table into rows: headings, rows of figures and rules, joining wrapped labels. */
import type { Span } from "../model/span";
import type { ColumnBand, TextRow } from "../model/text-table";
import type { Finding } from "../model/finding";
import { makeFinding } from "../model/make-finding";
import type { LineInfo } from "./classify-line";
import type { Chunk } from "./split-chunks";
import { placeFigures } from "./find-columns";

/** One body line: its 1-based number, its text and how it was classified. */
export interface BodyLine {
  line: number;
  text: string;
  info: LineInfo;
}

/** A label's last word that says the label goes on: "... Applicable to", "... buying and". */
const GOES_ON =
  /(?:\b(?:and|or|of|to|at|in|for|by|from|on|the|a|an|with|per|before|after|less|including|excluding|exclusive|inclusive)|[,&\-/])$/i;

/**
 * The label of a row and its figures. Figures are the figure-shaped chunks after the label;
 * any chunk standing in the value area is a cell too, so that nothing is lost.
 */
export function splitLabel(info: LineInfo, valueStart: number): { label: Chunk[]; cells: Chunk[] } {
  const label: Chunk[] = [];
  const cells: Chunk[] = [];
  for (const chunk of info.chunks) {
    const inValues = chunk.figure
      ? chunk.start >= valueStart - 2 || label.length > 0 || cells.length > 0
      : chunk.start >= valueStart - 2;
    if (cells.length > 0 || inValues) cells.push(chunk);
    else label.push(chunk);
  }
  return { label, cells };
}

/**
 * A label line continues on the next line when it ends with a word that needs more, has an
 * open parenthesis, or the next line starts in lower case:
 *
 *   Cost of Operating Revenues (exclusive of depreciation and
 *     amortization shown separately below. See Note 1.)          17,740     16,388
 */
export function continues(previous: string, next: string): boolean {
  const p = previous.trim();
  const n = next.trim();
  if (p === "" || n === "" || p.endsWith(":")) return false;
  if (/^[a-z]/.test(n)) return true;
  if (GOES_ON.test(p)) return true;
  const open = (p.match(/\(/g) ?? []).length - (p.match(/\)/g) ?? []).length;
  return open > 0;
}

export function buildRows(
  body: readonly BodyLine[],
  bands: readonly ColumnBand[],
  valueStart: number,
  findings: Finding[],
): TextRow[] {
  const rows: TextRow[] = [];
  let pending: BodyLine[] = [];
  const flush = (): void => {
    if (pending.length > 0) rows.push(headingRow(pending, bands.length));
    pending = [];
  };
  for (const b of body) {
    const { info } = b;
    if (info.kind === "blank" || info.kind === "tag") {
      flush();
    } else if (info.kind === "page") {
      flush();
      findings.push(makeFinding("page-footer-dropped", { line: b.line, text: b.text }));
    } else if (info.kind === "rule") {
      flush();
      rows.push(ruleRow(b, bands.length));
    } else {
      const { label, cells } = splitLabel(info, valueStart);
      const labelText = joinChunks(label);
      const last = pending[pending.length - 1];
      const joins =
        last !== undefined &&
        (continues(labelOf(last, valueStart), labelText) || (labelText === "" && cells.length > 0));
      if (!joins) flush();
      if (cells.length === 0) {
        pending.push(b);
        continue;
      }
      const labelLines = [...pending, b];
      pending = [];
      const placed = placeFigures(bands, cells);
      if (placed.clash) findings.push(makeFinding("ambiguous-columns", { line: b.line, text: b.text }));
      rows.push({
        kind: "values",
        label: labelLines
          .map((l) => labelOf(l, valueStart))
          .filter((t) => t !== "")
          .join(" "),
        labelSpans: labelLines.flatMap((l) => labelSpan(l, valueStart)),
        indent: (labelLines[0] as BodyLine).info.indent,
        line: b.line,
        cells: placed.cells.map((c) =>
          c ? { line: b.line, start: c.start, end: c.end, text: c.text } : null,
        ),
        rule: null,
      });
    }
  }
  flush();
  return rows;
}

function joinChunks(chunks: readonly Chunk[]): string {
  return chunks.map((c) => c.text).join(" ");
}

function labelOf(b: BodyLine, valueStart: number): string {
  return joinChunks(splitLabel(b.info, valueStart).label);
}

function labelSpan(b: BodyLine, valueStart: number): Span[] {
  const { label } = splitLabel(b.info, valueStart);
  const first = label[0];
  const last = label[label.length - 1];
  if (!first || !last) return [];
  return [{ line: b.line, start: first.start, end: last.end, text: b.text.slice(first.start, last.end) }];
}

function headingRow(lines: readonly BodyLine[], columns: number): TextRow {
  const spans = lines.map((l) => {
    const chunks = l.info.chunks;
    const first = chunks[0] as Chunk;
    const last = chunks[chunks.length - 1] as Chunk;
    return { line: l.line, start: first.start, end: last.end, text: l.text.slice(first.start, last.end) };
  });
  return {
    kind: "heading",
    label: lines.map((l) => joinChunks(l.info.chunks)).join(" "),
    labelSpans: spans,
    indent: (lines[0] as BodyLine).info.indent,
    line: (lines[lines.length - 1] as BodyLine).line,
    cells: new Array<null>(columns).fill(null),
    rule: null,
  };
}

function ruleRow(b: BodyLine, columns: number): TextRow {
  return {
    kind: "rule",
    label: "",
    labelSpans: [],
    indent: b.info.indent,
    line: b.line,
    cells: new Array<null>(columns).fill(null),
    rule: b.info.rule,
  };
}
