/** For the mutation test: a printed figure moved by some units of its last digit, printed and placed as the original was. */
import Decimal from "decimal.js";
import { unitOf } from "../src/model/tolerance";

/** How far a mutation moves a figure, in units of its last printed digit. */
export const SHIFT = 7;

const ZERO_DASH = /-0-|-{1,3}|[—–]/u;
const DIGITS = /\d[\d,]*(?:\.\d+)?|\.\d+/u;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * The figure moved by `shift` (default +7) units of its last printed digit, printed as the original was.
 *
 *   "(2,118)" -> "(2,111)"    "54.9%" -> "55.6%"    "$0.01" -> "$0.08"    "-" -> "7"    "(5)" -> "2"
 */
export function mutateFigure(text: string, value: string, shift = SHIFT): { text: string; value: string } {
  const decimals = value.includes(".") ? value.length - value.indexOf(".") - 1 : 0;
  const moved = new Decimal(value).plus(unitOf(value).times(shift));
  const newValue = moved.toFixed(decimals);
  const digits = DIGITS.exec(text);
  if (digits === null) {
    return { text: text.replace(ZERO_DASH, newValue).trim(), value: newValue };
  }
  const [core] = digits;
  const [whole = ""] = core.split(".");
  const grouped = whole.includes(",") || whole.length <= 3;
  const [newWhole = "", newFraction] = moved.abs().toFixed(decimals).split(".");
  const printedWhole = core.startsWith(".") && newWhole === "0" ? "" : newWhole;
  const newCore = `${grouped ? groupThousands(printedWhole) : printedWhole}${newFraction === undefined ? "" : `.${newFraction}`}`;
  let prefix = text.slice(0, digits.index);
  let suffix = text.slice(digits.index + core.length);
  if (value.startsWith("-") && !moved.isNegative()) {
    prefix = prefix.replace(/[(-]/gu, "");
    suffix = suffix.replace(/^(\s*%?\s*)\)/u, "$1");
  }
  return { text: `${prefix}${newCore}${suffix}`.trim(), value: newValue };
}

/** Characters after the last digit or dash: `)` in "(2,118)", `%)` in "(26%)". */
function tailLength(figure: string): number {
  const last = Math.max(...[...figure].map((ch, i) => (/[\d\-—–]/u.test(ch) ? i : -1)));
  return figure.length - 1 - last;
}

/**
 * The line with `figure` in place of `old` at [start, end): its last digit where the old one's
 * stood (a closing parenthesis hangs past the column), widening into spaces and keeping two
 * before it. Null when it does not fit.
 *
 *   "Net loss      (5)  x"  ->  "Net loss       2   x"
 *                   ^                           ^
 */
export function placeFigure(
  line: string,
  start: number,
  end: number,
  old: string,
  figure: string,
): string | null {
  const newEnd = end - tailLength(old) + tailLength(figure);
  const newStart = newEnd - figure.length;
  const blank = (line.slice(0, start) + " ".repeat(end - start) + line.slice(end)).padEnd(newEnd);
  const from = newStart < start ? newStart - 2 : start;
  const to = newEnd > end ? newEnd + 1 : end;
  if (from < 0 || blank.slice(from, to).trim() !== "") return null;
  return blank.slice(0, newStart) + figure + blank.slice(newEnd);
}
