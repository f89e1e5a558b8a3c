/**
 * Relations between rows, as found by the infer stage (plain JSON data). Row and column indexes
 * are 0-based; a statement is named by its id ("s2").
 *
 *   Total Operating Expenses      38,997   sum of the seven rows above
 *   Gross Margin (% of Revenue)    54.9%   ratio: Gross Margin / Total Operating Revenues
 *   Net (Loss) Income per share   ($0.02)  per-share: income x 1000 / weighted average shares
 *   Network Optimization Cost        954   link: minus "(954)" in the statement of operations
 */

/** One signed part of a total: a 0-based row of the same statement. */
export interface Term {
  row: number;
  sign: 1 | -1;
}

/** A row of any statement. */
export interface RowRef {
  statement: string;
  row: number;
}

/** A total that is the signed sum of earlier rows of its statement. */
export interface SumRelation {
  kind: "sum";
  statement: string;
  /** The total's row. */
  row: number;
  /** The parts, nearest the total first. */
  terms: Term[];
  /**
   * 1 when the terms add up to the printed figure; -1 when the label carries the sign and the
   * terms add up to minus the printed figure ("LOSS FROM OPERATIONS   4,322,012").
   */
  sign: 1 | -1;
  /** 0-based columns where the reported figure equals the sum exactly. */
  ties: number[];
  /** Columns where it differs within rounding (half a unit of the last printed digit per term). */
  near: number[];
  /** Columns where it does not tie. */
  misses: number[];
}

/** A row printed in percent that is one row over another ("Gross Margin (% of Revenue)  54.9%"). */
export interface RatioRelation {
  kind: "ratio";
  statement: string;
  row: number;
  numerator: number;
  denominator: number;
  /** 0-based columns where the rounded ratio equals the printed percent. */
  ties: number[];
  misses: number[];
}

/**
 * A per-share row: income in currency rows (scaled by `multiplier`) over a share-count row.
 *
 *   (Loss) Income before Discontinued Operations   ($0.01)  = (-729 + 0) x 1000 / 78,213,486
 */
export interface PerShareRelation {
  kind: "per-share";
  statement: string;
  row: number;
  /** The income: the signed sum of these currency rows (income, plus preferred dividends where they exist). */
  numerator: Term[];
  /** The weighted average shares row. */
  shares: number;
  /** What one unit of the income rows is worth in units of the share count: the statement's scale, or 1 when shares are in the same thousands. */
  multiplier: number;
  /** 0-based columns where the rounded quotient equals the printed figure. */
  ties: number[];
  misses: number[];
}

/**
 * A row that equals (or restates, sign-aware) a row of another statement, or of its own.
 *  - role "formula": the row's cells become links ("Network Optimization Cost  954" in a
 *    reconciliation = minus "(954)" in the statement of operations);
 *  - role "check": the row keeps its own formula and is compared with the target (a
 *    reconciliation's "Net (Loss) Income (GAAP)", a balance sheet's total liabilities and equity
 *    against its total assets).
 */
export interface LinkRelation {
  kind: "link";
  statement: string;
  row: number;
  target: RowRef;
  sign: 1 | -1;
  role: "formula" | "check";
  /** For each column of this statement (by 0-based index), the target's 0-based column, or null. */
  columns: (number | null)[];
  /** 0-based columns (of this statement) where the figures agree exactly. */
  ties: number[];
  misses: number[];
}

/**
 * A row whose figures are stated in the prose of a note, not in any table.
 *
 *   Note 1: Cost of Operating Revenues is exclusive of depreciation and amortization
 *   of $1,964, $1,939 and $1,742 for the three months ended ...
 */
export interface NoteRelation {
  kind: "note";
  statement: string;
  row: number;
  /** 1-based source line where the prose states the first figure. */
  line: number;
  /** The prose figures, in column order, as printed ("$1,964"). */
  texts: string[];
  /** 0-based columns matched. */
  ties: number[];
}

export type Relation = SumRelation | RatioRelation | PerShareRelation | LinkRelation | NoteRelation;
