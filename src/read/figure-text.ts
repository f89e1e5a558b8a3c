/** Decides whether a chunk of an exhibit line is shaped like a figure rather than words. */

/**
 * A zero dash, optionally after a currency sign or before a percent sign. Four or more dashes are a
 * rule, not a zero.
 *
 *   Minority interest          --          $  -        -0-
 *                              ^^          ^^^^        ^^^
 */
const ZERO_DASH = /^(?:[$€£]\s*)?(?:-{1,3}|[—–]|-0-)(?:\s*%)?$/u;

/**
 * A marker printed where a figure could stand but none does.
 *
 *   Gross margin               54.9%       n/m         N/A         *
 *                                          ^^^         ^^^         ^
 */
const MARKER = /^(?:\*{1,3}|n\/?[am]|n\.[am]\.)$/iu;

/**
 * A footnote mark printed after a figure, glued or one space apart: `*`, `+`, `#`, `(a)`, `(4)`, `[2]`.
 *
 *   Net sales        1,215(a)     (858)(b)     8.0%(c)     (1,259) (a)     5,667*
 *                         ^^^          ^^^         ^^^             ^^^          ^
 */
export const MARK_SOURCE = String.raw`\*{1,3}|\+|#|\([A-Za-z]{1,2}\)|\(\d{1,2}\)|\[[A-Za-z\d]{1,2}\]`;

/** A mark standing alone, as a chunk of its own. */
const MARK = new RegExp(`^(?:${MARK_SOURCE})$`, "u");

/**
 * A number with its sign, parentheses, currency, percent and footnote mark. Broken ones pass too
 * (`$8,1` cut off at the margin, `1,2,34`, an unclosed `(2,118`) so that they reach a cell and a
 * finding. Every `\s*` follows a literal, so a run of spaces is matched one way only and the test
 * stays linear.
 *
 *   Net loss               $  (806)     $(7,800)     ($51)     (26%)     (2)%     5,667*     .70
 *                          ^^^^^^^^     ^^^^^^^^     ^^^^^     ^^^^^     ^^^^     ^^^^^^     ^^^
 */
const NUMBER = new RegExp(
  String.raw`^[-+]?(?:\(\s*)?(?:[$€£]\s*)?(?:\(\s*)?[-+]?[$€£]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*%)?(?:\s*\))?(?:\s*%)?(?: ?(?:${MARK_SOURCE}))?$`,
  "u",
);

/**
 * True when `text` is a number, a zero dash or a marker standing in a figure's place; false for
 * words, dates, phone numbers, rules and the like. A bare year (`2004`) is figure-shaped: context
 * decides elsewhere.
 */
export function isFigureText(text: string): boolean {
  const chunk = text.trim();
  return ZERO_DASH.test(chunk) || MARKER.test(chunk) || NUMBER.test(chunk);
}

/** True when `text` is a footnote mark alone: `(a)`, `(4)`, `*`, `[2]`. */
export function isMarkText(text: string): boolean {
  return MARK.test(text.trim());
}

const TRAILING_MARK = new RegExp(`\\d[\\d,.%)]*(\\s*(?:${MARK_SOURCE}))$`, "u");

/**
 * The span of a figure without its footnote mark, for lining figures up in columns:
 *
 *   -389,287 (1)     1,215(a)
 *   ^------^         ^---^
 */
export function withoutMark<T extends { start: number; end: number; text: string }>(c: T): T {
  const m = TRAILING_MARK.exec(c.text);
  const mark = m?.[1];
  if (!mark) return c;
  return { ...c, end: c.end - mark.length, text: c.text.slice(0, c.text.length - mark.length) };
}
