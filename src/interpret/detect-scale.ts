/** Finds the multiplier of a table's currency figures in its title, caption or page title. */

/**
 * Phrases, checked in order; the first that matches wins.
 *
 *   BALANCE SHEET (AMOUNTS IN $ THOUSANDS)           -> 1000
 *   (In Millions of Dollars Except Earnings Per Share) -> 1000000
 *   (Dollars in thousands)   (000's omitted)   (000's)   ($000)   $ in billions
 */
const SCALES: readonly [RegExp, number][] = [
  [/\bbillions?\b/i, 1_000_000_000],
  [/\bmillions?\b/i, 1_000_000],
  [/\bthousands?\b|\(?\$?\s?000'?s\)?(?:\s+omitted)?|\$000\b/i, 1_000],
];

/** A phrase that states the unit of a table rather than mentioning an amount in prose. */
const UNIT_PHRASE =
  /\(\s*(?:amounts?\s+)?(?:in\s+)?(?:\$\s*)?(?:in\s+)?(?:thousands|millions|billions)|(?:\b(?:amounts|dollars|figures)|\$)\s+in\s+(?:\$\s*)?(?:thousands|millions|billions)|\bin\s+(?:thousands|millions|billions)\s+of\s+dollars|\(\s*(?:thousands|millions|billions)\b|000'?s\s+omitted|\(\s*(?:in\s+)?\$?\s*000'?s?\s*\)|\$\s*(?:in\s+)?000'?s\b/i;

/**
 * Looks through texts in order (title lines first, then page titles nearest the table first)
 * and returns the scale of the first that states one, or null when none does.
 */
export function detectScale(texts: readonly string[]): number | null {
  for (const text of texts) {
    if (!UNIT_PHRASE.test(text)) continue;
    for (const [pattern, scale] of SCALES) if (pattern.test(text)) return scale;
  }
  return null;
}
