/**
 * A label reduced to the words a reconciliation shares with the statement it restates: lowercase,
 * without "(GAAP)" and footnote marks, punctuation gone, every word kept.
 *
 *   Net (Loss) Income (GAAP)         -> "net loss income"
 *   Gain on Sale of Assets, net      -> "gain on sale of assets net"
 */

/** "(GAAP)", "(non-GAAP)", "(1)", "(a)", "(*)". */
const DROPPED = /\(\s*(?:non-?\s?gaap|gaap|\d{1,2}|[a-z]|\*+)\s*\)/g;
const APOSTROPHES = /['\u2019`]/g;
const PUNCTUATION = /[^a-z0-9]+/g;

export function linkLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(DROPPED, " ")
    .replace(/&/g, " and ")
    .replace(APOSTROPHES, "")
    .replace(PUNCTUATION, " ")
    .trim();
}
