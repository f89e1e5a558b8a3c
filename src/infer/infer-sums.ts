/**
 * Totals and subtotals of a statement as signed sums of other rows, confirmed on every value
 * column; read top-down, so a later total can use an earlier one as a single term.
 *
 *   Total Current Assets                 53,001   = the six rows above
 *   ...
 *   TOTAL ASSETS                        109,029   = Total Current Assets + the five rows between
 *
 * Where the block above gives nothing: the rows of the same name in earlier sections, an earlier
 * total less or plus items or other totals far above, or the rows printed below a total.
 */
import type { Statement } from "../model/statement";
import type { SumRelation, Term } from "../model/relation";
import { blockStart, collectUnits, edgesOf } from "./collect-units";
import type { Unit } from "./collect-units";
import { readGrid, sumColumns } from "./confirm-sum";
import type { Grid } from "./confirm-sum";
import { chooseAmong } from "./choose-sum";
import type { Candidate, Choice } from "./choose-sum";
import { isTotalCandidate, isTotalLabel } from "./is-total-candidate";
import { proposeBelowTerms } from "./propose-below-terms";
import { proposeFarTerms } from "./propose-far-terms";
import { proposeSameNamed, sameNamedRows } from "./propose-same-named";
import { proposeTermSets } from "./propose-term-sets";

/** Memo lines under the statement whose parts are printed far above them. */
const MEMO_LABEL = /\bgross (?:margin|profit)\b|\bebitda\b/i;

/**
 * A block's terms with the rows of nothing above it up to the block's edge: a balance at inception
 * of "--" is still the first term of a roll-forward.
 *
 *   Outstanding, June 3, 1996 (inception)      --     <- kept as a term
 *
 *   Granted                               808,019
 *   Exercised                            (390,000)
 *   Outstanding, December 31, 1996        418,019
 */
function withZeroOpening(terms: Term[], units: readonly Unit[], grid: Grid): Term[] {
  const isZero = (row: number): boolean =>
    (grid.cells[row] ?? []).every((cell) => cell === null || cell === 0n);
  const runs = terms.every((term, position) => term.row === units[position]?.row);
  if (!runs) return terms;
  let length = terms.length;
  while (length < units.length && units[length]?.subtotal === false && isZero(units[length]?.row ?? -1))
    length += 1;
  if (length === terms.length || units[length - 1]?.boundaryAbove !== true) return terms;
  return [...terms, ...units.slice(terms.length, length).map((unit): Term => ({ row: unit.row, sign: 1 }))];
}

function* exact(sets: Iterable<Term[]>): Generator<Candidate> {
  for (const terms of sets) yield { terms, structural: false, mayMiss: false };
}

/** `lines` are the exhibit's text lines (index 0 holding line 1), for the rules and blank lines between rows. */
export function inferSums(statement: Statement, lines: readonly string[] = []): SumRelation[] {
  const rows = statement.rows;
  const grid = readGrid(statement);
  const edges = edgesOf(rows, lines);
  const sameNamed = sameNamedRows(rows);
  /** Each total with a relation, to the first row it stands for. */
  const coverStart = new Map<number, number>();
  /** The same, with the totals the layout marks whose parts did not tie, each standing for its block. */
  const standing = new Map<number, number>();
  /** Rows that are parts of a total printed above them: items, never totals of what is above. */
  const partsOfAbove = new Set<number>();
  const relations: SumRelation[] = [];
  rows.forEach((row, index) => {
    if (partsOfAbove.has(index)) return;
    const named = sameNamed.get(index);
    // Rows of one name in every section are a reading of the layout: one column may miss.
    const sections = (function* (): Generator<Candidate> {
      for (const terms of proposeSameNamed(named ?? []))
        yield { terms, structural: false, mayMiss: true, marked: true };
    })();
    let choice: Choice | null = named === undefined ? null : chooseAmong(statement, grid, index, sections);
    if (choice === null && row.unit !== "currency") return;
    /** A row summing rows of earlier sections or rows below it stands for itself alone. */
    let alone = choice !== null;
    const candidate = isTotalCandidate(rows, index);
    const totalLabel = isTotalLabel(row.label);
    const marked = row.kind === "total" || totalLabel;
    if (choice === null && candidate) {
      const evident = row.kind === "total" && /^(?:total|outstanding|balances?)\b/i.test(row.label.trim());
      const units = (covers: ReadonlyMap<number, number>): Unit[] => collectUnits(rows, index, covers, edges);
      const near = (covers: ReadonlyMap<number, number>): Candidate[] =>
        proposeTermSets(rows, units(covers)).map((set) => ({
          ...set,
          mayMiss: true,
          evident,
          marked,
        }));
      const fallback = standing.size > coverStart.size ? near(coverStart) : [];
      choice = chooseAmong(statement, grid, index, [...near(standing), ...fallback]);
      if (choice !== null)
        choice = { ...choice, terms: withZeroOpening(choice.terms, units(standing), grid) };
    }
    if (choice === null && !candidate && row.unit === "currency" && index > 0) {
      // No layout marks the row: the block above as printed, exact on two columns, still makes it a total.
      const closed = proposeTermSets(rows, collectUnits(rows, index, standing, edges)).filter(
        (set) => set.closed && set.terms.length > 1,
      );
      // Two exact columns prove the block; a third that misses is then a finding.
      const blocks = closed.map((set): Candidate => ({
        terms: set.terms,
        structural: false,
        mayMiss: true,
        marked: true,
      }));
      choice = chooseAmong(statement, grid, index, blocks);
      if (choice !== null && (choice.confirmation.telling < 2 || choice.confirmation.near.length > 0))
        choice = null;
    }
    if (choice === null && candidate && totalLabel) {
      const related = new Set(standing.keys());
      // A memo line may miss a column; so may any far reading that ties on two other columns.
      const mayMiss = MEMO_LABEL.test(row.label) || sumColumns(statement, index).length >= 3;
      const far = (function* (): Generator<Candidate> {
        for (const terms of proposeFarTerms(rows, index, related))
          yield { terms, structural: false, mayMiss, marked };
      })();
      choice = chooseAmong(statement, grid, index, far, 1);
    }
    if (choice === null && (totalLabel || /^totals?\b/i.test(row.label.trim()))) {
      choice = chooseAmong(statement, grid, index, exact(proposeBelowTerms(rows, index)));
      if (choice !== null) for (const term of choice.terms) partsOfAbove.add(term.row);
      alone = choice !== null;
    }
    if (choice === null) {
      if (candidate && row.kind === "total" && totalLabel)
        standing.set(index, blockStart(rows, index, standing));
      return;
    }
    if (!alone) {
      const start = Math.min(...choice.terms.map((term) => standing.get(term.row) ?? term.row));
      coverStart.set(index, start);
      standing.set(index, start);
    }
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
