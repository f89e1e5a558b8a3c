/**
 * Percent rows as a currency row over a revenue or sales row: the numerator found by the label
 * without its percent phrase (else the row just above), the denominator among the revenue rows by
 * the columns that tie within half a unit of the printed last digit.
 *
 *   Total Operating Revenues          36,879
 *   Gross Margin                     $20,252
 *       Gross Margin (% of Revenue)    54.9%   20,252 / 36,879 = 54.915%
 */
import Decimal from "decimal.js";
import type { RatioRelation, SumRelation } from "../model/relation";
import type { Row, Statement } from "../model/statement";
import { unitOf } from "../model/tolerance";
import { compareRanks } from "./compare-ranks";
import { readValues } from "./confirm-sum";
import type { Values } from "./confirm-sum";
import { nearestRows } from "./nearest-rows";
import { normalizeLabel } from "./normalize-label";
import { splitPercentLabel } from "./split-percent-label";

/** "Total Operating Revenues", "Total revenues", "Revenues", "Net sales", "Total net revenues", "Sales". */
const REVENUE = /^(?:total )?(?:net )?(?:operating )?(?:revenues?|sales)(?: net)?$/;
/** At most this many revenue rows on each side of a percent row are tried as its denominator. */
const MAX_DENOMINATORS = 4;

function hasFigures(row: Row): boolean {
  return row.kind !== "heading" && row.cells.some((cell) => cell?.value != null);
}

/** The nearest row with figures above `row`, headings skipped, when it is in currency. */
function currencyAbove(rows: readonly Row[], row: number): number | undefined {
  for (let index = row - 1; index >= 0; index -= 1) {
    const above = rows[index];
    if (above === undefined || !hasFigures(above)) continue;
    return above.unit === "currency" ? index : undefined;
  }
  return undefined;
}

/** The revenue rows a denominator may be, by what the percent label names: "revenue", "sales" or either. */
function denominatorWords(of: string | null): RegExp | null {
  if (of === null) return /./;
  if (/\brevenues?\b/.test(of)) return /\brevenues?\b/;
  if (/\bsales\b/.test(of)) return /\bsales\b/;
  return null;
}

interface Check {
  ties: number[];
  misses: number[];
}

function checkColumns(
  values: Values,
  statement: Statement,
  row: number,
  numerator: number,
  denominator: number,
  columns: readonly number[],
): Check {
  const check: Check = { ties: [], misses: [] };
  for (const column of columns) {
    const printed = statement.rows[row]?.cells[column]?.value;
    const base = values[denominator]?.[column];
    if (printed === null || printed === undefined || base === null || base === undefined || base.isZero())
      continue;
    const part = values[numerator]?.[column] ?? new Decimal(0);
    const difference = part.dividedBy(base).times(100).minus(printed).abs();
    if (difference.lte(unitOf(printed).dividedBy(2))) check.ties.push(column);
    else check.misses.push(column);
  }
  return check;
}

export function inferRatios(statement: Statement, sums: readonly SumRelation[]): RatioRelation[] {
  const rows = statement.rows;
  const values = readValues(statement);
  const columns = statement.columns.flatMap((column, index) =>
    column.role === "change" || column.role === "percent-change" ? [] : [index],
  );
  const totals = new Set(sums.map((sum) => sum.row));
  const byKey = new Map<string, number[]>();
  const revenues: number[] = [];
  rows.forEach((row, index) => {
    if (row.unit !== "currency" || !hasFigures(row)) return;
    const key = normalizeLabel(row.label);
    if (key === "") return;
    const same = byKey.get(key);
    if (same === undefined) byKey.set(key, [index]);
    else same.push(index);
    if (REVENUE.test(key)) revenues.push(index);
  });
  const relations: RatioRelation[] = [];
  rows.forEach((row, index) => {
    if (row.unit !== "percent" || !hasFigures(row)) return;
    const { base, of } = splitPercentLabel(row.label);
    const words = denominatorWords(of);
    if (words === null) return;
    const key = normalizeLabel(base);
    const same = key === "" ? undefined : byKey.get(key);
    const numerator =
      (same === undefined ? undefined : nearestRows(same, index).above[0]) ?? currencyAbove(rows, index);
    if (numerator === undefined) return;
    const { above, below } = nearestRows(revenues, index, MAX_DENOMINATORS);
    let best: { denominator: number; check: Check; rank: number[] } | null = null;
    // Nearest first, those above before those below.
    for (const [order, denominator] of [...above, ...below].entries()) {
      const denominatorRow = rows[denominator];
      if (denominatorRow === undefined || !words.test(normalizeLabel(denominatorRow.label))) continue;
      const check = checkColumns(values, statement, index, numerator, denominator, columns);
      const total =
        totals.has(denominator) || denominatorRow.kind === "total" || /^total\b/i.test(denominatorRow.label);
      // More ties, fewer misses, a total, the nearest.
      const rank = [-check.ties.length, check.misses.length, total ? 0 : 1, order];
      if (best === null || compareRanks(rank, best.rank) < 0) best = { denominator, check, rank };
    }
    if (best === null) return;
    const { ties, misses } = best.check;
    if (ties.length === 0 || ties.length < misses.length) return;
    relations.push({
      kind: "ratio",
      statement: statement.id,
      row: index,
      numerator,
      denominator: best.denominator,
      ties,
      misses,
    });
  });
  return relations;
}
