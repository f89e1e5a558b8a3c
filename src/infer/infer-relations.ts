/**
 * The infer stage: every relation of every statement, rule by rule, each confirmed on the figures.
 *
 *   sums (totals) -> per-share rows, percent rows, balance -> links across statements -> notes
 */
import type { Relation, SumRelation } from "../model/relation";
import type { Statement } from "../model/statement";
import { inferBalance } from "./infer-balance";
import { inferLinks } from "./infer-links";
import { inferPerShare } from "./infer-per-share";
import { inferRatios } from "./infer-ratios";
import { inferSums } from "./infer-sums";
import { matchNotes } from "./match-notes";

/** `lines` are the exhibit's text lines, index 0 holding line 1. */
export function inferRelations(statements: readonly Statement[], lines: readonly string[]): Relation[] {
  const sumsById = new Map<string, SumRelation[]>(
    statements.map((statement) => [statement.id, inferSums(statement, lines)]),
  );
  const sums = [...sumsById.values()].flat();
  const derived = statements.flatMap((statement) => {
    const own = sumsById.get(statement.id) ?? [];
    return [
      ...inferPerShare(statement, own),
      ...inferRatios(statement, own),
      ...inferBalance(statement, own),
    ];
  });
  const links = inferLinks(statements, sums);
  const found: Relation[] = [...sums, ...derived, ...links];
  const covered = new Set(found.map((relation) => `${relation.statement}:r${relation.row}`));
  return [...found, ...matchNotes(statements, lines, covered)];
}
