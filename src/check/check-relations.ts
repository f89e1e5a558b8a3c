/**
 * The check stage: each relation against the reported figures, with the tolerance model, plus the
 * reconciliation rows nothing explains and the live figures a part's difference carries into.
 * It returns every check it made, passing ones included, and the findings, both in statement, row
 * and column order; a check names its finding by index.
 */
import type { Check } from "../model/check";
import type { Finding } from "../model/finding";
import type { Relation } from "../model/relation";
import type { Statement } from "../model/statement";
import { indexFormulas } from "../model/formula-of";
import { checkLink } from "./check-link";
import { evaluateLive } from "./evaluate-live";
import { findCarriedDifferences } from "./find-carried-differences";
import { checkPerShare } from "./check-per-share";
import { checkRatio } from "./check-ratio";
import { checkSum } from "./check-sum";
import { indexFigures } from "./figures";
import type { Figures } from "./figures";
import { findUnlinkedRows } from "./find-unlinked-rows";
import type { Outcome } from "./outcome";

function checkRelation(relation: Relation, figures: Figures): Outcome[] {
  switch (relation.kind) {
    case "sum":
      return checkSum(relation, figures);
    case "link":
      return checkLink(relation, figures);
    case "ratio":
      return checkRatio(relation, figures);
    case "per-share":
      return checkPerShare(relation, figures);
    case "note":
      return [];
  }
}

export interface CheckResult {
  checks: Check[];
  findings: Finding[];
}

/** Sorts by statement, row and column, keeping the given order among equals. */
function sortByPlace<T>(
  items: readonly T[],
  order: ReadonlyMap<string, number>,
  place: (item: T) => { statement: string | null; row: number | null; column: number | null },
): T[] {
  const key = (item: T): number[] => {
    const at = place(item);
    return [order.get(at.statement ?? "") ?? -1, at.row ?? -1, at.column ?? -1];
  };
  return items
    .map((item, index) => ({ item, index, key: key(item) }))
    .sort((a, b) => {
      for (let i = 0; i < 3; i += 1) {
        const delta = (a.key[i] ?? 0) - (b.key[i] ?? 0);
        if (delta !== 0) return delta;
      }
      return a.index - b.index;
    })
    .map(({ item }) => item);
}

/**
 * Every check and every finding. `findingOffset` is the number of findings that will stand before
 * these in the result (those of the read and interpret stages), so a check's `finding` indexes the
 * result's whole list.
 */
export function runChecks(
  statements: readonly Statement[],
  relations: readonly Relation[],
  findingOffset = 0,
): CheckResult {
  const figures = indexFigures(statements);
  const order = new Map(statements.map((statement, index) => [statement.id, index]));
  const outcomes = relations.flatMap((relation, index) =>
    checkRelation(relation, figures).map((outcome) => ({ ...outcome, relation: index })),
  );
  const findings = outcomes.flatMap((outcome) => (outcome.finding === null ? [] : [outcome.finding]));
  findings.push(...findUnlinkedRows(statements, relations));
  const formulaAt = indexFormulas(relations);
  findings.push(
    ...findCarriedDifferences(statements, formulaAt, evaluateLive(statements, formulaAt), findings),
  );
  const sorted = sortByPlace(findings, order, (finding) => finding);
  const indexOf = new Map(sorted.map((finding, index) => [finding, index + findingOffset]));
  const checks = sortByPlace(outcomes, order, (outcome) => outcome.check).map(
    ({ check, relation, finding }): Check => ({
      kind: check.kind,
      relation,
      statement: check.statement,
      row: check.row,
      column: check.column,
      reported: check.reported,
      computed: check.computed,
      places: check.places,
      difference: check.difference,
      tolerance: check.tolerance,
      verdict: check.verdict,
      finding: finding === null ? null : (indexOf.get(finding) ?? null),
      code: finding?.code ?? null,
    }),
  );
  return { checks, findings: sorted };
}

/** The findings of the check stage alone (see `runChecks`). */
export function checkRelations(statements: readonly Statement[], relations: readonly Relation[]): Finding[] {
  return runChecks(statements, relations).findings;
}
