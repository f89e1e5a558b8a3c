/**
 * Totals and subtotals of a statement as signed sums of earlier rows, confirmed on every value
 * column; read top-down, so a later total can use an earlier one as a single term.
 *
 *   Total Current Assets                 53,001   = the six rows above
 *   ...
 *   TOTAL ASSETS                        109,029   = Total Current Assets + the five rows between
 */
import type { Statement } from "../model/statement";
import type { SumRelation, Term } from "../model/relation";
import { collectUnits } from "./collect-units";
import { confirmSum, readGrid, sumColumns } from "./confirm-sum";
import type { Confirmation, Grid } from "./confirm-sum";
import { isLossLabel, isTotalCandidate, isTotalLabel } from "./is-total-candidate";
import { proposeFarTerms } from "./propose-far-terms";
import { proposeTermSets } from "./propose-term-sets";

interface Choice {
  terms: Term[];
  sign: 1 | -1;
  confirmation: Confirmation;
  rank: number;
}

/**
 * Rank of a checked candidate (lower is better), or null when it is no relation at all:
 * exact on every column, then within rounding, then one miss; the layout's reading first.
 */
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

function rankOf(confirmation: Confirmation, candidate: Candidate, columns: number): number | null {
  const shift = candidate.structural ? 0 : 1;
  const { ties, near, misses, telling } = confirmation;
  // A single live column that misses: the layout's block, under a rule and named a total, is the formula.
  if (misses.length === 1 && columns === 1 && candidate.structural && candidate.evident === true) return 6;
  if (telling === 0) return null;
  if (misses.length === 0) return (near.length === 0 ? 0 : 2) + shift;
  if (!candidate.mayMiss) return null;
  const needed = candidate.structural ? Math.min(2, columns - 1) : 2;
  if (misses.length === 1 && telling >= needed && ties.length + near.length >= needed) return 4 + shift;
  return null;
}

interface Candidate {
  terms: Term[];
  structural: boolean;
  /** False where a miss would more likely mean a chance combination than a filing error. */
  mayMiss: boolean;
  /** True when the total is under a rule and named a total, so its block is its formula even untied. */
  evident?: boolean;
}

/** Memo lines under the statement whose parts are printed far above them. */
const MEMO_LABEL = /\bgross (?:margin|profit)\b|\bebitda\b/i;

function chooseAmong(
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

export function inferSums(statement: Statement): SumRelation[] {
  const grid = readGrid(statement);
  const coverStart = new Map<number, number>();
  const relations: SumRelation[] = [];
  statement.rows.forEach((row, index) => {
    if (!isTotalCandidate(statement.rows, index)) return;
    const units = collectUnits(statement.rows, index, coverStart);
    const evident = row.kind === "total" && /^(?:total|outstanding|balances?)\b/i.test(row.label.trim());
    const near = proposeTermSets(statement.rows, units).map((set) => ({ ...set, mayMiss: true, evident }));
    let choice = chooseAmong(statement, grid, index, near);
    if (choice === null && isTotalLabel(row.label)) {
      const related = new Set(coverStart.keys());
      const mayMiss = MEMO_LABEL.test(row.label);
      const far = (function* (): Generator<Candidate> {
        for (const terms of proposeFarTerms(statement.rows, index, related))
          yield { terms, structural: false, mayMiss };
      })();
      choice = chooseAmong(statement, grid, index, far, 1);
    }
    if (choice === null) return;
    const start = Math.min(...choice.terms.map((term) => coverStart.get(term.row) ?? term.row));
    coverStart.set(index, start);
    relations.push({
      kind: "sum",
      statement: statement.id,
      row: index,
      terms: choice.terms,
      sign: choice.sign,
      ties: choice.confirmation.ties,
      near: choice.confirmation.near,
      misses: choice.confirmation.misses,
    });
  });
  return relations;
}
