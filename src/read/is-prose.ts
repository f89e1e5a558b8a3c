/** Tells a line of a prose paragraph from a title, a caption or a label. */

/**
 * A line of prose: a run of mostly lower-case words that ends a sentence or fills the line, or
 * that runs on into such a line. A title, a caption in parentheses or a short label is none.
 *
 *         A summary of stock option activity is as follows:           <- prose
 *       Additional information regarding options outstanding as of December 31,
 *   1997 is as follows:                                               <- prose, both lines
 *               CONSOLIDATED STATEMENTS OF OPERATIONS                 <- a title
 *               (In thousands, except per share data)                 <- a caption
 */
export function isProseLine(text: string, next = ""): boolean {
  return isProse(text, true) || (/[,\w]$/.test(text.trim()) && isProse(text, false) && endsSentence(next));
}

function isProse(text: string, alone: boolean): boolean {
  const t = text.trim();
  if (t.startsWith("(") || t.startsWith("<")) return false;
  const words = t.split(/\s+/);
  if (words.length < 5) return false;
  const lower = words.filter((w) => /^[a-z]{2,}/.test(w)).length;
  if (lower * 5 < words.length * 2) return false;
  return !alone || /[.:;]$/.test(t) || t.length >= 70;
}

function endsSentence(next: string): boolean {
  const t = next.trim();
  return t !== "" && !t.startsWith("(") && /[.:;]$/.test(t) && /\b[a-z]{2,}\b/.test(t);
}
