/** Splits a row's line into its label and the chunks that stand in the value area. */
import type { LineInfo } from "./classify-line";
import type { Chunk } from "./split-chunks";

/**
 * The label is the chunks before the value area; everything from the first chunk in the value
 * area (or the first figure after the label) on is a cell, so that nothing is lost.
 *
 *   Total Current Assets                53,001        62,752        51,065
 *   [label             ]                [cell]        [cell]        [cell]
 */
export function splitLabel(info: LineInfo, valueStart: number): { label: Chunk[]; cells: Chunk[] } {
  const label: Chunk[] = [];
  const cells: Chunk[] = [];
  for (const chunk of info.chunks) {
    const inValues = chunk.start >= valueStart - 2 || (chunk.figure && label.length > 0);
    if (cells.length > 0 || inValues) cells.push(chunk);
    else label.push(chunk);
  }
  return { label, cells };
}
