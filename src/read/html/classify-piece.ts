/**
 * Tells what part of a figure one table cell holds: older generators and Workiva spread a figure
 * over several cells, so `$` | `(435` | `)` or `12.5` | `%` are pieces of one figure.
 *
 *   $        -> prefix       (435  -> number      )   -> suffix      %   -> suffix
 *   1,234    -> number       —     -> number      n/m -> text        Net sales -> text
 */
export type PieceKind = "empty" | "prefix" | "number" | "suffix" | "text";

const PREFIX = /^(?:[$€£¥]|US\$|\(|\$\s?\(|\(\s?\$)$/;
/** ")", "%", a unit ("pts)", "bp."), or a footnote mark after a figure's last piece (")(a)", "(1)"). */
const SUFFIX =
  /^(?=\S)(?:\)\s*)?(?:%|(?:pts?|bps?|points?|x)\.?)?(?:\s*\))?(?:\s*%)?(?:\s*(?:\([a-z]\)|\*{1,3}))?$/i;
/** A unit or footnote mark printed after a figure, in its cell or the next: not part of the figure. */
export const TRAILING_MARK = /\s*(?:(?:pts?|bps?|points?)\.?|\([a-z]\)|\*{1,3})$/i;
/** Footnote references in a cell of their own: "1,2" or "3". */
export const NOTE_LIST = /^\d{1,2}(?:\s?,\s?\d{1,2})+$/;
const NUMBER =
  /^[-–—−+]?\(?\s*(?:[$€£¥]|US\$)?\s*\(?\s*[-–—−+]?\s*(?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\s*%?\s*\)?\s*%?$/;
const DASH = /^\(?(?:[$€£¥]\s*)?(?:[-–—−]{1,3}|-0-)\s*%?\)?$/;
/** A bare four-digit year: a column header, not a figure, in a row without a label. */
export const BARE_YEAR = /^(?:19|20)\d\d$/;

export function classifyPiece(text: string): PieceKind {
  if (text === "") return "empty";
  if (PREFIX.test(text)) return "prefix";
  if (SUFFIX.test(text)) return "suffix";
  if (NOTE_LIST.test(text)) return "suffix";
  const bare = text.replace(TRAILING_MARK, "");
  if (bare !== "" && (NUMBER.test(bare) || DASH.test(bare))) return "number";
  return "text";
}

/**
 * Pieces join without spaces, as a figure is printed; units and footnote marks go apart.
 *
 *   "$" + "(435" + ")(a)"  -> { text: "$(435)", marks: "(a)" }
 *   "(242) bp."            -> { text: "(242)", marks: "bp." }
 */
export function joinPieces(pieces: readonly string[]): { text: string; marks: string } {
  const marks: string[] = [];
  const parts = pieces.map((piece) => {
    if (NOTE_LIST.test(piece)) {
      marks.push(piece);
      return "";
    }
    let rest = piece.replace(UNIT, (unit) => {
      marks.push(unit.trim());
      return "";
    });
    const note = FOOTNOTE.exec(rest);
    const before = note === null ? "" : rest.slice(0, note.index);
    const afterFigure = /\d/.test(before) || (piece !== pieces[0] && /^\s*[)%][)%\s]*$/.test(before));
    if (note !== null && afterFigure) {
      marks.push(note[0].trim());
      rest = rest.slice(0, note.index);
    } else if (note !== null && piece !== pieces[0] && LETTER_NOTE.test(rest)) {
      marks.push(note[0].trim());
      rest = "";
    }
    return rest.replace(/\s+/g, "");
  });
  return { text: parts.join(""), marks: marks.join(" ") };
}

const UNIT = /\s*\b(?:pts?|bps?|points?)\b\.?/gi;
const LETTER_NOTE = /^\s*(?:\([a-z]\)|\*{1,3})$/i;
const FOOTNOTE = /\s*(?:\([a-z\d]{1,2}\)|\*{1,3})$/i;
/** A figure's own text never ends in a letter mark; "(1)" alone is a figure, "5,667(1)" a figure and a mark. */
