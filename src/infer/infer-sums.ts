/**
 * Totals and subtotals of a statement as signed sums of earlier rows, confirmed exactly on every
 * value column; read top-down, so a later total can use an earlier one as a single term.
 *
 *   Total Current Assets                 53,001   = the six rows above
 *   ...
 *   TOTAL ASSETS                        109,029   = Total Current Assets + the five rows between
 */
import type { Statement } from "../model/statement";
import { collectUnits } from "./collect-units";
import { confirmSum, readValues, sumColumns } from "./confirm-sum";
import type { Confirmation, Values } from "./confirm-sum";
import { isTotalCandidate } from "./is-total-candidate";
import { proposeTermSets } from "./propose-term-sets";
import type { SumRelation, Term } from "../model/relation";

interface Choice {
  terms: Term[];
  confirmation: Confirmation;
  /** 0 structural and tied everywhere, 1 tied everywhere, 2 structural with one miss, 3 one miss. */
  rank: number;
}

/** Rank of a confirmed candidate, or null when it is no relation at all. */
function rankOf(confirmation: Confirmation, structural: boolean): number | null {
  const shift = structural ? 0 : 1;
  if (confirmation.misses.length === 0 && confirmation.telling >= 1) return shift;
  if (confirmation.misses.length === 1 && confirmation.telling >= 2) return 2 + shift;
  return null;
}

function chooseTerms(
  statement: Statement,
  values: Values,
  total: number,
  coverStart: Map<number, number>,
): Choice | null {
  const columns = sumColumns(statement, values, total);
  if (columns.length === 0) return null;
  const units = collectUnits(statement.rows, total, coverStart);
  let best: Choice | null = null;
  for (const set of proposeTermSets(statement.rows, units)) {
    const confirmation = confirmSum(values, total, set.terms, columns);
    const rank = rankOf(confirmation, set.structural);
    if (rank === null || (best !== null && best.rank <= rank)) continue;
    best = { terms: set.terms, confirmation, rank };
    if (rank === 0) break;
  }
  return best;
}

export function inferSums(statement: Statement): SumRelation[] {
  const values = readValues(statement);
  const coverStart = new Map<number, number>();
  const relations: SumRelation[] = [];
  statement.rows.forEach((_, row) => {
    if (!isTotalCandidate(statement.rows, row)) return;
    const choice = chooseTerms(statement, values, row, coverStart);
    if (choice === null) return;
    const start = Math.min(...choice.terms.map((term) => coverStart.get(term.row) ?? term.row));
    coverStart.set(row, start);
    relations.push({
      kind: "sum",
      statement: statement.id,
      row,
      terms: choice.terms,
      sign: 1,
      ties: choice.confirmation.ties,
      near: [],
      misses: choice.confirmation.misses,
    });
  });
  return relations;
}
