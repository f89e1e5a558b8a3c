/** Takes back a figure that a label swallowed because only one space stood between them. */
import type { ColumnBand } from "../model/text-table";
import type { BodyLine } from "./build-rows";
import { bandOf } from "./find-columns";
import { isFigureText } from "./figure-text";
import type { Chunk } from "./split-chunks";

/**
 * A label's last word is a figure of the row when it stands in a column that the row leaves empty:
 *
 *   Total revenues 12,410             10,220
 *                  ^^^^^^ column 1    column 2
 *
 * A number inside a label that stands in no column ("Notes due 2008") stays in the label.
 */
export function splitSwallowed(body: readonly BodyLine[], bands: readonly ColumnBand[]): BodyLine[] {
  if (bands.length === 0) return [...body];
  return body.map((b) => {
    const { info } = b;
    if (info.kind !== "values" && info.kind !== "text") return b;
    if (info.kind === "text" && info.rule !== null) return b;
    const at = info.chunks.findIndex((c) => !c.figure);
    const next = info.chunks.findIndex((c, i) => i > at && c.figure);
    const label = info.chunks[at];
    if (!label || at !== 0 || (next !== -1 && next !== 1) || (info.kind === "text" && info.chunks.length > 1))
      return b;
    const m = /^(.*\S) (\S+)$/.exec(label.text);
    if (!m || !isFigureText(m[2] as string) || !/[\d]/.test(m[2] as string)) return b;
    const figure: Chunk = {
      start: label.end - (m[2] as string).length,
      end: label.end,
      text: m[2] as string,
      figure: true,
    };
    const home = bandOf(bands, figure);
    const band = bands[home] as ColumnBand;
    if (Math.min(band.end, figure.end) - Math.max(band.start, figure.start) <= 0) return b;
    const taken = info.chunks.slice(1).some((c) => c.figure && bandOf(bands, c) <= home);
    if (taken) return b;
    const rest: Chunk = {
      start: label.start,
      end: label.start + (m[1] as string).length,
      text: m[1] as string,
      figure: false,
    };
    return {
      ...b,
      info: { ...info, kind: "values", years: false, chunks: [rest, figure, ...info.chunks.slice(1)] },
    };
  });
}
