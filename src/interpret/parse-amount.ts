/** Parses the text of one figure cell into an exact `Amount`. */

import Decimal from "decimal.js";
import type { Amount } from "../model/amount";

/**
 * A zero dash, optionally after a currency sign or before a percent sign.
 *
 *   Minority interest          --          $  -        -0-
 *                              ^^          ^^^^        ^^^
 */
const ZERO_DASH = /^(?<currency>[$€£]\s*)?(?:-{1,3}|[—–]|-0-)(?<percent>\s*%)?$/u;

/**
 * A marker printed where a figure could stand but none does.
 *
 *   Gross margin               54.9%       n/m         N/A         *
 *                                          ^^^         ^^^         ^
 */
const MARKER = /^(?:\*{1,3}|n\/?[am]|n\.[am]\.)$/iu;

/**
 * A footnote mark after a figure, glued or set off by spaces: `*`, `+`, `#`, `(a)`, `(4)`, `[2]`.
 * A mark is never part of the value.
 *
 *   Net sales        1,215(a)     (858)(b)     8.0%(c)     (1,259) (a)     $ 1.27 (4)
 *                         ^^^          ^^^         ^^^             ^^^            ^^^
 */
const MARK = String.raw`\*{1,3}|\+|#|\([A-Za-z]{1,2}\)|\(\d{1,2}\)|\[[A-Za-z\d]{1,2}\]`;

/**
 * A number with every place a sign, parenthesis, currency, percent or footnote mark may be printed;
 * which combinations make sense is decided after the match. Every `\s*` follows a literal and the
 * digits are required, so a run of spaces is matched one way only and the match stays linear.
 *
 *   Net loss               $  (806)     $(7,800)     ($51)     -4.1%     (2)%     5,667*     .70
 *                          ^^^^^^^^     ^^^^^^^^     ^^^^^     ^^^^^     ^^^^     ^^^^^^     ^^^
 */
const NUMBER = new RegExp(
  String.raw`^(?<lead>[-+])?(?<open>\(\s*)?(?<currency>[$€£]\s*)?(?<innerOpen>\(\s*)?(?<sign>[-+])?(?<innerCurrency>[$€£])?(?=\.?\d)(?<whole>\d[\d,]*)?(?:\.(?<fraction>\d+))?(?<percent>\s*%)?(?<close>\s*\))?(?<outerPercent>\s*%)?(?:\s*(?<footnote>${MARK}))?$`,
  "u",
);

/**
 * A note reference printed in a figure's place, or a footnote mark with no figure: no figure, and
 * the text is kept as the mark.
 *
 *   Extraordinary item               See Note (2)        (a)
 *                                    ^^^^^^^^^^^^        ^^^
 */
const NOTE_REFERENCE = new RegExp(
  String.raw`^(?:(?:see\s+)?notes?\s*(?:\(\s*[A-Za-z\d]{1,3}\s*\)|[A-Za-z\d]{1,3})\.?|\([A-Za-z]{1,2}\)|\[[A-Za-z\d]{1,2}\])$`,
  "iu",
);

/** Digits in groups of three after a first group of one to three (`1,156,444`), or no commas at all. */
const WELL_GROUPED = /^(?:\d{1,3}(?:,\d{3})*|\d+)$/u;

const INVALID: Amount = {
  kind: "invalid",
  value: null,
  percent: false,
  currency: false,
  footnote: "",
  decimals: 0,
};

/**
 * Reads a figure as printed: parentheses or a leading minus make it negative, `$`, `€` or `£` set
 * `currency`, a `%` inside or after the parentheses sets `percent`; dashes are zero and `n/m`-like
 * markers stand for no figure. Anything else, including cut-off or badly grouped numbers, gives
 * kind "invalid". Never throws.
 */
export function parseAmount(text: string): Amount {
  const figure = text.trim();

  const dash = ZERO_DASH.exec(figure);
  if (dash) {
    return {
      kind: "number",
      value: "0",
      percent: dash.groups?.percent !== undefined,
      currency: dash.groups?.currency !== undefined,
      footnote: "",
      decimals: 0,
    };
  }

  if (MARKER.test(figure)) return { ...INVALID, kind: "marker" };
  if (NOTE_REFERENCE.test(figure)) return { ...INVALID, kind: "marker", footnote: figure };

  const groups = NUMBER.exec(figure)?.groups;
  if (groups === undefined) return { ...INVALID };

  const { whole, fraction } = groups;
  const opens = Number(groups.open !== undefined) + Number(groups.innerOpen !== undefined);
  const closes = Number(groups.close !== undefined);
  const signs = Number(groups.lead !== undefined) + Number(groups.sign !== undefined);
  const currencies = Number(groups.currency !== undefined) + Number(groups.innerCurrency !== undefined);
  const percents = Number(groups.percent !== undefined) + Number(groups.outerPercent !== undefined);
  const shape: Amount = {
    ...INVALID,
    percent: percents > 0,
    currency: currencies > 0,
    footnote: groups.footnote?.trim() ?? "",
    decimals: fraction?.length ?? 0,
  };

  const wellFormed =
    (whole === undefined || WELL_GROUPED.test(whole)) &&
    opens === closes &&
    opens <= 1 &&
    signs + opens <= 1 &&
    currencies <= 1 &&
    percents <= 1;
  if (!wellFormed) return shape;

  const negative = opens === 1 || groups.lead === "-" || groups.sign === "-";
  const digits = (whole ?? "0").replace(/,/gu, "").replace(/^0+(?=\d)/u, "");
  const value = `${negative ? "-" : ""}${digits}${fraction === undefined ? "" : `.${fraction}`}`;
  return { ...shape, kind: "number", value };
}

/** The exact value of a parsed number (unscaled: `54.9%` gives 54.9), or null for markers and invalid text. */
export function amountToDecimal(amount: Amount): Decimal | null {
  return amount.kind === "number" && amount.value !== null ? new Decimal(amount.value) : null;
}
