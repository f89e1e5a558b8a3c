/**
 * The formula a relation gives one cell of its row, as an AST (see `formula.ts`), or null where
 * the relation gives that cell none (a check-only link, a note, a column it does not cover).
 *
 *   sum       Loss from Continuing Operations    ={s2:r3}-{s2:r12}
 *   link      Network Optimization Cost          =-{s2:r9:c1}
 *   ratio     Gross Margin (% of Revenue)        ={s2:r30}/{s2:r3}
 *   per-share Net (Loss) Income                  ={s2:r23}*1000/{s2:r24}
 */
import type { Formula } from "./formula";
import { ref } from "./formula";
import type { Relation, Term } from "./relation";

function sumOf(statement: string, terms: readonly Term[]): Formula {
  return {
    kind: "sum",
    terms: terms.map((term) => ({ sign: term.sign, formula: ref(statement, term.row) })),
  };
}

/** Added terms first, then subtracted ones, each in row order: "Gross Margin - SG&A", not "-SG&A + Gross Margin". */
export function readingOrder(terms: readonly Term[]): Term[] {
  const byRow = [...terms].sort((a, b) => a.row - b.row);
  return [...byRow.filter((term) => term.sign === 1), ...byRow.filter((term) => term.sign === -1)];
}

/** Columns a relation covers: those it was checked on. */
export function columnsOf(relation: Relation): number[] {
  switch (relation.kind) {
    case "sum":
      return [...relation.ties, ...relation.near, ...relation.misses].sort((a, b) => a - b);
    case "ratio":
    case "per-share":
      return [...relation.ties, ...relation.misses].sort((a, b) => a - b);
    case "link":
      return relation.role === "formula"
        ? relation.columns.flatMap((target, column) => (target === null ? [] : [column]))
        : [];
    case "note":
      return [];
  }
}

export function formulaOf(relation: Relation, column: number): Formula | null {
  if (!columnsOf(relation).includes(column)) return null;
  const id = relation.statement;
  switch (relation.kind) {
    case "sum": {
      const sum = sumOf(id, readingOrder(relation.terms));
      return relation.sign === 1 ? sum : { kind: "sum", terms: [{ sign: -1, formula: sum }] };
    }
    case "ratio":
      return {
        kind: "divide",
        numerator: ref(id, relation.numerator),
        denominator: ref(id, relation.denominator),
      };
    case "per-share": {
      const income = sumOf(id, relation.numerator);
      const scaled: Formula =
        relation.multiplier === 1
          ? income
          : { kind: "scale", formula: income, factor: String(relation.multiplier) };
      return { kind: "divide", numerator: scaled, denominator: ref(id, relation.shares) };
    }
    case "link": {
      const target = relation.columns[column];
      if (target === null || target === undefined) return null;
      const address = ref(relation.target.statement, relation.target.row, target);
      return relation.sign === 1 ? address : { kind: "sum", terms: [{ sign: -1, formula: address }] };
    }
    case "note":
      return null;
  }
}

/** Which relation gives a row its formula when several could: a sum, then a per-share or ratio row, then a link. */
const PRIORITY: Record<Relation["kind"], number> = { sum: 0, "per-share": 1, ratio: 2, link: 3, note: 4 };

/** A cell's formula and the relation that gives it. */
export interface CellFormula {
  relation: Relation;
  formula: Formula;
}

/**
 * The formula of every cell that has one, from the first relation of its row that gives one.
 *
 *   const formulaAt = indexFormulas(relations);
 *   formulaAt("s2", 14, 0)?.formula   // Loss from Continuing Operations, column 1: ={s2:r3}-{s2:r12}
 */
export function indexFormulas(
  relations: readonly Relation[],
): (statement: string, row: number, column: number) => CellFormula | null {
  const byRow = new Map<string, Relation[]>();
  for (const relation of [...relations].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])) {
    const key = `${relation.statement}:${relation.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), relation]);
  }
  return (statement, row, column) => {
    for (const relation of byRow.get(`${statement}:${row}`) ?? []) {
      const formula = formulaOf(relation, column);
      if (formula !== null) return { relation, formula };
    }
    return null;
  };
}
