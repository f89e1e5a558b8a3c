/** Where a table's value area begins, and how a text line stands relative to it. */
import type { LineInfo } from "./classify-line";
import type { Chunk } from "./split-chunks";

/**
 * The two boundaries of a table's value area:
 *
 *   Current Maturities of Long-Term Debt and Capital Leases    $256        $1,460
 *   BALANCE SHEET (AMOUNTS IN $ THOUSANDS)               DECEMBER 31, 2003
 *                                                          ^ labelEnd  ^ valueStart
 *                                                       ^ headerStart: past the labels, or just before the figures
 */
export interface ValueArea {
  /** Leftmost start of a figure on a labelled line. */
  valueStart: number;
  /** Rightmost end of a label on a line of figures. */
  labelEnd: number;
}

export function headerStart(area: ValueArea): number {
  return Math.min(area.valueStart - 2, area.labelEnd + 2);
}

/** Widens an area with one more line of figures. */
export function widenArea(area: ValueArea | null, info: LineInfo): ValueArea | null {
  const first = info.chunks.findIndex((c) => c.figure);
  const figure = info.chunks[first];
  if (!figure) return area;
  const label = first > 0 ? (info.chunks[first - 1] as Chunk).end : 0;
  if (!area) return { valueStart: figure.start, labelEnd: label };
  return { valueStart: Math.min(area.valueStart, figure.start), labelEnd: Math.max(area.labelEnd, label) };
}

export type TextPlace = "label" | "header" | "prose";

/**
 * A text line is a header when some chunk starts in the value area, prose when a long run of
 * words crosses into it, and a label otherwise.
 *
 *   Operating Expenses:                                          <- label
 *   BALANCE SHEET (AMOUNTS IN $ THOUSANDS)     DECEMBER 31, 2003   <- header
 *   The company ended the second quarter with approximately $32.4 million   <- prose
 */
export function placeText(info: LineInfo, area: ValueArea): TextPlace {
  const start = headerStart(area);
  let header = false;
  for (const chunk of info.chunks) {
    if (chunk.start >= start) header = true;
    else if (chunk.end > area.valueStart + 1 && isWordy(chunk)) return "prose";
  }
  return header ? "header" : "label";
}

/** Six words or more, or 45 characters: a sentence rather than a label or a header. */
export function isWordy(chunk: Chunk): boolean {
  return chunk.text.split(" ").length >= 6 || chunk.end - chunk.start >= 45;
}
