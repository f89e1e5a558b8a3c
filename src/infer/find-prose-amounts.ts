/**
 * The amounts printed in a paragraph of prose, in reading order, each marked when only a separator
 * (", ", " and ", ", and ", "; ", " & ") joins it to the amount before it.
 *
 *   of $1,964, $1,939 and $1,742 for the three months ended June 30, 2004
 *      ^       ^          ^                                    ^   ^
 *      first   joined     joined                               (dates are amounts too)
 */
import Decimal from "decimal.js";

export interface ProseAmount {
  /** The figure as printed, with its "$" and balanced parentheses ("$1,964", "(1,964)"). */
  text: string;
  /** Exact absolute value as a decimal string ("1964"). */
  value: string;
  /** 0-based offset of the figure in the paragraph, end exclusive. */
  start: number;
  end: number;
  /** True when the text between the amount before and this one is only a separator. */
  joined: boolean;
}

/**
 * A figure not inside a word or a longer number, not a percent: "(" and "$" before it, ")" after.
 * Its digits are grouped by commas in threes or not at all: "1,964", "1964", "0.25"; not "1,96".
 */
const AMOUNT =
  /(?<![\w.,$])(?:\(\s?)?(?:\$\s?)?\(?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w%]|[.,]\d|\s%)\)?/g;
const SEPARATOR = /^(?:[,;]|[,;]? ?(?:and|&))$/i;

function balanced(text: string): string {
  const opens = text.split("(").length - 1;
  const closes = text.split(")").length - 1;
  return (opens === closes ? text : text.replace(/[()]/g, "")).trim();
}

export function findProseAmounts(paragraph: string): ProseAmount[] {
  const amounts: ProseAmount[] = [];
  for (const match of paragraph.matchAll(AMOUNT)) {
    const start = match.index;
    const text = balanced(match[0]);
    const offset = start + match[0].indexOf(text);
    const previous = amounts[amounts.length - 1];
    const gap =
      previous === undefined ? "" : paragraph.slice(previous.end, offset).replace(/\s+/g, " ").trim();
    amounts.push({
      text,
      value: new Decimal(text.replace(/[^\d.]/g, "")).toString(),
      start: offset,
      end: offset + text.length,
      joined: previous !== undefined && SEPARATOR.test(gap),
    });
  }
  return amounts;
}
