/**
 * Fills each cell's `formula` in the reference form, from the first relation of its row that gives
 * one: a sum before a per-share or ratio row, before a link; and settles each row's kind from its
 * relations (see `settleRowKinds`).
 *
 *   Loss from Continuing Operations   (2,118)   formula "={s2:r3}-{s2:r12}"
 */
import { renderFormula } from "../model/formula";
import { indexFormulas } from "../model/formula-of";
import type { Relation } from "../model/relation";
import type { Statement } from "../model/statement";
import { settleRowKinds } from "./settle-row-kinds";

export function attachFormulas(
  statements: readonly Statement[],
  relations: readonly Relation[],
): Statement[] {
  const formulaAt = indexFormulas(relations);
  return statements
    .map((each) => settleRowKinds(each, relations))
    .map((statement) => ({
      ...statement,
      rows: statement.rows.map((row, index) => {
        let changed = false;
        const cells = row.cells.map((cell, column) => {
          if (cell === null) return cell;
          const found = formulaAt(statement.id, index, column);
          if (found === null) return cell;
          changed = true;
          return { ...cell, formula: renderFormula(found.formula) };
        });
        return changed ? { ...row, cells } : row;
      }),
    }));
}
