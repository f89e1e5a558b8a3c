/**
 * A percent row's label split into the line it measures and what it is a percent of.
 *
 *   Gross Margin (% of Revenue)                 -> "Gross Margin", of "revenue"
 *   Gross profit as a percent of net sales      -> "Gross profit", of "net sales"
 *   Operating margin %                          -> "Operating margin", of nothing named
 */
export interface PercentLabel {
  /** The label without its percent phrase, as printed. */
  base: string;
  /** The words after "% of" / "percent of", lowercased; null when the label names no denominator. */
  of: string | null;
}

const PHRASE = "(?:as an? )?(?:%|percent(?:age)?) of ";
const IN_PARENTHESES = new RegExp(`\\(\\s*${PHRASE}([^)]*)\\)`, "i");
const AT_END = new RegExp(`(?:^|[\\s,:-]+)${PHRASE}(.*)$`, "i");
const BARE = /(?:^|[\s,:-]+)(?:\(%\)|%|in %|percent(?:age)?)\s*$/i;

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function splitPercentLabel(label: string): PercentLabel {
  const match = IN_PARENTHESES.exec(label) ?? AT_END.exec(label);
  if (match !== null) {
    const base = label.slice(0, match.index) + label.slice(match.index + match[0].length);
    return { base: clean(base), of: clean(match[1] ?? "").toLowerCase() || null };
  }
  return { base: clean(label.replace(BARE, "")), of: null };
}
