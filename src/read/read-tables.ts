/** Reads exhibit text into tables: the read stage of the pipeline. Never throws. */
import type { Finding } from "../model/finding";
import { makeFinding } from "../model/make-finding";
import type { Span } from "../model/span";
import type { HeaderPiece, TextTable } from "../model/text-table";
import { alignDrift, type BlockLine } from "./align-drift";
import { attachMarks } from "./attach-marks";
import { buildRows, type BodyLine } from "./build-rows";
import { classifyLine, MAX_ROW_LENGTH, type LineInfo } from "./classify-line";
import { looksBinary } from "./decode-input";
import { findColumns } from "./find-columns";
import { findDocuments } from "./find-documents";
import { findRegions, isAnchor, type Region } from "./find-regions";
import { isProseLine } from "./is-prose";
import { placeHeaders } from "./place-headers";
import { splitLabel } from "./split-label";
import { splitSwallowed } from "./split-swallowed";
import { splitLines } from "../model/split-lines";
import { headerStart, placeText } from "./value-area";

export interface ReadResult {
  /** The tab-expanded source lines; line n of the exhibit is `lines[n - 1]`. */
  lines: string[];
  tables: TextTable[];
  findings: Finding[];
}

/** How many lines above a table may carry its title or scale ("(In Millions of Dollars)"). */
const CONTEXT_LINES = 12;

export function readTables(text: string): ReadResult {
  const findings: Finding[] = [];
  if (text.trim() === "") {
    findings.push(makeFinding("input-empty"));
    return { lines: text === "" ? [] : splitLines(text), tables: [], findings };
  }
  const lines = splitLines(text);
  if (looksBinary(text)) {
    findings.push(makeFinding("input-binary"));
    return { lines, tables: [], findings };
  }
  const infos = lines.map(classifyLine);
  const documents = findDocuments(lines);
  blankOutsideDocuments(infos, documents);
  reportLongLines(lines, infos, findings);
  const regions = findRegions(infos, documents);
  const tables = regions.map((r, k) =>
    buildTable(r, lines, infos, documents, regions[k - 1]?.end ?? -1, findings),
  );
  reportStrayRows(infos, lines, regions, findings);
  reportCutOff(tables, lines, findings);
  if (tables.length === 0) findings.push(makeFinding("no-tables"));
  return { lines, tables, findings };
}

/**
 * In a whole EDGAR submission only the `<DOCUMENT>`s hold exhibit text; the SGML header
 * ("ACCESSION NUMBER:  0000891092-04-003383") is never a table.
 */
function blankOutsideDocuments(infos: LineInfo[], documents: readonly (string | null)[]): void {
  if (!documents.some((d) => d !== null)) return;
  documents.forEach((d, i) => {
    if (d === null) infos[i] = { kind: "blank", indent: 0, chunks: [], rule: null, years: false, tag: null };
  });
}

/**
 * Lines over 2,000 characters: one info finding for all, and a warning for each that could not be
 * read as a row and interrupts a table (rows of figures or rules right above and below it), whose figures are
 * then missing from the table.
 */
function reportLongLines(lines: readonly string[], infos: readonly LineInfo[], findings: Finding[]): void {
  const long = lines.flatMap((l, i) => (l.trimEnd().length > MAX_ROW_LENGTH ? [i] : []));
  if (long.length === 0) return;
  findings.push(makeFinding("line-too-long", { line: (long[0] as number) + 1, count: long.length }));
  for (const i of long) {
    if (!infos[i]?.unread) continue;
    if (isRowOrRule(nearest(infos, i, -1)) && isRowOrRule(nearest(infos, i, 1))) {
      findings.push(makeFinding("table-line-unread", { line: i + 1, text: (lines[i] ?? "").slice(0, 80) }));
    }
  }
}

function nearest(infos: readonly LineInfo[], from: number, step: 1 | -1): LineInfo | undefined {
  for (let i = from + step; i >= 0 && i < infos.length; i += step) {
    const info = infos[i] as LineInfo;
    if (info.kind !== "blank") return info;
  }
  return undefined;
}

function isRowOrRule(info: LineInfo | undefined): boolean {
  return info !== undefined && (isAnchor(info) || info.kind === "rule");
}

function buildTable(
  region: Region,
  lines: readonly string[],
  infos: readonly LineInfo[],
  documents: readonly (string | null)[],
  floor: number,
  findings: Finding[],
): TextTable {
  const raw: BodyLine[] = [];
  for (let i = region.headerEnd + 1; i <= region.end; i++) {
    raw.push({ line: i + 1, text: lines[i] as string, info: infos[i] as LineInfo });
  }
  const body = attachMarks(raw, region.area.valueStart);
  const figureLines = blockLines(body, region.area.valueStart);
  const drift = alignDrift(figureLines);
  const columns = drift?.bands ?? findColumns(figureLines.map((f) => f.cells));
  const rows = buildRows(
    splitSwallowed(body, columns),
    columns,
    region.area.valueStart,
    findings,
    drift?.shift,
  );
  const titleLines: Span[] = [];
  const headers: HeaderPiece[] = [];
  for (let i = region.start; i <= region.headerEnd; i++) {
    const info = infos[i] as LineInfo;
    if (info.kind !== "text" && info.kind !== "values") continue;
    const place = info.kind === "values" ? "header" : placeText(info, region.area);
    const right = info.chunks.filter((c) => place === "header" && c.start >= headerStart(region.area));
    const left = info.chunks.filter((c) => !right.includes(c));
    if (left.length > 0) titleLines.push(spanOf(i, lines, left[0]!.start, left[left.length - 1]!.end));
    headers.push(...placeHeaders(i + 1, right, columns));
  }
  return {
    document: documents[region.start] ?? null,
    firstLine: region.start + 1,
    lastLine: region.end + 1,
    titleLines,
    context: contextAbove(region, lines, infos, documents, floor),
    headers,
    columns,
    rows,
  };
}

/** The figures of each row of figures, numbered by block: a blank line or a heading after figures starts a new one. */
function blockLines(body: readonly BodyLine[], valueStart: number): BlockLine[] {
  const out: BlockLine[] = [];
  let block = 0;
  let seen = false;
  for (const b of body) {
    const gap = b.info.kind === "blank" || (b.info.kind === "text" && b.info.rule === null);
    if (gap && seen) {
      block++;
      seen = false;
    }
    if (b.info.kind !== "values") continue;
    const cells = splitLabel(b.info, valueStart).cells;
    if (cells.length === 0) continue;
    out.push({ line: b.line, block, cells });
    seen = true;
  }
  return out;
}

function spanOf(index: number, lines: readonly string[], start: number, end: number): Span {
  return { line: index + 1, start, end, text: (lines[index] as string).slice(start, end) };
}

/** Non-blank text lines just above a table (below the previous table's last line, `floor`), within the same document. */
function contextAbove(
  region: Region,
  lines: readonly string[],
  infos: readonly LineInfo[],
  documents: readonly (string | null)[],
  floor: number,
): Span[] {
  const out: Span[] = [];
  for (let i = region.start - 1; i > floor && i >= region.start - CONTEXT_LINES; i--) {
    if (documents[i] !== documents[region.start]) break;
    const info = infos[i] as LineInfo;
    if (info.kind !== "text") continue;
    const text = lines[i] as string;
    if (isProseLine(text, lines[i + 1]) || isProseLine(lines[i - 1] ?? "", text)) continue;
    out.unshift(spanOf(i, lines, info.indent, text.trimEnd().length));
  }
  return out;
}

/** A label followed by two or more figures, outside every table, is worth a look. */
function reportStrayRows(
  infos: readonly LineInfo[],
  lines: readonly string[],
  regions: readonly Region[],
  findings: Finding[],
): void {
  let r = 0;
  infos.forEach((info, i) => {
    while (r < regions.length && (regions[r] as Region).end < i) r++;
    const inside = r < regions.length && (regions[r] as Region).start <= i;
    if (inside || !isAnchor(info)) return;
    const figures = info.chunks.filter((c) => c.figure).length;
    if (figures >= 2 && info.chunks.length > figures) {
      findings.push(makeFinding("table-like-line-outside", { line: i + 1, text: lines[i] ?? "" }));
    }
  });
}

/** The input stops inside a table when its last row is the last line and lacks figures. */
function reportCutOff(tables: readonly TextTable[], lines: readonly string[], findings: Finding[]): void {
  const last = tables[tables.length - 1];
  if (!last || last.lastLine < lines.length) return;
  const row = last.rows[last.rows.length - 1];
  if (row && row.kind === "values" && row.cells.some((c) => c === null)) {
    findings.push(makeFinding("table-cut-off", { line: row.line, text: lines[row.line - 1] ?? "" }));
  }
}
