/** What the reader finds in exhibit text: table regions, their column bands and rows, with no finance. */
import type { Span } from "./span";

/** A value column: the 0-based character range [start, end) that its figures occupy. */
export interface ColumnBand {
  start: number;
  end: number;
}

/** A header fragment placed over one or more value columns. */
export interface HeaderPiece extends Span {
  /** 0-based indexes of the columns this fragment stands over (several for a spanning header). */
  columns: number[];
}

export type TextRowKind = "heading" | "values" | "rule";

/** One logical row: a label (possibly wrapped over several lines) and its figures. */
export interface TextRow {
  kind: TextRowKind;
  /** The label with wrapped lines joined by one space; "" for a rule or an unlabelled row. */
  label: string;
  /** Where each part of the label stands (one span per source line it covers). */
  labelSpans: Span[];
  /** Leading spaces before the label on its first line. */
  indent: number;
  /** 1-based line of the figures (for a heading or rule, its last line). */
  line: number;
  /** One entry per column band: the figure standing in that column, or null. */
  cells: (Span | null)[];
  /** For a rule row: "single" (----) or "double" (====). */
  rule: "single" | "double" | null;
}

export interface TextTable {
  /** The `<TYPE>` of the EDGAR document it came from ("EX-99.1"), or null in a bare exhibit. */
  document: string | null;
  /** 1-based first and last source lines of the table, header included. */
  firstLine: number;
  lastLine: number;
  /** Lines above the rows that carry no column header: titles, captions, scale notes. */
  titleLines: Span[];
  /** Text of a few lines before the table (page titles such as "(In Millions of Dollars)"). */
  context: Span[];
  /** Header fragments over the columns, top to bottom, left to right. */
  headers: HeaderPiece[];
  columns: ColumnBand[];
  rows: TextRow[];
}
