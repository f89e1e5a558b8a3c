/**
 * Fills each cell's `formula` in the reference form, from the first relation of its row that gives
 * one: a sum before a per-share or ratio row, before a link.
 *
 *   Loss from Continuing Operations   (2,118)   formula "={s2:r3}-{s2:r12}"
 */
import { renderFormula } from "../model/formula";
import { formulaOf } from "../model/formula-of";
import type { Relation } from "../model/relation";
import type { Statement } from "../model/statement";

const PRIORITY: Record<Relation["kind"], number> = { sum: 0, "per-share": 1, ratio: 2, link: 3, note: 4 };

export function attachFormulas(
  statements: readonly Statement[],
  relations: readonly Relation[],
): Statement[] {
  const byRow = new Map<string, Relation[]>();
  for (const relation of [...relations].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])) {
    const key = `${relation.statement}:${relation.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), relation]);
  }
  return statements.map((statement) => ({
    ...statement,
    rows: statement.rows.map((row, index) => {
      const own = byRow.get(`${statement.id}:${index}`);
      if (own === undefined) return row;
      return {
        ...row,
        cells: row.cells.map((cell, column) => {
          if (cell === null) return cell;
          for (const relation of own) {
            const formula = formulaOf(relation, column);
            if (formula !== null) return { ...cell, formula: renderFormula(formula) };
          }
          return cell;
        }),
      };
    }),
  }));
}
