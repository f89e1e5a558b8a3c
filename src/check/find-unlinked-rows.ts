/**
 * Rows of a reconciliation that restates a statement (it has at least one link) yet are neither
 * a total, nor a link, nor a figure stated in a note.
 *
 *   Adjusted EBITDA               1,617   link
 *   One-time consulting fee        (120)  <- no line of the statement restates it: reported
 */
import type { Finding } from "../model/finding";
import { makeFinding } from "../model/make-finding";
import type { Relation } from "../model/relation";
import type { Statement } from "../model/statement";

export function findUnlinkedRows(
  statements: readonly Statement[],
  relations: readonly Relation[],
): Finding[] {
  const explained = new Set(relations.map((relation) => `${relation.statement}:${relation.row}`));
  const linking = new Set(
    relations
      .filter((relation) => relation.kind === "link" && relation.target.statement !== relation.statement)
      .map((relation) => relation.statement),
  );
  const findings: Finding[] = [];
  for (const statement of statements) {
    if (!linking.has(statement.id)) continue;
    statement.rows.forEach((row, index) => {
      if (explained.has(`${statement.id}:${index}`) || row.unit !== "currency") return;
      const cell = row.cells.find((candidate) => candidate?.value != null);
      if (cell === undefined || cell === null) return;
      findings.push(
        makeFinding("row-not-linked", {
          statement: statement.id,
          row: index,
          line: row.line,
          text: row.label,
        }),
      );
    });
  }
  return findings;
}
