/** Joins footnote marks set off by spaces to the figure before them, so that a mark never makes a column. */
import type { BodyLine } from "./build-rows";
import type { LineInfo } from "./classify-line";
import { bandOf, findColumns } from "./find-columns";
import { isMarkText } from "./figure-text";
import type { Chunk } from "./split-chunks";
import { splitLabel } from "./split-label";

/** How far a mark may stand from its figure. */
const MAX_GAP = 4;

/**
 * A letter mark, a star or a bracket after a figure is always a mark. A number in parentheses is a
 * mark only when no column of the table stands where it stands; otherwise it is a negative figure
 * in its own column:
 *
 *   Net sales                  $ 1,215  (a)    $ 1,093
 *   Earnings per share         $  1.27  (4)    $  1.05          <- (4): no column here, a mark
 *   Other expense                 (12)    (4)     (10)    (3)   <- (4): the column of (10), a figure
 *                                        ^^^
 */
export function attachMarks(body: readonly BodyLine[], valueStart: number): BodyLine[] {
  const candidates = body.map((b) => (b.info.kind === "values" ? findCandidates(b.info.chunks) : []));
  const sure = body.map((b, k) => {
    const c = candidates[k] ?? [];
    return b.info.kind !== "values" || c.length === 0
      ? b
      : withChunks(
          b,
          b.info.chunks.filter((_, i) => !c.some((x) => x.index === i)),
        );
  });
  const bands = findColumns(
    sure
      .filter((b) => b.info.kind === "values")
      .map((b) => splitLabel(b.info, valueStart).cells)
      .filter((cells) => cells.length > 0),
  );
  return body.map((b, k) => {
    const c = (candidates[k] ?? []).filter(
      (x) => !x.numeric || !standsInOtherColumn(bands, b.info.chunks, x.index),
    );
    if (c.length === 0) return b;
    const joined: Chunk[] = [];
    b.info.chunks.forEach((chunk, i) => {
      const before = joined[joined.length - 1];
      if (before && c.some((x) => x.index === i)) {
        joined[joined.length - 1] = {
          start: before.start,
          end: chunk.end,
          text: b.text.slice(before.start, chunk.end),
          figure: true,
        };
      } else joined.push(chunk);
    });
    return withChunks(b, joined);
  });
}

interface Candidate {
  /** Index of the mark's chunk in the line. */
  index: number;
  /** True for a number in parentheses, which may be a negative figure instead. */
  numeric: boolean;
}

function findCandidates(chunks: readonly Chunk[]): Candidate[] {
  const out: Candidate[] = [];
  chunks.forEach((chunk, i) => {
    const before = chunks[i - 1];
    if (i === 0 || !before?.figure || isMarkText(before.text) || !isMarkText(chunk.text)) return;
    if (chunk.start - before.end > MAX_GAP) return;
    if (out.some((x) => x.index === i - 1)) return;
    out.push({ index: i, numeric: /^\(\d+\)$/.test(chunk.text) });
  });
  return out;
}

/**
 * True when the chunk ends where the figures of a column other than the one of the figure before it
 * end (figures are right-aligned; a column's left edge may reach far left with a `$` sign).
 */
function standsInOtherColumn(
  bands: readonly { start: number; end: number }[],
  chunks: readonly Chunk[],
  index: number,
): boolean {
  const chunk = chunks[index] as Chunk;
  const before = chunks[index - 1] as Chunk;
  const home = bands.findIndex(
    (b) => chunk.start < b.end && chunk.end >= b.end - 2 && chunk.end <= b.end + 2,
  );
  return home >= 0 && home !== bandOf(bands, before);
}

function withChunks(b: BodyLine, chunks: Chunk[]): BodyLine {
  const info: LineInfo = { ...b.info, chunks };
  return { ...b, info };
}
