/**
 * A label reduced to the words that name a line, so that the same line matches across its
 * currency, per-share and percent rows: lowercase, without parenthesised groups, "per share",
 * the words of profit or loss, and punctuation.
 *
 *   (Loss) Income from Discontinued Operations     -> "from discontinued operations"
 *   Income (Loss) from Discontinued Operations     -> "from discontinued operations"
 *   Net Loss (GAAP)                                -> "net"
 */

/** Parenthesised groups, innermost first: "(Loss)", "(GAAP)", "(% of Revenue)". */
const PARENTHESISED = /\([^()]*\)/g;
const PER_SHARE = /\bper (?:common |basic |diluted |basic and diluted )?share\b/g;
const PROFIT_OR_LOSS = /\b(?:loss(?:es)?|income|gains?|earnings|profits?)\b/g;
const PUNCTUATION = /[^a-z0-9]+/g;

export function normalizeLabel(label: string): string {
  let text = label.toLowerCase();
  for (let previous = ""; previous !== text;) {
    previous = text;
    text = text.replace(PARENTHESISED, " ");
  }
  return text.replace(PER_SHARE, " ").replace(PROFIT_OR_LOSS, " ").replace(PUNCTUATION, " ").trim();
}
