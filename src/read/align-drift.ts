/** Finds how far each block of a table's rows drifted from the first, so that its figures keep their columns. */
import type { ColumnBand } from "../model/text-table";
import { findColumns } from "./find-columns";
import type { Chunk } from "./split-chunks";

/** The figures of one row, with the block (run of rows between blank lines or headings) it is in. */
export interface BlockLine {
  line: number;
  block: number;
  cells: readonly Chunk[];
}

export interface Drift {
  /** The columns, where the first full block stands. */
  bands: ColumnBand[];
  /** Per 1-based line: how many characters to move its figures left to reach the columns (absent: 0). */
  shift: Map<number, number>;
}

/**
 * A table whose blocks stand at different places has more columns than any row has figures. When
 * each block, moved as a whole, lines up with a block that fills every column, the columns are that
 * block's and each block's figures go into them in order:
 *
 *   Gross profit                         4,290        3,290
 *
 *   Selling and administrative                   1,980        1,610      <- moved 8 right
 *
 * Returns null when the table does not drift (or moving blocks does not explain its columns).
 */
export function alignDrift(lines: readonly BlockLine[]): Drift | null {
  const k = Math.max(0, ...lines.map((l) => l.cells.length));
  const all = findColumns(lines.map((l) => l.cells));
  if (k === 0 || all.length <= k) return null;
  const blocks = new Map<number, BlockLine[]>();
  for (const l of lines) blocks.set(l.block, [...(blocks.get(l.block) ?? []), l]);
  const reference = [...blocks.values()].find((b) => findColumns(b.map((l) => l.cells)).length === k);
  if (!reference) return null;
  const ref = findColumns(reference.map((l) => l.cells));
  const shift = new Map<number, number>();
  for (const block of blocks.values()) {
    const own = findColumns(block.map((l) => l.cells));
    const d = bestShift(own, ref);
    if (d === null) return null;
    if (d !== 0) for (const l of block) shift.set(l.line, d);
  }
  const moved = lines.map((l) => l.cells.map((c) => move(c, shift.get(l.line) ?? 0)));
  const bands = findColumns(moved);
  return bands.length === k ? { bands, shift } : null;
}

/** Moves a figure `d` characters left. */
export function move<T extends { start: number; end: number }>(c: T, d: number): T {
  return d === 0 ? c : { ...c, start: c.start - d, end: c.end - d };
}

/**
 * The smallest move (in characters, positive to the left) that puts every column of a block on a
 * distinct reference column, right edges closest; null when none does.
 */
function bestShift(own: readonly ColumnBand[], ref: readonly ColumnBand[]): number | null {
  const candidates = new Set<number>([0]);
  for (const b of own) for (const r of ref) candidates.add(b.end - r.end);
  let best: number | null = null;
  let bestScore = Infinity;
  for (const d of candidates) {
    const score = fitScore(own, ref, d);
    if (score === null) continue;
    if (score < bestScore || (score === bestScore && best !== null && Math.abs(d) < Math.abs(best))) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function fitScore(own: readonly ColumnBand[], ref: readonly ColumnBand[], d: number): number | null {
  let score = 0;
  let floor = 0;
  for (const b of own) {
    const m = move(b, d);
    let j = floor;
    while (j < ref.length && !overlaps(m, ref[j] as ColumnBand)) j++;
    if (j >= ref.length) return null;
    score += Math.abs(m.end - (ref[j] as ColumnBand).end);
    floor = j + 1;
  }
  return score;
}

function overlaps(a: ColumnBand, b: ColumnBand): boolean {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0;
}
