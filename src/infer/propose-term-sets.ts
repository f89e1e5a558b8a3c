/**
 * Candidate term sets for one total, best reading first: each run of units upward from the
 * total, with sign patterns tried only where the run ends at a structural boundary.
 *
 *   Total Operating Revenues       36,879    <- earliest unit
 *   Total Operating Expenses       38,997    <- block subtracted: revenues - expenses
 *   Loss from Continuing Operations (2,118)
 */
import type { Row } from "../model/statement";
import type { Unit } from "./collect-units";
import type { Term } from "../model/relation";

export interface TermSet {
  terms: Term[];
  /** True when the set reads the layout: it ends at an earlier total, a heading or the top of a block. */
  structural: boolean;
  /**
   * True for the block itself, as printed: every row up to an edge (a heading, a rule or blank line,
   * the top) or up to an earlier total, each with its printed sign. The block a rule closes.
   */
  closed: boolean;
}

/** At most this many candidate sets are proposed per total. */
export const MAX_TERM_SETS = 64;

type Sign = 1 | -1;

/**
 * "Less accumulated depreciation  1,234" is subtracted; "LESS: SERVICING FEES  (497,568.25)"
 * already prints its sign, so it is added.
 */
function baseSign(row: Row | undefined): Sign {
  if (row === undefined || !/^less\b/i.test(row.label.trim())) return 1;
  const figures = row.cells.filter((cell) => cell?.value != null && !/^-?0(\.0*)?$/.test(cell.value));
  return figures.length > 0 && figures.every((cell) => cell?.value?.startsWith("-")) ? 1 : -1;
}

/** Groups of unit positions: blocks between headings, each earlier total alone. */
function groupsOf(units: readonly Unit[]): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  units.forEach((unit, position) => {
    if (unit.subtotal) {
      if (current.length > 0) groups.push(current);
      groups.push([position]);
      current = [];
      return;
    }
    current.push(position);
    if (unit.boundaryAbove) {
      groups.push(current);
      current = [];
    }
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

function signPatterns(rows: readonly Row[], units: readonly Unit[]): Sign[][] {
  const base = units.map((unit) => baseSign(rows[unit.row]));
  const flipped = (positions: readonly number[]): Sign[] =>
    base.map((sign, position) => (positions.includes(position) ? (-sign as Sign) : sign));
  const patterns: Sign[][] = [base];
  const groups = groupsOf(units);
  if (groups.length > 1) groups.forEach((group) => patterns.push(flipped(group)));
  if (units.length > 1) patterns.push(flipped(units.slice(0, -1).map((_, position) => position)));
  units.forEach((unit, position) => {
    if (base[position] === -1) patterns.push(flipped([position]));
  });
  // Below an earlier total, costs printed positive are subtracted:
  //   Operating Income  396,  Other Income, net  (15),  Interest Charges  179,  Income Taxes  (2)  ->  204
  const costs = units.flatMap((unit, position) =>
    !unit.subtotal && COST_LABEL.test(rows[unit.row]?.label ?? "") ? [position] : [],
  );
  if (costs.length > 0 && costs.length < units.length) patterns.push(flipped(costs));
  return patterns;
}

/** Labels of costs and charges, which a total below an income line subtracts. */
const COST_LABEL = /\b(?:expenses?|charges|costs?|taxes|depreciation|amortization|provision)\b/i;

export function proposeTermSets(rows: readonly Row[], units: readonly Unit[]): TermSet[] {
  const sets: TermSet[] = [];
  const seen = new Set<string>();
  for (let length = 1; length <= units.length && sets.length < MAX_TERM_SETS; length += 1) {
    const run = units.slice(0, length);
    const last = run[length - 1];
    const structural = last !== undefined && (last.subtotal || last.boundaryAbove);
    const ended = structural || units[length]?.subtotal === true;
    const patterns = structural ? signPatterns(rows, run) : [run.map((unit) => baseSign(rows[unit.row]))];
    for (const [pattern, signs] of patterns.entries()) {
      const terms = run.map((unit, position): Term => ({ row: unit.row, sign: signs[position] ?? 1 }));
      const key = terms.map((term) => `${term.sign * (term.row + 1)}`).join(",");
      if (seen.has(key) || sets.length >= MAX_TERM_SETS) continue;
      seen.add(key);
      sets.push({ terms, structural, closed: ended && pattern === 0 });
    }
  }
  return sets;
}
