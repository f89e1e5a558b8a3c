/** Tells whether a row's label goes on over the next line. */

/** A label's last word that says the label goes on: "... Applicable to", "... buying and". */
const GOES_ON =
  /(?:\b(?:and|or|of|to|at|in|for|by|from|on|the|a|an|with|per|before|after|less|including|excluding|exclusive|inclusive)|[,&\-/])$/i;

/**
 * A label line continues on the next line when it ends with a word that needs more, has an
 * open parenthesis, or the next line starts in lower case:
 *
 *   Cost of Operating Revenues (exclusive of depreciation and
 *     amortization shown separately below. See Note 1.)          17,740     16,388
 */
export function continues(previous: string, next: string): boolean {
  const p = previous.trim();
  const n = next.trim();
  if (p === "" || n === "" || p.endsWith(":")) return false;
  if (/^[a-z]/.test(n)) return true;
  if (GOES_ON.test(p)) return true;
  const open = (p.match(/\(/g) ?? []).length - (p.match(/\)/g) ?? []).length;
  return open > 0;
}
