/**
 * The company an exhibit is about: the filer's name in an EDGAR submission's header (of several
 * filers, the one the text names most), else the first name with a corporate suffix in the
 * opening prose.
 *
 *   		COMPANY CONFORMED NAME:			SEARS ROEBUCK & CO             -> "SEARS ROEBUCK & CO"
 *   ROCHESTER, NY - ... - Mpower Holding Corporation (OTCBB: MPOW),  -> "Mpower Holding Corporation"
 */

const CONFORMED = /^\s*COMPANY CONFORMED NAME:\s*(\S.*?)\s*$/;

/** Up to six capitalised words, then a suffix. */
const NAMED =
  /\b((?:[A-Z][\w&'.-]*,?\s+){1,6}(?:Corporation|Incorporated|Company|Inc\.|Corp\.|Co\.|Ltd\.|Limited|L\.P\.|LLC|plc|N\.V\.|S\.A\.)(?![\w]))/;

/** Lines read for a name in the prose. */
const OPENING_LINES = 80;

export function detectCompany(lines: readonly string[]): string | null {
  const filers = lines.flatMap((line) => CONFORMED.exec(line)?.[1] ?? []);
  if (filers.length > 0) return mostNamed(filers, lines);
  for (const line of lines.slice(0, OPENING_LINES)) {
    const match = NAMED.exec(line);
    if (match?.[1]) return match[1].replace(/\s+/g, " ").trim();
  }
  return null;
}

/** The filer whose first word the text uses most: "SOUTHERN CO" among its subsidiaries. */
function mostNamed(filers: readonly string[], lines: readonly string[]): string {
  const text = lines.join("\n").toLowerCase();
  const count = (filer: string): number => {
    const word = filer.split(/\s+/)[0]?.toLowerCase() ?? "";
    return word.length < 3 ? 0 : text.split(word).length - 1;
  };
  return filers.reduce((best, filer) => (count(filer) > count(best) ? filer : best));
}
