/**
 * The check stage: each relation against the reported figures, with the tolerance model, plus the
 * reconciliation rows nothing explains and the live figures a part's difference carries into. Findings come in statement, row and column order.
 */
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

function checkRelation(relation: Relation, figures: Figures): Finding[] {
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

export function checkRelations(statements: readonly Statement[], relations: readonly Relation[]): Finding[] {
  const figures = indexFigures(statements);
  const order = new Map(statements.map((statement, index) => [statement.id, index]));
  const findings = [...relations.flatMap((relation) => checkRelation(relation, figures))];
  findings.push(...findUnlinkedRows(statements, relations));
  const formulaAt = indexFormulas(relations);
  findings.push(
    ...findCarriedDifferences(statements, formulaAt, evaluateLive(statements, formulaAt), findings),
  );
  const key = (finding: Finding): number[] => [
    order.get(finding.statement ?? "") ?? -1,
    finding.row ?? -1,
    finding.column ?? -1,
  ];
  return findings
    .map((finding, index) => ({ finding, index, key: key(finding) }))
    .sort((a, b) => {
      for (let i = 0; i < 3; i += 1) {
        const delta = (a.key[i] ?? 0) - (b.key[i] ?? 0);
        if (delta !== 0) return delta;
      }
      return a.index - b.index;
    })
    .map(({ finding }) => finding);
}
