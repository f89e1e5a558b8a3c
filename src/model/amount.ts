/** An amount as printed in an exhibit, parsed exactly. */

/**
 * What a figure token means.
 *  - number:  `(2,118)`, `$ 900`, `54.9%`, `.70`, `-` (zero)
 *  - marker:  `*`, `n/m`, `N/A` (stands where a figure could, but is none)
 *  - invalid: looks like a figure but cannot be one (`$8,1` cut off at the margin, `1,2,34`)
 */
export type AmountKind = "number" | "marker" | "invalid";

export interface Amount {
  kind: AmountKind;
  /**
   * Exact decimal string with the printed number of decimals, unscaled; null unless kind is
   * "number". `($0.00)` gives "-0.00" (the sign of a negative zero is kept), `-` gives "0".
   */
  value: string | null;
  /** True when printed with a percent sign: `54.9%`, `(26%)`, `19 %`. */
  percent: boolean;
  /** True when printed with a currency sign. */
  currency: boolean;
  /** Footnote marks that follow the figure (`5,667*` gives "*"), or "". */
  footnote: string;
  /** Digits after the decimal point as printed (`.70` gives 2, `-` gives 0). */
  decimals: number;
}
