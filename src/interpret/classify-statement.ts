/** Names a table and tells what kind of statement it is, from its title, headers and row labels. */
import type { StatementKind } from "../model/statement";

/**
 * Title words per kind, checked in this order (a guidance table titled "Reconciliation to
 * GAAP" is guidance; a cash-flow statement mentions "operations" too).
 */
const KIND_WORDS: readonly [StatementKind, RegExp][] = [
  ["guidance", /\bguidance\b|\boutlook\b|\bforecast\b|\bprojected\b/i],
  [
    "reconciliation",
    /\breconciliations?\b|\bnon-gaap\b|\bexcluding one-time\b|\bsignificant (?:factors|items)\b/i,
  ],
  ["cash-flows", /\bcash\s?flows?\b/i],
  ["equity", /\b(?:stockholders|shareholders)'? (?:equity|deficit)\b|\bchanges in (?:equity|capital)\b/i],
  ["balance-sheet", /\bbalance sheets?\b|\bfinancial (?:condition|position)\b|\bstatements? of condition\b/i],
  ["segment", /\bsegments?\b/i],
  [
    "statistics",
    /\bstatistics\b|\bkilowatt|\bstore count\b|\bdelinquen|\bfactor information\b|\bdistributions? in dollars\b|\boperating data\b/i,
  ],
  ["operations", /\boperations\b|\bincome\b|\bearnings\b|\bstatements? of (?:loss|income)\b/i],
];

/** Words that make a line a statement title rather than a company name or a date. */
const TITLE_WORDS =
  /\b(?:balance sheets?|statements? of|income|operations|earnings|cash\s?flows?|reconciliations?|non-gaap|guidance|outlook|highlights|analysis|segment|summary|supplemental|financial (?:condition|position|overview)|stockholders'|shareholders'|sales|statistics|distributions?|information)\b/i;

/** The scale note that often follows a title: "(amounts in $ thousands, except ...)". */
const SCALE_NOTE = /\s*\((?:[^)]*\b(?:thousands|millions|billions|000'?s)\b)[^)]*\)?\s*$/i;

/** Small words kept lower case when an all-caps title is put in title case. */
const SMALL_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
]);
/** Words kept in capitals. */
const ACRONYMS = new Set([
  "GAAP",
  "EBITDA",
  "EPS",
  "US",
  "U.S.",
  "CLEC",
  "LLC",
  "REMIC",
  "FY",
  "II",
  "III",
  "IV",
]);

/**
 * The first text (in the order given) that reads like a statement title, without its scale note,
 * in title case when it was printed in capitals.
 *
 *   "BALANCE SHEET (AMOUNTS IN $ THOUSANDS)"  ->  "Balance Sheet"
 */
export function detectTitle(texts: readonly string[]): string | null {
  for (const text of texts) {
    const bare = text.replace(SCALE_NOTE, "").replace(/\s+/g, " ").trim();
    if (bare !== "" && TITLE_WORDS.test(bare)) return titleCase(bare);
  }
  return null;
}

export function titleCase(text: string): string {
  if (/[a-z]/.test(text)) return text;
  return text
    .split(" ")
    .map((word, i) => {
      if (ACRONYMS.has(word.replace(/[(),:]/g, ""))) return word;
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower
        .replace(/(^|[-(/'"])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase())
        .replace(/'S\b/g, "'s");
    })
    .join(" ");
}

/**
 * The kind from the title first, then from the columns and rows: Low/High scenario columns make
 * guidance; "Total assets" makes a balance sheet; revenues and net income make operations.
 */
export function classifyStatement(
  title: string,
  headers: string,
  labels: readonly string[],
  hasScenario: boolean,
): StatementKind {
  if (hasScenario || /\bguidance\b|\boutlook\b/i.test(headers)) return "guidance";
  for (const [kind, pattern] of KIND_WORDS) if (pattern.test(title)) return kind;
  const all = labels.join("\n");
  if (/^total assets\b/im.test(all) && /^total liabilities\b/im.test(all)) return "balance-sheet";
  if (/cash provided by|cash used in/i.test(all)) return "cash-flows";
  if (/revenues?\b|\bsales\b/i.test(all) && /^net (?:\(loss\) )?(?:income|loss|earnings)/im.test(all))
    return "operations";
  return "other";
}
