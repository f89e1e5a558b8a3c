/** Tells what a row's figures measure: currency, per-share amounts, share counts, percentages or other. */
import type { Amount } from "../model/amount";
import type { RowUnit } from "../model/statement";

/** "per share", "per common share", "per common and common equivalent share", "per weighted average unit" */
const PER_SHARE = /\bper\s+(?:[a-z-]+\s+){0,4}?(?:share|unit)s?\b|\bEPS\b|\bearnings per\b/i;
/**
 * Words that describe the instrument a line is about, not what its figures measure: a par or
 * stated value, a price per share, a number of shares authorized or issued.
 *
 *   Common stock, par value $.01 per share; authorized 500,000,000 shares   11   -> currency
 *   Issuance of common stock at $0.30 per share                       225,000   -> currency
 */
const INSTRUMENT_WORDS = [
  /\b(?:par|stated|liquidation|redemption|conversion|exercise)\s+(?:value|preference|price)s?\b[^;:,)]*/giu,
  /\$\s*\d*\.?\d+\s*(?:par|stated)?\s*(?:value\s*)?(?:per\s+(?:[a-z-]+\s+){0,3}?(?:share|unit)s?\b)?/giu,
  /\b\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}?shares?\b(?:\s+(?:authorized|issued|designated|outstanding|reserved)\b)*/giu,
  /\b(?:authorized|designated|reserved)\b[^;:)]*/giu,
];

/** The label without the words that describe its instrument. */
export function measuredWords(label: string): string {
  return INSTRUMENT_WORDS.reduce((text, pattern) => text.replace(pattern, " "), label)
    .replace(/\s+/gu, " ")
    .trim();
}
const SHARES = /\bshares\b|\bunits outstanding\b/i;
/** Capital stock lines that name share counts but print dollars ("Common stock, $.001 par value: 12,000,000 shares authorized"). */
const CAPITAL_STOCK =
  /\bpar value\b|\bshares (?:designated|authorized)\b|\bstock\b.*\bshares\b|^(?:common|preferred|ordinary) shares$/i;
/** A label that states its own share counts ("168,153 and 159,267 shares at June 30"): its figures are dollars. */
const STATED_COUNT = /\b\d{1,3}(?:,\d{3})+\s+(?:and\s+\d{1,3}(?:,\d{3})+\s+)?shares?\b/i;

/** A capital stock line, by its own wording or by the par-value heading it sits under. */
function describesStock(printed: string, section: string | null): boolean {
  return (
    CAPITAL_STOCK.test(printed) ||
    STATED_COUNT.test(printed) ||
    (section !== null && /\bpar value\b/i.test(section))
  );
}
const SHARE_COUNT_OPENING = /^(?:basic |diluted )?(?:weighted|average|shares|number of)\b/i;
const PERCENT = /%|\bpercent(?:age)?\b|\bmargin \(%|\bratio\b/i;
const OTHER =
  /\bnumber of\b|\bfactor\b|\bcount\b|\bemployees\b|\bstores\b|\bsquare feet\b|\bkwh\b|\bkilowatt|\bcustomers\b|\bdays\b|\bheadcount\b/i;

export interface RowUnitInput {
  label: string;
  amounts: readonly Amount[];
  /** The heading whose block the row sits in ("Basic and Diluted (Loss) Income per Share ..."). */
  section: string | null;
  /** True when the statement's figures mostly print whole numbers or tenths (2 decimals then suggest per share). */
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
export function detectRowUnit({ label: printed, amounts, section, wholeNumbers }: RowUnitInput): RowUnit {
  const label = measuredWords(printed);
  const numbers = amounts.filter((a) => a.kind === "number");
  if (numbers.length > 0 && numbers.every((a) => a.percent)) return "percent";
  if (SHARE_COUNT_OPENING.test(label) && SHARES.test(label)) return "shares";
  if (PER_SHARE.test(label)) return "per-share";
  if (SHARES.test(label) && !(describesStock(printed, section) && !SHARE_COUNT_OPENING.test(label)))
    return "shares";
  if (PERCENT.test(label) && numbers.every((a) => a.decimals > 0 || a.percent)) return "percent";
  if (section !== null && PER_SHARE.test(section) && !SHARES.test(label)) return "per-share";
  if (OTHER.test(label)) return "other";
  const decimals = numbers.filter((a) => a.value !== "0");
  if (wholeNumbers && decimals.length > 0 && decimals.every((a) => a.decimals === 2)) return "per-share";
  return "currency";
}
