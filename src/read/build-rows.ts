/** Turns the body lines of a table into rows: headings, rows of figures and rules, joining wrapped labels. */
import type { Span } from "../model/span";
import type { ColumnBand, TextRow } from "../model/text-table";
import type { Finding } from "../model/finding";
import { makeFinding } from "../model/make-finding";
import type { LineInfo } from "./classify-line";
import { move } from "./align-drift";
import { continues } from "./continues";
import { placeFigures } from "./find-columns";
import type { Chunk } from "./split-chunks";
import { splitLabel } from "./split-label";

/** One body line: its 1-based number, its text and how it was classified. */
export interface BodyLine {
  line: number;
  text: string;
  info: LineInfo;
}

/** A body line that holds text or figures, split once into its label and its cells. */
interface Part {
  body: BodyLine;
  label: Chunk[];
  labelText: string;
  cells: Chunk[];
}

/**
 * Label lines wait until a later line shows whether they wrap onto it (and onto its figures) or
 * stand alone as a heading:
 *
 *   Depreciation and Amortization (allocated to Cost of Operating     <- waits
 *      Revenues)                                   (1,964)   (1,939) <- one row with the line above
 */
export function buildRows(
  body: readonly BodyLine[],
  bands: readonly ColumnBand[],
  valueStart: number,
  findings: Finding[],
  shift: ReadonlyMap<number, number> = new Map(),
): TextRow[] {
  const rows: TextRow[] = [];
  let pending: Part[] = [];
  const flush = (): void => {
    if (pending.length > 0)
      rows.push(
        labelledRow(
          "heading",
          pending,
          bands.map(() => null),
        ),
      );
    pending = [];
  };
  for (const b of body) {
    const { info } = b;
    if (info.kind === "blank" || info.kind === "tag" || info.unread) {
      flush();
    } else if (info.kind === "page") {
      flush();
      findings.push(makeFinding("page-footer-dropped", { line: b.line, text: b.text }));
    } else if (info.kind === "rule" || (info.kind === "text" && info.rule !== null)) {
      flush();
      rows.push({
        kind: "rule",
        label: "",
        labelSpans: [],
        indent: info.indent,
        line: b.line,
        cells: bands.map(() => null),
        rule: info.rule,
      });
      if (info.kind === "text") pending.push(splitPart(b, valueStart));
    } else {
      const part = splitPart(b, valueStart);
      const last = pending[pending.length - 1];
      const joins =
        last !== undefined &&
        (continues(last.labelText, part.labelText) || (part.labelText === "" && part.cells.length > 0));
      if (!joins) flush();
      pending.push(part);
      if (part.cells.length === 0) continue;
      const d = shift.get(b.line) ?? 0;
      const placed = placeFigures(
        bands,
        part.cells.map((c) => move(c, d)),
      );
      if (placed.clash) findings.push(makeFinding("ambiguous-columns", { line: b.line, text: b.text }));
      const cells = placed.cells.map((c) =>
        c ? { line: b.line, start: c.start + d, end: c.end + d, text: c.text } : null,
      );
      rows.push(labelledRow("values", pending, cells));
      pending = [];
    }
  }
  flush();
  return rows;
}

function splitPart(body: BodyLine, valueStart: number): Part {
  const { label, cells } = splitLabel(body.info, valueStart);
  return { body, label, labelText: label.map((c) => c.text).join(" "), cells };
}

/** A heading, or a row of figures on the last of its label lines. */
function labelledRow(kind: "heading" | "values", parts: readonly Part[], cells: (Span | null)[]): TextRow {
  const first = parts[0] as Part;
  const last = parts[parts.length - 1] as Part;
  return {
    kind,
    label: parts
      .map((p) => p.labelText)
      .filter((t) => t !== "")
      .join(" "),
    labelSpans: parts.flatMap(labelSpan),
    indent: first.body.info.indent,
    line: last.body.line,
    cells,
    rule: null,
  };
}

function labelSpan({ body, label }: Part): Span[] {
  const first = label[0];
  const last = label[label.length - 1];
  if (!first || !last) return [];
  return [
    { line: body.line, start: first.start, end: last.end, text: body.text.slice(first.start, last.end) },
  ];
}
