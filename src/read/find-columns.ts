/** Finds a table's value columns from where its figures stand, and places each figure in one. */
import type { ColumnBand } from "../model/text-table";
import { withoutMark } from "./figure-text";
import type { Chunk } from "./split-chunks";

/** The figures of one row, left to right. */
export type FigureLine = readonly Chunk[];

/**
 * Columns are the runs of character positions covered by figures. Figures are right-aligned,
 * so a column's figures overlap even when their widths differ:
 *
 *       $29,307      $36,629
 *            92          204
 *       (37,572)     (37,521)
 *       ^------^     ^------^   two columns
 *
 * When one row has two figures inside one run (a ragged figure bridged two columns), the run is
 * cut in the gap between them.
 */
export function findColumns(given: readonly FigureLine[]): ColumnBand[] {
  const lines = given.map((l) => l.map(withoutMark));
  const spans = lines.flat().map((c) => ({ start: c.start, end: c.end }));
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  let bands: ColumnBand[] = [];
  for (const span of spans) {
    const last = bands[bands.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else bands.push({ ...span });
  }
  for (let round = 0; round < 8; round++) {
    const cuts = findCuts(lines, bands);
    if (cuts.length === 0) break;
    bands = cutBands(lines, bands, cuts);
  }
  return bands;
}

/** Cut points: gaps between two figures of one line that fall in the same band. */
function findCuts(lines: readonly FigureLine[], bands: readonly ColumnBand[]): number[] {
  const cuts = new Set<number>();
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] as Chunk;
      const b = line[i] as Chunk;
      if (bandOf(bands, a) === bandOf(bands, b)) cuts.add(a.end);
    }
  }
  return [...cuts].sort((x, y) => x - y);
}

/** Rebuilds the bands of the figures on each side of every cut. */
function cutBands(
  lines: readonly FigureLine[],
  bands: readonly ColumnBand[],
  cuts: readonly number[],
): ColumnBand[] {
  const out: ColumnBand[] = [];
  for (const band of bands) {
    const inner = cuts.filter((c) => c > band.start && c < band.end);
    if (inner.length === 0) {
      out.push({ ...band });
      continue;
    }
    const edges = [band.start, ...inner, band.end];
    for (let k = 0; k + 1 < edges.length; k++) {
      const lo = edges[k] as number;
      const hi = edges[k + 1] as number;
      const members = lines
        .flat()
        .filter((c) => c.start >= band.start && c.end <= band.end && c.end > lo && c.end <= hi);
      if (members.length === 0) continue;
      out.push({
        start: Math.min(...members.map((c) => c.start)),
        end: Math.max(...members.map((c) => c.end)),
      });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The band a figure overlaps most; when it overlaps none, the band whose right edge is nearest. */
export function bandOf(bands: readonly ColumnBand[], c: { start: number; end: number }): number {
  let best = -1;
  let bestScore = -Infinity;
  bands.forEach((band, i) => {
    const overlap = Math.min(band.end, c.end) - Math.max(band.start, c.start);
    const score = overlap > 0 ? overlap : -Math.abs(band.end - c.end) - 1000;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * Places the figures of one line in their columns. Two figures that would share a column keep
 * their order and take the nearest free column to the right. A figure with no free column left
 * joins the cell before it, so that nothing is dropped and no figure moves under another period:
 *
 *   Assets Held for Sale        -         -      20,471 (1)    ->  [-] [-] [20,471 (1)]
 */
export function placeFigures(
  bands: readonly ColumnBand[],
  figures: FigureLine,
): { cells: (Chunk | null)[]; clash: boolean } {
  const cells: (Chunk | null)[] = bands.map(() => null);
  let clash = false;
  let floor = 0;
  let last = -1;
  for (const figure of figures) {
    const home = bandOf(bands, withoutMark(figure));
    let i = Math.max(home, floor);
    while (i < cells.length && cells[i] !== null) i++;
    if (i !== home) clash = true;
    if (i < cells.length) {
      cells[i] = figure;
      floor = i + 1;
      last = i;
      continue;
    }
    const before = cells[last];
    if (before) cells[last] = joinChunks(before, figure);
    else if (cells.length > 0) cells[cells.length - 1] = figure;
  }
  return { cells, clash };
}

/** Two chunks of one line and the spaces between them, as one chunk. */
function joinChunks(a: Chunk, b: Chunk): Chunk {
  const text = a.text + " ".repeat(Math.max(0, b.start - a.end)) + b.text;
  return { start: a.start, end: b.end, text, figure: false };
}
