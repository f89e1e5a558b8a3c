/**
 * The company an exhibit is about: the filer's name in an EDGAR submission's header (of several
 * filers, the one the text names most), else the first name with a corporate suffix in the
 * opening prose. One pass over the text, however many filers the header lists.
 *
 *   		COMPANY CONFORMED NAME:			SEARS ROEBUCK & CO             -> "SEARS ROEBUCK & CO"
 *   ROCHESTER, NY - ... - Mpower Holding Corporation (OTCBB: MPOW),  -> "Mpower Holding Corporation"
 */

const CONFORMED = "COMPANY CONFORMED NAME:";

/** Up to six capitalised words, then a suffix. */
const NAMED =
  /\b((?:[A-Z][\w&'.-]*,?\s+){1,6}(?:Corporation|Incorporated|Company|Inc\.|Corp\.|Co\.|Ltd\.|Limited|L\.P\.|LLC|plc|N\.V\.|S\.A\.)(?![\w]))/;

/** Lines read for a name in the prose, and the characters of each (a name comes early in its line). */
const OPENING_LINES = 80;
const OPENING_CHARS = 1000;

/** A word, as filers' names and the text are compared: letters, digits, & and ', joined by - or . ("AT&T", "L-3", "U.S"). */
const WORD = /[\p{L}\p{N}&']+(?:[-.][\p{L}\p{N}&']+)*/gu;

export function detectCompany(lines: readonly string[]): string | null {
  const filers = lines.flatMap((line) => filerOf(line) ?? []);
  if (filers.length > 0) return mostNamed(filers, lines);
  for (const line of lines.slice(0, OPENING_LINES)) {
    const match = NAMED.exec(line.slice(0, OPENING_CHARS));
    if (match?.[1]) return match[1].replace(/\s+/g, " ").trim();
  }
  return null;
}

/** "		COMPANY CONFORMED NAME:			SEARS ROEBUCK & CO" -> "SEARS ROEBUCK & CO" */
function filerOf(line: string): string | null {
  const at = line.indexOf(CONFORMED);
  if (at < 0 || line.slice(0, at).trim() !== "") return null;
  const name = line.slice(at + CONFORMED.length).trim();
  return name === "" ? null : name;
}

/**
 * The filer whose first word the text uses most: "SOUTHERN CO" among its subsidiaries. The words
 * of the text are counted once; each filer then looks its word up.
 */
function mostNamed(filers: readonly string[], lines: readonly string[]): string {
  const wanted = new Map<string, number>();
  for (const filer of filers) {
    const word = firstWord(filer);
    if (word.length >= 3) wanted.set(word, 0);
  }
  for (const line of lines)
    for (const [word] of line.toLowerCase().matchAll(WORD))
      if (wanted.has(word)) wanted.set(word, (wanted.get(word) ?? 0) + 1);
  const count = (filer: string): number => wanted.get(firstWord(filer)) ?? 0;
  let best = filers[0] as string;
  for (const filer of filers) if (count(filer) > count(best)) best = filer;
  return best;
}

function firstWord(filer: string): string {
  return filer.toLowerCase().match(WORD)?.[0] ?? "";
}
