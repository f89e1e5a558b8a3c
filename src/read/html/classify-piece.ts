/**
 * Tells what part of a figure one table cell holds: older generators and Workiva spread a figure
 * over several cells, so `$` | `(435` | `)` or `12.5` | `%` are pieces of one figure.
 *
 *   $        -> prefix       (435  -> number      )   -> suffix      %   -> suffix
 *   1,234    -> number       —     -> number      n/m -> text        Net sales -> text
 */
export type PieceKind = "empty" | "prefix" | "number" | "suffix" | "text";

const PREFIX = /^(?:[$€£¥]|US\$|\(|\$\s?\(|\(\s?\$)$/;
const SUFFIX = /^(?:\)|%|\)\s?%|%\s?\)|pts?\.?|bps|x)$/i;
const NUMBER =
  /^[-–—−+]?\(?\s*(?:[$€£¥]|US\$)?\s*\(?\s*[-–—−+]?\s*(?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\s*%?\s*\)?\s*%?$/;
const DASH = /^\(?(?:[$€£¥]\s*)?(?:[-–—−]{1,3}|-0-)\s*%?\)?$/;
/** A bare four-digit year: a column header, not a figure, in a row without a label. */
export const BARE_YEAR = /^(?:19|20)\d\d$/;

export function classifyPiece(text: string): PieceKind {
  if (text === "") return "empty";
  if (PREFIX.test(text)) return "prefix";
  if (SUFFIX.test(text)) return "suffix";
  if (NUMBER.test(text) || DASH.test(text)) return "number";
  return "text";
}

/** Pieces join without spaces, as a figure is printed: "$" + "(435" + ")" -> "$(435)". */
export function joinPieces(pieces: readonly string[]): string {
  return pieces.map((p) => p.replace(/\s+/g, "")).join("");
}
