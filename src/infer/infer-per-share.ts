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
/**
 * A share count a per-share figure can be divided by: a weighted average, or the count a label
 * says the per-share figures were computed with ("Shares used in computation of basic and diluted
 * loss per share"); never a count at a date ("End of Period Shares Outstanding").
 */
const DIVISOR = /\baverage\b|\bper (?:common |basic |diluted )?share\b|\bcomput|\bcalculat|\beps\b/i;

/**
 * The label with its basis words gone, and "net" too: "Pro forma net loss" and "Pro forma loss per
 * share" name one line; a bare "Earnings per share" stands for net income.
 */
function keyOf(label: string): string {
  const key = normalizeLabel(label)
    .replace(BASIS_WORDS, " ")
    .replace(/\bnet\b/g, " ");
  return key.replace(/\s+/g, " ").trim() || "net";
}

/** Words of a label that say which line it is, beyond basis, shares and per-share words. */
const COMMON_WORDS = new Set(
  "a and average basic by calculation common computation computing diluted dilution earnings equivalent equivalents for in income loss millions net number of outstanding per share shares the thousands to used weighted".split(
    " ",
  ),
);

function wordsOf(label: string): Set<string> {
  return new Set(
    label
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length > 1 && !COMMON_WORDS.has(word)),
  );
}

/** How many of a shares label's own words ("pro forma") the per-share label does not repeat. */
function strangers(perShare: ReadonlySet<string>, shares: string): number {
  let count = 0;
  for (const word of wordsOf(shares)) if (!perShare.has(word)) count += 1;
  return count;
}

/** How many of a per-share label's own words the shares row's label repeats ("pro forma"). */
function affinity(perShare: ReadonlySet<string>, shares: string): number {
  let count = 0;
  for (const word of wordsOf(shares)) if (perShare.has(word)) count += 1;
  return count;
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

/**
 * The basis of each row of `unit` (per-share or shares), from its own label or the heading of its
 * block, read top-down; a per-share block ends at any other row with figures, a block of share
 * counts at a currency row.
 *
 *   Diluted:
 *     Net income per share               1.20    <- diluted
 *     Weighted average shares           1,050    <- diluted
 */
function basesOf(rows: readonly Row[], unit: "per-share" | "shares"): Basis[] {
  let section: Basis = null;
  return rows.map((row) => {
    if (!hasFigures(row)) {
      section = basisOf(row.label) ?? section;
      return null;
    }
    if (row.unit !== unit) {
      if (unit === "per-share" || row.unit === "currency") section = null;
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
   * Lower first: the shares row's fit to the basis, a shares label with no words of its own that
   * the line lacks and that repeats the line's own words ("pro forma"), more ties, a weighted
   * average, more columns within a plug, then preferred dividends included and the statement's
   * scale before 1. The label comes before the ties, so a wrong count is a finding, not a reason
   * to take another row.
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
    if (row.unit === "shares" && DIVISOR.test(row.label)) shareRows.push(index);
    if (row.unit !== "currency") return;
    const key = keyOf(row.label);
    if (key !== "") push(byKey, key, index);
    const common = COMMON_SHARE.exec(key);
    if (common !== null) push(toCommon, common[1]?.trim() || "net", index);
    const live = columns.some((column) => values[index]?.[column]?.isZero() === false);
    if (PREFERRED_DIVIDENDS.test(row.label) && live) preferred.push(index);
  });
  // Shares in units, in the income's own unit, or a thousandth of it (income in millions, shares in thousands).
  const multipliers = [...new Set([statement.scale, 1, statement.scale / 1000])].filter(
    (multiplier) => Number.isInteger(multiplier) && multiplier >= 1,
  );
  const bases = basesOf(rows, "per-share");
  const sharesBases = basesOf(rows, "shares");
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
    const own = wordsOf(row.label);
    let best: Choice | null = null;
    for (const shares of [...above, ...below]) {
      const label = rows[shares]?.label ?? "";
      const fit = sharesPreference(bases[index] ?? null, sharesBases[shares] ?? null);
      if (fit === null) continue;
      const weighted = /\bweighted\b/i.test(label) ? 0 : 1;
      for (const [reading, numerator] of numerators.entries()) {
        for (const [order, multiplier] of multipliers.entries()) {
          const check = checkColumns(values, statement, index, numerator, shares, multiplier, columns);
          const rank = [
            fit,
            strangers(own, label),
            -affinity(own, label),
            -check.ties.length,
            weighted,
            -check.near,
            reading,
            order,
          ];
          const choice = { numerator, shares, multiplier, check, rank };
          if (best === null || compareRanks(rank, best.rank) < 0) best = choice;
        }
      }
    }
    if (best === null) return;
    const { numerator, shares, multiplier, check } = best;
    const checked = check.ties.length + check.misses.length;
    // A relation that ties on no column is kept only as a rounding plug on every column, or on all
    // but one of three or more (that one is then the finding), with some income to divide:
    // otherwise the shares row or the income line is the wrong one.
    const plugs = check.near === checked || (check.near >= 2 && check.near >= checked - 1);
    if (checked === 0 || (check.ties.length === 0 && (!plugs || check.live === 0))) return;
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
