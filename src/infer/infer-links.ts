/**
 * Rows of a reconciliation or guidance table that restate, sign-aware, a row of a statement of
 * operations for the same periods: matched by label first (one column may miss, a filing error
 * to report), else by every figure.
 *
 *   Network Optimization Cost      -      954    6,390    reconciliation
 *   Network Optimization Cost      -    (954)  (6,390)    operations: link with sign -1
 */
import Decimal from "decimal.js";
import type { LinkRelation, SumRelation } from "../model/relation";
import type { Column, Statement } from "../model/statement";
import { isHeadingLike } from "./collect-units";
import { readValues } from "./confirm-sum";
import type { Values } from "./confirm-sum";
import { linkLabel } from "./link-label";

const RESTATING = new Set<Statement["kind"]>(["reconciliation", "guidance"]);
const ZERO = new Decimal(0);

/** Both columns report the same period (an end date known), on the same basis and scenario. */
function samePeriod(a: Column, b: Column): boolean {
  const p = a.period;
  const q = b.period;
  if (a.role !== "period" || b.role !== "period" || p === null || q === null || p.end === null) return false;
  return (
    p.start === q.start &&
    p.end === q.end &&
    p.months === q.months &&
    p.weeks === q.weeks &&
    p.instant === q.instant &&
    a.basis === b.basis &&
    a.scenario === b.scenario
  );
}

interface Target {
  statement: Statement;
  /** For each column of the reconciliation, the target's column, or null. */
  columns: (number | null)[];
}

/**
 * The first operations statement where every period column of `source` maps, with the most columns
 * mapped; each target column takes one source column ("Pretax" and "Per Share" of one period do not
 * both restate one column).
 */
function chooseTarget(source: Statement, operations: readonly Statement[]): Target | null {
  const periodColumns = source.columns.flatMap((column, index) => (column.role === "period" ? [index] : []));
  if (periodColumns.length === 0) return null;
  let best: Target | null = null;
  let bestCount = 0;
  for (const statement of operations) {
    const taken = new Set<number>();
    const columns = source.columns.map((column) => {
      const index = statement.columns.findIndex((other, at) => !taken.has(at) && samePeriod(column, other));
      if (index < 0) return null;
      taken.add(index);
      return index;
    });
    if (periodColumns.some((index) => columns[index] === null)) continue;
    const count = columns.filter((column) => column !== null).length;
    if (count > bestCount) {
      best = { statement, columns };
      bestCount = count;
    }
  }
  return best;
}

interface Comparison {
  sign: 1 | -1;
  ties: number[];
  misses: number[];
  /** Ties where the figures are not zero. */
  telling: number;
}

/** Pairs of (source column, target column) that a link compares. */
type Pairs = [number, number][];

function valueAt(values: Values, row: number, column: number): Decimal {
  return values[row]?.[column] ?? ZERO;
}

function compareWithSign(
  source: Values,
  row: number,
  target: Values,
  targetRow: number,
  pairs: Pairs,
  sign: 1 | -1,
): Comparison {
  const comparison: Comparison = { sign, ties: [], misses: [], telling: 0 };
  for (const [column, targetColumn] of pairs) {
    const figure = valueAt(source, row, column);
    if (figure.equals(valueAt(target, targetRow, targetColumn).times(sign))) {
      comparison.ties.push(column);
      if (!figure.isZero()) comparison.telling += 1;
    } else {
      comparison.misses.push(column);
    }
  }
  return comparison;
}

/** The sign that ties on more nonzero figures (+1 when neither does), with its ties and misses. */
function compareRows(
  source: Values,
  row: number,
  target: Values,
  targetRow: number,
  pairs: Pairs,
): Comparison {
  const plus = compareWithSign(source, row, target, targetRow, pairs, 1);
  const minus = compareWithSign(source, row, target, targetRow, pairs, -1);
  return minus.telling > plus.telling ? minus : plus;
}

/** The absolute figures of a row in the compared columns, or null when fewer than two are nonzero. */
function figuresKey(values: Values, row: number, columns: readonly number[]): string | null {
  const figures = columns.map((column) => valueAt(values, row, column).abs());
  if (figures.filter((figure) => !figure.isZero()).length < 2) return null;
  return figures.map((figure) => figure.toString()).join("|");
}

function push(map: Map<string, number[]>, key: string, row: number): void {
  const rows = map.get(key);
  if (rows === undefined) map.set(key, [row]);
  else rows.push(row);
}

function sharedWords(a: string, b: string): number {
  const words = new Set(a.split(" "));
  return new Set(b.split(" ").filter((word) => word !== "" && words.has(word))).size;
}

interface Match {
  row: number;
  comparison: Comparison;
}

/** A label match beats another by more ties, then more ties on nonzero figures. */
function isBetter(candidate: Comparison, best: Comparison | undefined): boolean {
  if (best === undefined) return true;
  if (candidate.ties.length !== best.ties.length) return candidate.ties.length > best.ties.length;
  return candidate.telling > best.telling;
}

/** The target statement, indexed once: rows by label and by their unsigned figures. */
interface TargetIndex {
  target: Target;
  pairs: Pairs;
  values: Values;
  labels: string[];
  byLabel: Map<string, number[]>;
  byFigures: Map<string, number[]>;
}

function indexTarget(target: Target, pairs: Pairs): TargetIndex {
  const rows = target.statement.rows;
  const columns = pairs.map(([, column]) => column);
  const index: TargetIndex = {
    target,
    pairs,
    values: readValues(target.statement),
    labels: rows.map((row) => linkLabel(row.label)),
    byLabel: new Map(),
    byFigures: new Map(),
  };
  rows.forEach((row, at) => {
    if (isHeadingLike(row)) return;
    const label = index.labels[at] ?? "";
    if (label !== "") push(index.byLabel, label, at);
    const key = figuresKey(index.values, at, columns);
    if (key !== null) push(index.byFigures, key, at);
  });
  return index;
}

/**
 * The row a reconciliation row restates: among rows of the same label and unit, the one with most
 * ties, all columns but one tying; else, among rows with the same unsigned figures (two nonzero at
 * least), one that ties on every column, the one sharing most words with the label.
 */
function matchRow(source: Statement, values: Values, row: number, index: TargetIndex): Match | null {
  const unit = source.rows[row]?.unit;
  const label = linkLabel(source.rows[row]?.label ?? "");
  const rows = index.target.statement.rows;
  const sameUnit = (candidate: number): boolean => rows[candidate]?.unit === unit;
  let match: Match | null = null;
  for (const candidate of (index.byLabel.get(label) ?? []).filter(sameUnit)) {
    const comparison = compareRows(values, row, index.values, candidate, index.pairs);
    const acceptable =
      comparison.misses.length === 0 || (comparison.misses.length === 1 && comparison.ties.length > 0);
    if (acceptable && isBetter(comparison, match?.comparison)) match = { row: candidate, comparison };
  }
  if (match !== null) return match;
  const columns = index.pairs.map(([column]) => column);
  const key = figuresKey(values, row, columns);
  let similarity = -1;
  for (const candidate of key === null ? [] : (index.byFigures.get(key) ?? []).filter(sameUnit)) {
    const comparison = compareRows(values, row, index.values, candidate, index.pairs);
    const shared = sharedWords(label, index.labels[candidate] ?? "");
    if (comparison.misses.length > 0 || shared <= similarity) continue;
    match = { row: candidate, comparison };
    similarity = shared;
  }
  return match;
}

function linkStatement(source: Statement, target: Target, totals: ReadonlySet<number>): LinkRelation[] {
  const pairs: Pairs = target.columns.flatMap((column, index) => (column === null ? [] : [[index, column]]));
  const index = indexTarget(target, pairs);
  const values = readValues(source);
  return source.rows.flatMap((row, at): LinkRelation[] => {
    const match = isHeadingLike(row) ? null : matchRow(source, values, at, index);
    if (match === null) return [];
    return [
      {
        kind: "link",
        statement: source.id,
        row: at,
        target: { statement: target.statement.id, row: match.row },
        sign: match.comparison.sign,
        role: totals.has(at) ? "check" : "formula",
        columns: [...target.columns],
        ties: match.comparison.ties,
        misses: match.comparison.misses,
      },
    ];
  });
}

export function inferLinks(statements: readonly Statement[], sums: readonly SumRelation[]): LinkRelation[] {
  const operations = statements.filter((statement) => statement.kind === "operations");
  return statements.flatMap((statement) => {
    if (!RESTATING.has(statement.kind)) return [];
    const target = chooseTarget(statement, operations);
    if (target === null) return [];
    const totals = new Set(sums.filter((sum) => sum.statement === statement.id).map((sum) => sum.row));
    return linkStatement(statement, target, totals);
  });
}
