/**
 * Per-share rows as income over a weighted average shares row: the income row found by its label
 * (the "applicable to common" line where there is one, with preferred dividends where they make
 * more columns tie), the shares row by basic or diluted, each column confirmed by rounding the
 * quotient half away from zero to the printed cents.
 *
 *   (Loss) Income before Discontinued Operations   (43,204)
 *   Accrued Preferred Stock Dividends               (3,974)
 *   Basic Weighted Average Shares Outstanding    59,461,374
 *   Basic and Diluted (Loss) Income per Share Applicable to Common Stockholders:
 *   (Loss) Income before Discontinued Operations    ($0.79)   (-43,204 - 3,974) x 1000 / 59,461,374 = -0.7934
 */
import Decimal from "decimal.js";
import type { PerShareRelation, SumRelation, Term } from "../model/relation";
import type { Row, Statement } from "../model/statement";
import { compareRanks } from "./compare-ranks";
import { readValues } from "./confirm-sum";
import type { Values } from "./confirm-sum";
import { nearestRows } from "./nearest-rows";
import { normalizeLabel } from "./normalize-label";

type Basis = "basic" | "diluted" | "both" | null;

/** At most this many shares rows, nearest the per-share row, are tried for it. */
const MAX_SHARES_ROWS = 6;
/** A column within this many units of the last printed digit may be a rounding plug. */
const PLUG_UNITS = new Decimal(1.5);

const BASIS_WORDS = /\bbasic and diluted\b|\bbasic\b|\b(?:fully )?diluted\b|\bassuming dilution\b|\beps\b/g;
const COMMON_SHARE = /^(.*?) ?\b(?:applicable|available|attributable) to common\b/;
const PREFERRED_DIVIDENDS = /\bpreferred\b.*\bdividends?\b|\bdividends?\b.*\bpreferred\b/i;
/** Income lines that preferred dividends reduce before they reach the common stockholders. */
const BEFORE_PREFERRED = /\bbefore\b|\bcontinuing\b|^net\b/;
const AVERAGE = /\baverage\b/i;

/** The label with its basis words gone; a bare "Earnings per share" stands for net income. */
function keyOf(label: string): string {
  return normalizeLabel(label).replace(BASIS_WORDS, " ").replace(/\s+/g, " ").trim();
}

function basisOf(label: string): Basis {
  const basic = /\bbasic\b/i.test(label);
  const diluted = /\bdilut(?:ed|ion)\b|\bequivalent\b/i.test(label);
  if (basic && diluted) return "both";
  if (basic) return "basic";
  return diluted ? "diluted" : null;
}

/** Lower is better; null where the shares row does not fit the per-share row's basis. */
function sharesPreference(wanted: Basis, shares: Basis): number | null {
  if (shares === null) return 2;
  if (wanted === "basic" || wanted === "diluted") return shares === wanted || shares === "both" ? 0 : null;
  return shares === "diluted" ? 1 : 0;
}

function hasFigures(row: Row): boolean {
  return row.kind !== "heading" && row.cells.some((cell) => cell?.value != null);
}

function push(map: Map<string, number[]>, key: string, row: number): void {
  const rows = map.get(key);
  if (rows === undefined) map.set(key, [row]);
  else rows.push(row);
}

/** The nearest of `rows` above `row`, else the nearest below. */
function pick(rows: readonly number[] | undefined, row: number): number | undefined {
  if (rows === undefined) return undefined;
  const { above, below } = nearestRows(rows, row);
  return above[0] ?? below[0];
}

/** The basis of each per-share row, from its own label or the heading of its block, read top-down. */
function basesOf(rows: readonly Row[]): Basis[] {
  let section: Basis = null;
  return rows.map((row) => {
    if (!hasFigures(row)) {
      section = basisOf(row.label) ?? section;
      return null;
    }
    if (row.unit !== "per-share") {
      section = null;
      return null;
    }
    return basisOf(row.label) ?? section;
  });
}

interface Check {
  ties: number[];
  misses: number[];
  /** Checked columns within the plug tolerance. */
  near: number;
  /** Checked columns where the income is not zero. */
  live: number;
}

/** Decimal places of the printed figure; a dash or a bare 0 takes those of the row's other figures. */
function placesOf(text: string, rowPlaces: number): number {
  const point = text.indexOf(".");
  return point < 0 ? rowPlaces : text.length - point - 1;
}

function checkColumns(
  values: Values,
  statement: Statement,
  row: number,
  numerator: readonly Term[],
  shares: number,
  multiplier: number,
  columns: readonly number[],
): Check {
  const cells = statement.rows[row]?.cells ?? [];
  const rowPlaces = Math.max(0, ...cells.map((cell) => placesOf(cell?.value ?? "0", 0)));
  const check: Check = { ties: [], misses: [], near: 0, live: 0 };
  for (const column of columns) {
    const printed = cells[column]?.value;
    const count = values[shares]?.[column];
    if (printed === null || printed === undefined || count === null || count === undefined || count.isZero())
      continue;
    const income = numerator.reduce(
      (acc, term) => acc.plus((values[term.row]?.[column] ?? new Decimal(0)).times(term.sign)),
      new Decimal(0),
    );
    if (!income.isZero()) check.live += 1;
    const quotient = income.times(multiplier).dividedBy(count);
    const places = placesOf(printed, rowPlaces);
    const reported = new Decimal(printed);
    const rounded = quotient.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    if (rounded.equals(reported)) check.ties.push(column);
    else check.misses.push(column);
    const plug = PLUG_UNITS.times(new Decimal(10).pow(-places));
    if (quotient.minus(reported).abs().lte(plug)) check.near += 1;
  }
  return check;
}

interface Choice {
  numerator: Term[];
  shares: number;
  multiplier: number;
  check: Check;
  /**
   * Lower first: the shares row's fit to the basis, a weighted average, more ties, more columns
   * within a plug, then preferred dividends included and the statement's scale before 1.
   */
  rank: number[];
}

export function inferPerShare(statement: Statement, _sums: readonly SumRelation[]): PerShareRelation[] {
  const rows = statement.rows;
  const values = readValues(statement);
  const columns = statement.columns.flatMap((column, index) =>
    column.role === "change" || column.role === "percent-change" ? [] : [index],
  );
  const byKey = new Map<string, number[]>();
  const toCommon = new Map<string, number[]>();
  const preferred: number[] = [];
  const shareRows: number[] = [];
  rows.forEach((row, index) => {
    if (!hasFigures(row)) return;
    if (row.unit === "shares" && AVERAGE.test(row.label)) shareRows.push(index);
    if (row.unit !== "currency") return;
    const key = keyOf(row.label);
    if (key !== "") push(byKey, key, index);
    const common = COMMON_SHARE.exec(key);
    if (common !== null) push(toCommon, common[1] ?? "", index);
    const live = columns.some((column) => values[index]?.[column]?.isZero() === false);
    if (PREFERRED_DIVIDENDS.test(row.label) && live) preferred.push(index);
  });
  const multipliers = statement.scale === 1 ? [1] : [statement.scale, 1];
  const bases = basesOf(rows);
  const relations: PerShareRelation[] = [];
  rows.forEach((row, index) => {
    if (row.unit !== "per-share" || !hasFigures(row)) return;
    const key = keyOf(row.label) || "net";
    const common = pick(toCommon.get(key), index);
    const income = common ?? pick(byKey.get(key), index);
    if (income === undefined) return;
    const dividends = pick(preferred, index);
    const numerators: Term[][] = [[{ row: income, sign: 1 }]];
    if (common === undefined && dividends !== undefined && dividends !== income && BEFORE_PREFERRED.test(key))
      numerators.unshift([
        { row: income, sign: 1 },
        { row: dividends, sign: 1 },
      ]);
    const { above, below } = nearestRows(shareRows, index, MAX_SHARES_ROWS);
    let best: Choice | null = null;
    for (const shares of [...above, ...below]) {
      const label = rows[shares]?.label ?? "";
      const fit = sharesPreference(bases[index] ?? null, basisOf(label));
      if (fit === null) continue;
      const weighted = /\bweighted\b/i.test(label) ? 0 : 1;
      for (const [reading, numerator] of numerators.entries()) {
        for (const [order, multiplier] of multipliers.entries()) {
          const check = checkColumns(values, statement, index, numerator, shares, multiplier, columns);
          const rank = [fit, weighted, -check.ties.length, -check.near, reading, order];
          const choice = { numerator, shares, multiplier, check, rank };
          if (best === null || compareRanks(rank, best.rank) < 0) best = choice;
        }
      }
    }
    if (best === null) return;
    const { numerator, shares, multiplier, check } = best;
    const checked = check.ties.length + check.misses.length;
    // With no tie, a rounding plug on every column but at most one (a filing error there), and
    // some income to divide.
    const plugs = checked > 2 ? checked - 1 : checked;
    if (checked === 0 || (check.ties.length === 0 && (check.near < plugs || check.live === 0))) return;
    relations.push({
      kind: "per-share",
      statement: statement.id,
      row: index,
      numerator,
      shares,
      multiplier,
      ties: check.ties,
      misses: check.misses,
    });
  });
  return relations;
}
