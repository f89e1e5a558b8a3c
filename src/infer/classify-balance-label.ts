/**
 * What a balance sheet label names among the two totals that must agree, or null.
 *
 *   TOTAL ASSETS                                       -> "assets"
 *   Total Liabilities and Stockholders' Equity         -> "liabilities-and-equity"
 *   LIABILITIES AND STOCKHOLDERS' EQUITY  (a heading)  -> "liabilities-and-equity"
 *   TOTAL                                              -> "total" (named by the heading above it)
 */
export type BalanceLabel = "assets" | "liabilities-and-equity" | "total";

const APOSTROPHES = /['\u2019`]/g;
const FOOTNOTES = /\(\s*(?:\d{1,2}|[a-z]|\*+)\s*\)/g;
const ASSETS = /^total assets$/;
/** "... and stockholders' equity", "... & shareholders' investment", "... and partners' capital", "... (deficit)". */
const LIABILITIES_AND_EQUITY =
  /^(?:total )?liabilities\b.* and (?:.* )?(?:equity|capital|investment|deficit|deficiency)(?: deficit| deficiency)?$/;
const EQUITY_AND_LIABILITIES = /^(?:total )?(?:.* )?(?:equity|capital) and liabilities$/;
const TOTAL = /^total$/;

export function classifyBalanceLabel(label: string): BalanceLabel | null {
  const text = label
    .toLowerCase()
    .replace(FOOTNOTES, " ")
    .replace(/&/g, " and ")
    .replace(APOSTROPHES, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (ASSETS.test(text)) return "assets";
  if (TOTAL.test(text)) return "total";
  if (LIABILITIES_AND_EQUITY.test(text) || EQUITY_AND_LIABILITIES.test(text)) return "liabilities-and-equity";
  return null;
}
