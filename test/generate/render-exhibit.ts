/**
 * Prints a generated exhibit as plain text, fixed-width like an EDGAR filing, and says where
 * each row's figures landed: the source line of every row and the column index of each period.
 *
 *   CONSOLIDATED STATEMENTS OF OPERATIONS
 *   (in thousands)
 *                                             2004          2003
 *                                     ------------  ------------
 *   Revenues:
 *       Product sales                      $12,345       $11,234
 *       Service fees                         1,212(a)      (858)
 *                                     ------------  ------------
 *       Total revenues                     $13,557       $10,376
 */
import type { GenExhibit, GenRow, GenTable, Style } from "./build-exhibit";
import { divideRounded } from "./build-exhibit";

/** Where one generated table landed in the text. */
export interface RenderedTable {
  table: GenTable;
  /** 1-based source lines of the title and of the last row. */
  first: number;
  last: number;
  /** Per generated row: the 1-based line of its figures (of its label for a heading). */
  rowLines: number[];
}

export interface Rendered {
  text: string;
  tables: RenderedTable[];
}

const group = (n: bigint): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** `value` in units of 10^-decimals, printed with grouping: 12345n, 0 -> "12,345"; 127n, 2 -> "1.27". */
function digits(value: bigint, decimals: number): string {
  const abs = value < 0n ? -value : value;
  if (decimals === 0) return group(abs);
  const scale = 10n ** BigInt(decimals);
  return `${group(abs / scale)}.${(abs % scale).toString().padStart(decimals, "0")}`;
}

function signed(body: string, negative: boolean, style: Style, suffix = ""): string {
  if (!negative) return `${body}${suffix}`;
  return style.negative === "minus" ? `-${body}${suffix}` : `(${body})${suffix}`;
}

/** The printed figure of a row in one period column, without its footnote mark or spaced `$`. */
function figure(row: GenRow, value: bigint, style: Style, dollar: boolean): string {
  const negative = value < 0n;
  switch (row.unit) {
    case "percent":
      return signed(digits(value, 1), negative, style, "%");
    case "shares":
      return signed(digits(value, 0), negative, style);
    case "per-share":
      return `${dollar ? "$" : ""}${signed(digits(value, 2), negative, style)}`;
    case "amount":
      return `${dollar ? "$" : ""}${signed(digits(value, 0), negative, style)}`;
  }
}

function wantsDollar(row: GenRow, style: Style): boolean {
  if (style.dollar === "none" || row.unit === "shares" || row.unit === "percent") return false;
  return style.dollar === "every" || row.dollar;
}

interface Layout {
  labelWidth: number;
  width: number;
  columns: number;
}

const columnEnd = (layout: Layout, c: number): number => layout.labelWidth + (c + 1) * layout.width;

/** Puts `text` so that its last character sits at `end - 1` (a closing parenthesis one further). */
function place(line: string, text: string, end: number): string {
  const hang = text.endsWith(")") ? 1 : 0;
  const start = Math.max(line.length + 2, end + hang - text.length);
  return line.padEnd(start) + text;
}

function ruleLine(layout: Layout, char: string): string {
  let line = "";
  for (let c = 0; c < layout.columns; c++) {
    const end = columnEnd(layout, c);
    line = line.padEnd(end - (layout.width - 2)) + char.repeat(layout.width - 2);
  }
  return line;
}

/** The extra columns' figures of a row: percent change of the first two periods, then the average rate. */
function extras(table: GenTable, row: GenRow, style: Style): (string | null)[] {
  const out: (string | null)[] = [];
  const v = row.values;
  if (table.percentChange) {
    const [now, before] = [v?.[0], v?.[1]];
    out.push(
      row.unit !== "amount" || now === undefined || before === undefined || before === 0n
        ? null
        : signed(
            digits(divideRounded((now - before) * 1000n, before < 0n ? -before : before), 1),
            now < before,
            style,
            "%",
          ),
    );
  }
  if (table.averageColumn) out.push(row.unit === "amount" && v !== null ? `${digits(row.rate, 2)}%` : null);
  return out;
}

function headerLines(table: GenTable, layout: Layout): string[] {
  const periods = table.periodHeaders.length;
  const depth = Math.max(
    ...table.periodHeaders.map((h) => h.length),
    table.percentChange || table.averageColumn ? 2 : 1,
  );
  const columns: string[][] = table.periodHeaders.map((h) => [
    ...Array<string>(depth - h.length).fill(""),
    ...h,
  ]);
  if (table.percentChange) columns.push([...Array<string>(depth - 2).fill(""), "Percent", "Change"]);
  if (table.averageColumn) columns.push([...Array<string>(depth - 2).fill(""), "Average", "Rate"]);
  const lines: string[] = [];
  for (let level = 0; level < depth; level++) {
    let line = "";
    for (let c = 0; c < columns.length;) {
      const text = columns[c]?.[level] ?? "";
      let to = c;
      // Equal neighbours too wide for one column share one centred span ("Three Months Ended").
      if (c < periods && level < depth - 1 && text.length > layout.width - 2)
        while (to + 1 < periods && columns[to + 1]?.[level] === text) to++;
      if (text !== "") {
        const end = columnEnd(layout, to);
        const from = columnEnd(layout, c) - layout.width + 2;
        const start =
          to > c || text.length > layout.width - 2
            ? Math.floor((from + end - text.length) / 2)
            : end - text.length;
        line = line.padEnd(Math.max(start, line.length + (line === "" ? 0 : 2))) + text;
      }
      c = to + 1;
    }
    lines.push(line);
  }
  return lines;
}

function renderTable(table: GenTable, style: Style, out: string[]): RenderedTable {
  const first = out.length + 1;
  const indent = (row: GenRow): number => row.depth * style.indentStep;
  const widest = Math.max(
    ...table.rows.flatMap((row) =>
      (row.values ?? []).map(
        (v) => figure(row, v, style, wantsDollar(row, style)).length + (style.dollar === "spaced" ? 3 : 0),
      ),
    ),
  );
  const labels = table.rows.map(
    (row) => indent(row) + (row.wrap ? Math.ceil(row.label.length / 2) + 2 : row.label.length),
  );
  const layout: Layout = {
    labelWidth: Math.max(...labels) + 4,
    width: Math.max(style.columnWidth, widest + 7),
    columns: table.periodHeaders.length + (table.percentChange ? 1 : 0) + (table.averageColumn ? 1 : 0),
  };
  out.push(table.title);
  if (table.scaleLine !== null) out.push(table.scaleLine);
  out.push("");
  out.push(...headerLines(table, layout));
  out.push(ruleLine(layout, "-"));
  const rowLines: number[] = [];
  for (const row of table.rows) {
    if (row.blankAbove) out.push("");
    if (row.ruleAbove !== null) out.push(ruleLine(layout, row.ruleAbove));
    let label = " ".repeat(indent(row)) + row.label;
    if (row.wrap) {
      const words = row.label.split(" ");
      const half = Math.ceil(words.length / 2);
      out.push(" ".repeat(indent(row)) + words.slice(0, half).join(" "));
      label = " ".repeat(indent(row) + 2) + words.slice(half).join(" ");
    }
    let line = label;
    const dollar = wantsDollar(row, style);
    (row.values ?? []).forEach((value, c) => {
      const end = columnEnd(layout, c);
      if (dollar && style.dollar === "spaced")
        line = line.padEnd(Math.max(line.length + 2, end - layout.width + 2)) + "$";
      const text = figure(row, value, style, dollar && style.dollar !== "spaced");
      line = place(line, text, end);
      const mark = row.marks[c];
      if (mark !== null && mark !== undefined) line += `${style.markStyle === "spaced" ? " " : ""}(${mark})`;
    });
    extras(table, row, style).forEach((text, i) => {
      if (text !== null) line = place(line, text, columnEnd(layout, table.periodHeaders.length + i));
    });
    out.push(line.trimEnd());
    rowLines.push(out.length);
  }
  out.push(ruleLine(layout, "="));
  return { table, first, last: out.length, rowLines };
}

export function renderExhibit(exhibit: GenExhibit): Rendered {
  const out: string[] = [];
  const tables: RenderedTable[] = [];
  for (const block of exhibit.blocks) {
    if (block.kind === "prose") out.push(...block.lines, "");
    else {
      tables.push(renderTable(block.table, exhibit.style, out));
      out.push("", "");
    }
  }
  return { text: out.join("\n") + "\n", tables };
}
