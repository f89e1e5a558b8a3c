/** Tells what a row's figures measure: currency, per-share amounts, share counts, percentages or other. */
import type { Amount } from "../model/amount";
import type { RowUnit } from "../model/statement";

const PER_SHARE =
  /\bper (?:common |basic |diluted |weighted average )?(?:share|unit)\b|\bEPS\b|\bper share\b|\bearnings per\b/i;
const SHARES = /\bshares\b|\bunits outstanding\b/i;
/** Capital stock lines that name share counts but print dollars ("Common stock, $.001 par value: 12,000,000 shares authorized"). */
const CAPITAL_STOCK =
  /\bpar value\b|\bshares (?:designated|authorized)\b|\bstock\b.*\bshares\b|^(?:common|preferred|ordinary) shares$/i;
const SHARE_COUNT_OPENING = /^(?:basic |diluted )?(?:weighted|average|shares|number of)\b/i;
const PERCENT = /%|\bpercent(?:age)?\b|\bmargin \(%|\bratio\b/i;
const OTHER =
  /\bnumber of\b|\bfactor\b|\bcount\b|\bemployees\b|\bstores\b|\bsquare feet\b|\bkwh\b|\bkilowatt|\bcustomers\b|\bdays\b|\bheadcount\b/i;

export interface RowUnitInput {
  label: string;
  amounts: readonly Amount[];
  /** The heading whose block the row sits in ("Basic and Diluted (Loss) Income per Share ..."). */
  section: string | null;
  /** True when the statement's other currency rows print whole numbers (2 decimals then suggest per share). */
  wholeNumbers: boolean;
}

/**
 * In order: percent signs on every figure; a per-share label or section; a share-count label;
 * a count or factor; two-decimal figures in a table of whole numbers; else currency.
 *
 *   Gross Margin (% of Revenue)                   54.9%        -> percent
 *   Basic and Diluted (Loss) Income per Share:                  (section)
 *   Net (Loss) Income                            ($0.00)       -> per-share
 *   Basic Weighted Average Shares Outstanding  78,213,486      -> shares
 */
export function detectRowUnit({ label, amounts, section, wholeNumbers }: RowUnitInput): RowUnit {
  const numbers = amounts.filter((a) => a.kind === "number");
  if (numbers.length > 0 && numbers.every((a) => a.percent)) return "percent";
  if (SHARE_COUNT_OPENING.test(label) && SHARES.test(label)) return "shares";
  if (PER_SHARE.test(label)) return "per-share";
  if (SHARES.test(label) && !(CAPITAL_STOCK.test(label) && !SHARE_COUNT_OPENING.test(label))) return "shares";
  if (PERCENT.test(label) && numbers.every((a) => a.decimals > 0 || a.percent)) return "percent";
  if (section !== null && PER_SHARE.test(section) && !SHARES.test(label)) return "per-share";
  if (OTHER.test(label)) return "other";
  const decimals = numbers.filter((a) => a.value !== "0");
  if (wholeNumbers && decimals.length > 0 && decimals.every((a) => a.decimals === 2)) return "per-share";
  return "currency";
}
