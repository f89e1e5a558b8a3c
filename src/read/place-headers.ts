/** Places the fragments of a header stack over the value columns they describe. */
import type { ColumnBand, HeaderPiece } from "../model/text-table";
import type { Chunk } from "./split-chunks";

/**
 * A fragment belongs to the columns it overlaps; one that overlaps none belongs to the nearest.
 * A line with fewer fragments than columns, where the columns divide evenly among them, is a
 * spanning header: each fragment takes its share of columns.
 *
 *        3 Months Ended December      12 Months Ended December    <- 2 fragments, 4 columns
 *            2004       2003            2004         2003
 */
export function placeHeaders(
  line: number,
  given: readonly Chunk[],
  bands: readonly ColumnBand[],
): HeaderPiece[] {
  const chunks = given.flatMap((c) => splitYear(c, bands));
  const n = bands.length;
  const k = chunks.length;
  const overlaps = chunks.map((c) => overlapping(c, bands));
  const spanning = k > 1 && k < n && n % k === 0 && groupsFit(overlaps, n / k);
  return chunks.map((c, i) => {
    let columns = overlaps[i] ?? [];
    if (spanning) columns = range(i * (n / k), (i + 1) * (n / k));
    else if (columns.length === 0) columns = [nearest(c, bands)];
    return { line, start: c.start, end: c.end, text: c.text, columns };
  });
}

function overlapping(c: { start: number; end: number }, bands: readonly ColumnBand[]): number[] {
  const out: number[] = [];
  bands.forEach((b, i) => {
    if (Math.min(b.end, c.end) - Math.max(b.start, c.start) > 0) out.push(i);
  });
  return out;
}

/** Each fragment must touch some column of its even share (or touch nothing at all). */
function groupsFit(overlaps: readonly number[][], size: number): boolean {
  return overlaps.every((cols, i) => cols.length === 0 || cols.some((c) => Math.floor(c / size) === i));
}

function nearest(c: { start: number; end: number }, bands: readonly ColumnBand[]): number {
  const centre = (c.start + c.end) / 2;
  let best = 0;
  bands.forEach((b, i) => {
    const here = Math.abs((b.start + b.end) / 2 - centre);
    const there = Math.abs(
      ((bands[best] as ColumnBand).start + (bands[best] as ColumnBand).end) / 2 - centre,
    );
    if (here < there) best = i;
  });
  return best;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/**
 * A year one space from the next header word stands over its own column when the two overlap
 * different columns:
 *
 *        2004    2003 Change
 *                ^^^^ ^^^^^^   two columns
 */
function splitYear(c: Chunk, bands: readonly ColumnBand[]): Chunk[] {
  const m = /^((?:19|20)\d\d\*{0,3}) (\S.*)$/.exec(c.text);
  if (!m) return [c];
  const year = { start: c.start, end: c.start + (m[1] as string).length };
  const rest = { start: year.end + 1, end: c.end };
  const a = overlapping(year, bands);
  const b = overlapping(rest, bands);
  if (a.length !== 1 || b.length === 0 || b.includes(a[0] as number)) return [c];
  return [
    { ...year, text: m[1] as string, figure: true },
    { ...rest, text: m[2] as string, figure: false },
  ];
}
