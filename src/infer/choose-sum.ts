/**
 * The best of a total's candidate term sets, checked on every column: exact first, then within
 * rounding, then one column missed where the layout marks the total (a filing error to report).
 *
 *   Total operating expenses   150   135     <- under a rule, worded as a total
 *   = Selling + Administrative 150   130     the block above: tied once, missed once -> the formula
 */
import type { Statement } from "../model/statement";
import type { Term } from "../model/relation";
import { confirmSum, sumColumns } from "./confirm-sum";
import type { Confirmation, Grid } from "./confirm-sum";
import { isLossLabel } from "./is-total-candidate";

export interface Candidate {
  terms: Term[];
  structural: boolean;
  /** False where a miss would more likely mean a chance combination than a filing error. */
  mayMiss: boolean;
  /** True when the total is under a rule and named a total, so its block is its formula even untied. */
  evident?: boolean;
  /** True for the block above the total as printed (see `TermSet.closed`). */
  closed?: boolean;
  /** True when the layout marks the row as a total: under a rule, or worded as one. */
  marked?: boolean;
}

export interface Choice {
  terms: Term[];
  sign: 1 | -1;
  confirmation: Confirmation;
  rank: number;
}

/** Terms with a figure other than zero in one of `columns`. */
function liveTerms(grid: Grid, terms: readonly Term[], columns: readonly number[]): number {
  return terms.filter((term) => columns.some((column) => (grid.cells[term.row]?.[column] ?? 0n) !== 0n))
    .length;
}

/** Columns where the total or a term has a figure other than zero: the columns that can prove something. */
function liveColumns(grid: Grid, total: number, terms: readonly Term[], columns: readonly number[]): number {
  const live = (row: number, column: number): boolean => (grid.cells[row]?.[column] ?? 0n) !== 0n;
  return columns.filter((column) => live(total, column) || terms.some((term) => live(term.row, column)))
    .length;
}

/**
 * Rank of a checked candidate (lower is better), or null when it is no relation at all:
 * exact on every column, then within rounding, then one miss; the layout's reading first.
 * A miss is a claim that the filing is wrong: it is kept only on a row the layout marks as a total
 * (under a rule, or worded as one), for a block the layout reads.
 */
function rankOf(confirmation: Confirmation, candidate: Candidate, columns: number): number | null {
  const shift = candidate.structural ? 0 : 1;
  const { ties, near, misses, telling } = confirmation;
  // A single live column that misses: the layout's block, under a rule and named a total, is the formula.
  if (misses.length === 1 && columns === 1 && candidate.structural && candidate.evident === true) return 6;
  if (telling === 0) return null;
  if (misses.length === 0) return (near.length === 0 ? 0 : 2) + shift;
  if (!candidate.mayMiss || candidate.marked !== true) return null;
  const needed = candidate.structural || candidate.closed === true ? Math.min(2, columns - 1) : 2;
  if (misses.length === 1 && telling >= needed && ties.length + near.length >= needed) return 4 + shift;
  return null;
}

export function chooseAmong(
  statement: Statement,
  grid: Grid,
  total: number,
  candidates: Iterable<Candidate>,
  /** A rank no later candidate can beat: the search stops there. */
  good = 0,
): Choice | null {
  const columns = sumColumns(statement, total);
  if (columns.length === 0) return null;
  const signs: (1 | -1)[] = isLossLabel(statement.rows[total]?.label ?? "") ? [1, -1] : [1];
  let best: Choice | null = null;
  for (const candidate of candidates) {
    for (const sign of signs) {
      const confirmation = confirmSum(grid, total, candidate.terms, columns, sign, candidate.mayMiss ? 1 : 0);
      if (confirmation === null) continue;
      let rank = rankOf(confirmation, candidate, liveColumns(grid, total, candidate.terms, columns));
      // One live term and a miss is a coincidence of one column, unless two other columns tie.
      if (
        rank !== null &&
        rank >= 4 &&
        confirmation.telling < 2 &&
        liveTerms(grid, candidate.terms, columns) < 2
      )
        rank = null;
      if (rank === null || (best !== null && best.rank <= rank)) continue;
      best = { terms: candidate.terms, sign, confirmation, rank };
    }
    if (best !== null && best.rank <= good) break;
  }
  return best;
}
