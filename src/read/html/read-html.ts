/**
 * Reads an HTML exhibit (or one HTML document of an EDGAR submission) into readable lines of text
 * and the tables found in its markup. Tables point into those lines, numbered from `firstLine`.
 * `<pre>` blocks are kept verbatim for the fixed-width reader. Never throws.
 *
 *   <p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><table>...</table>
 *   -> lines ["CONDENSED CONSOLIDATED BALANCE SHEETS", "                 December 30, 2023 ...", ...]
 */
import type { Finding } from "../../model/finding";
import { makeFinding } from "../../model/make-finding";
import type { Span } from "../../model/span";
import type { TextTable } from "../../model/text-table";
import { splitLines } from "../../model/split-lines";
import { collectBlocks, type Block, type GridRow } from "./collect-blocks";
import { joinContinued } from "./join-continued";
import { parseHtml } from "./parse-html";
import { readGrids } from "./read-grid";
import { renderTable } from "./render-table";

export interface HtmlReading {
  lines: string[];
  tables: TextTable[];
  /** 0-based indexes (into `lines`) of the lines that came from `<pre>` blocks. */
  preLines: number[];
  findings: Finding[];
}

/** How many lines of text above a table may hold its title and scale. */
const CONTEXT_LINES = 8;

export function readHtml(html: string, firstLine = 1, document: string | null = null): HtmlReading {
  const blocks = joinContinued(collectBlocks(parseHtml(fromWindows1252(html))));
  const lines: string[] = [];
  const tables: TextTable[] = [];
  const preLines: number[] = [];
  const findings: Finding[] = [];
  let sinceTable: Span[] = [];
  for (const block of blocks) {
    const number = firstLine + lines.length;
    if (block.kind === "text") {
      lines.push(block.text);
      if (mayTitle(block.text))
        sinceTable.push({ line: number, start: 0, end: block.text.length, text: block.text });
    } else if (block.kind === "pre") {
      for (const line of splitLines(block.text)) {
        preLines.push(lines.length);
        lines.push(line);
      }
      sinceTable = [];
    } else if (block.kind === "table") {
      const grids = readGrids(block.rows);
      if (grids.length === 0) {
        for (const row of layoutRows(block.rows)) {
          const at = firstLine + lines.length;
          lines.push(row);
          if (mayTitle(row)) sinceTable.push({ line: at, start: 0, end: row.length, text: row });
        }
        continue;
      }
      for (const grid of grids) {
        const at = firstLine + lines.length;
        const rendered = renderTable(grid, at, document, sinceTable.slice(-CONTEXT_LINES));
        adoptPeriodAbove(rendered.table);
        lines.push(...rendered.lines);
        tables.push(rendered.table);
        if (grid.crowded > 0)
          findings.push(
            makeFinding("ambiguous-columns", {
              line: at,
              count: grid.crowded,
              text: rendered.lines[0] ?? "",
            }),
          );
        sinceTable = [];
      }
      sinceTable = [];
    }
  }
  return { lines, tables, preLines, findings };
}

/**
 * A line right above a table that names the period of all its columns, when no header does,
 * is the table's top header.
 *
 *   THREE MONTHS ENDED JUNE 26, 2004
 *                       As Reported   Adjustments   Non-GAAP
 */
function adoptPeriodAbove(table: TextTable): void {
  const above = table.context[table.context.length - 1];
  if (above === undefined || above.line !== table.firstLine - 1) return;
  if (!/\b(?:ended|ending|as of|as at)\b/i.test(above.text) || !/\b(?:19|20)\d\d\b/.test(above.text)) return;
  if (table.headers.some((h) => /\b(?:19|20)\d\d\b/.test(h.text))) return;
  table.context.pop();
  table.firstLine = above.line;
  table.headers.unshift({ ...above, columns: table.columns.map((_, k) => k) });
}

/** Prose paragraphs and footnotes ("(2) We compare the percent change ...") are not titles. */
function mayTitle(line: string): boolean {
  return line.length <= MAX_TITLE && !/^(?:\(\d{1,2}\)|\*)\s/.test(line);
}

const MAX_TITLE = 160;

/** A table with no figures reads as lines of text, its cells apart by two spaces. */
function layoutRows(rows: readonly GridRow[]): string[] {
  return rows
    .map((row) =>
      row.cells
        .map((c) => c.text)
        .filter((t) => t !== "")
        .join("  "),
    )
    .filter((line) => line !== "");
}

/**
 * Windows-1252 bytes read as Latin-1 leave C1 controls where the punctuation was (0x96 for "–");
 * they are put back, as browsers do.
 */
const WINDOWS_1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function fromWindows1252(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? c)
    : text;
}

export type { Block };
