/**
 * Conditional formats that are the same rule on different rows, grouped into one rule over several
 * areas, keeping the plan's priority wherever rules overlap.
 *
 *   C12:E12 "=ABS(M12)>R12"  and  C20:E20 "=ABS(M20)>R20"   (same colours)
 *   ->  one rule "=ABS(M12)>R12" on "C12:E12, C20:E20"      (relative to the first area's top-left)
 *
 * Two rules are the same when their formulas are equal once every relative reference is written as
 * an offset from its block's top-left cell. The first area of a group is also its top-left, so the
 * formula means the same whether Excel reads it from the first area or from the union's corner.
 */
import type { Block, ConditionalFormat } from "../model/workbook-plan";
import { blockAddress, columnIndex } from "../model/a1";
import { MAX_AREAS_ADDRESS } from "./chunk-areas";

export interface ConditionalFormatGroup {
  /** The formula of the group's first rule, relative to `areas[0]`'s top-left cell. */
  formula: string;
  fill: string;
  color: string;
  areas: Block[];
}

/** Groups in priority order: the first holds the highest priority. */
export function groupConditionalFormats(
  rules: readonly ConditionalFormat[],
  maxAreasAddress = MAX_AREAS_ADDRESS,
): ConditionalFormatGroup[] {
  const groups: (ConditionalFormatGroup & { key: string | null; addressLength: number })[] = [];
  for (const rule of rules) {
    const relative = relativeFormula(rule.formula, rule.block);
    const key = relative === null ? null : JSON.stringify([relative, rule.fill, rule.color]);
    const address = blockAddress(rule.block).length;
    const target = groups.find(
      (group, g) =>
        key !== null &&
        group.key === key &&
        startsAtOrBefore(group.areas[0], rule.block) &&
        // one getRanges list per rule: a group stops growing before its address gets long
        group.addressLength + 1 + address <= maxAreasAddress &&
        !group.areas.some((area) => overlaps(area, rule.block)) &&
        // joining an earlier group raises the rule's priority above every later group's: only
        // allowed where none of those later rules shares a cell with it
        groups.slice(g + 1).every((later) => !later.areas.some((area) => overlaps(area, rule.block))),
    );
    if (target) {
      target.areas.push(rule.block);
      target.addressLength += 1 + address;
    } else {
      groups.push({
        key,
        formula: rule.formula,
        fill: rule.fill,
        color: rule.color,
        areas: [rule.block],
        addressLength: address,
      });
    }
  }
  return groups.map(({ formula, fill, color, areas }) => ({ formula, fill, color, areas }));
}

function startsAtOrBefore(first: Block | undefined, block: Block): boolean {
  return first !== undefined && first.row <= block.row && first.column <= block.column;
}

function overlaps(a: Block, b: Block): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** A1 references outside string literals and quoted sheet names; not a function name like LOG10(. */
const TOKENS =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

/**
 * The formula with each relative reference written as an offset from `origin`:
 *
 *   "=ABS(M12)>$R$1"  at C12  ->  "=ABS(C[10]R[0])>$R$1"
 *
 * Null when the formula holds something this reading cannot place (an R1C1 name, a range of whole
 * columns): such a rule is never grouped.
 */
export function relativeFormula(formula: string, origin: Block): string | null {
  if (/[A-Z]+:[A-Z]+(?![0-9])|\d+:\d+|\bR\[|\bC\[/.test(formula.replace(/"(?:[^"]|"")*"/g, '""')))
    return null;
  return formula.replace(
    TOKENS,
    (token: string, colAbs?: string, letters?: string, rowAbs?: string, digits?: string) => {
      if (letters === undefined || digits === undefined) return token;
      const column = columnIndex(letters);
      const row = Number(digits) - 1;
      const c = colAbs === "$" ? `$${letters}` : `C[${column - origin.column}]`;
      const r = rowAbs === "$" ? `$${digits}` : `R[${row - origin.row}]`;
      return `${c}${r}`;
    },
  );
}
