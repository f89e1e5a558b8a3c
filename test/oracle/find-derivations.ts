/**
 * The arithmetic oracle: for every row of a statement, a signed combination of other rows of the
 * same table that reproduces its printed figures exactly on every column that adds. A row with
 * such a combination is *derivable*. Written apart from the infer stage on purpose: it shares no
 * code with it, so it can measure it.
 *
 * What it tries, for a row T (rows above T only, rows of T's unit only):
 *  - contiguous runs of 2 to 8 rows directly above T (headings and blank rows skipped), any signs;
 *  - any pair and any triple of rows above T, any signs.
 *
 * Exact integers, no rounding: figures are scaled to integers in the column's smallest printed
 * unit ("1.27" in a column of cents is 127) and must tie exactly. Rounding is not allowed because
 * the oracle searches hundreds of combinations per row: with half a unit per term of slack, small
 * figures (per-share cents, counts) would tie by chance. A total that ties only within rounding is
 * therefore not counted as derivable (the product may still find it).
 */
import type { Row, RowUnit, Statement } from "../../src/model/statement";

export interface OracleTerm {
  row: number;
  sign: 1 | -1;
}

export interface Derivation {
  row: number;
  terms: OracleTerm[];
  /** How it was found: a contiguous run directly above, or a pair or triple from anywhere above. */
  search: "run" | "pair" | "triple";
}

/** The longest contiguous run tried. */
export const MAX_RUN = 8;

/**
 * "12,345" as "12345" -> 12345n at 0 decimals; "-0.05" at 2 decimals -> -5n; "1.5" at 3 -> 1500n.
 * Null for a missing cell.
 */
export function toUnits(value: string | null, decimals: number): bigint | null {
  if (value === null) return null;
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = value.replace(/^-/, "").split(".");
  const digits = `${whole}${fraction.padEnd(decimals, "0").slice(0, decimals)}`;
  const units = BigInt(digits === "" ? "0" : digits);
  return negative ? -units : units;
}

const decimalsOf = (value: string): number =>
  value.includes(".") ? value.length - value.indexOf(".") - 1 : 0;

/**
 * Which columns add, decided from the cells of the rows of `unit`: a column whose figures are
 * mostly percents ("12.3%", "(4.1)%") or ratios printed to more than two decimals (a factor per
 * $1000 "996.2345121") does not add; any other column of figures does, whatever its header says.
 *
 *   Revenues       1,200    1,000    20.0%     -> columns 0 and 1 add, column 2 does not
 */
export function addingColumns(statement: Statement, unit: RowUnit): number[] {
  const out: number[] = [];
  statement.columns.forEach((_, c) => {
    const figures = statement.rows
      .filter((row) => row.unit === unit)
      .map((row) => row.cells[c])
      .filter((cell) => cell !== null && cell !== undefined && cell.value !== null);
    if (figures.length === 0) return;
    const notAdding = figures.filter(
      (cell) =>
        cell !== null && cell !== undefined && (cell.text.includes("%") || decimalsOf(cell.value ?? "") > 2),
    );
    if (2 * notAdding.length < figures.length) out.push(c);
  });
  return out;
}

/** Row figures on the adding columns as integers in each column's smallest unit; missing cells are null. */
function tableOf(statement: Statement, unit: RowUnit, columns: number[]): (bigint | null)[][] {
  const decimals = columns.map((c) =>
    Math.max(
      0,
      ...statement.rows.filter((r) => r.unit === unit).map((r) => decimalsOf(r.cells[c]?.value ?? "")),
    ),
  );
  return statement.rows.map((row) =>
    row.unit !== unit
      ? columns.map(() => null)
      : columns.map((c, i) => toUnits(row.cells[c]?.value ?? null, decimals[i] ?? 0)),
  );
}

const hasFigure = (values: (bigint | null)[]): boolean => values.some((v) => v !== null);
const nonZero = (values: (bigint | null)[]): number => values.filter((v) => v !== null && v !== 0n).length;

/** Does sum(sign x term) equal the target on every column where any of them prints a figure? */
function ties(target: (bigint | null)[], terms: { values: (bigint | null)[]; sign: 1 | -1 }[]): boolean {
  return target.every((t, c) => {
    let sum = 0n;
    let any = t !== null;
    for (const term of terms) {
      const v = term.values[c];
      if (v === null || v === undefined) continue;
      any = true;
      sum += term.sign === 1 ? v : -v;
    }
    return !any || sum === (t ?? 0n);
  });
}

/**
 * A combination is coincidental when its terms depend on each other: some of them, with any
 * signs, sum to zero on every column. Then the total is one of the terms' own relations bent
 * into another, or a restated row minus itself:
 *
 *   Adjusted EBITDA                 8,000     10,000
 *   Depreciation                  (16,000)   (16,000)
 *   Gain on sale                      300        300
 *   Stock compensation               (200)      (200)
 *   Loss from operations           (7,900)    (5,900)   = the four above
 *   Interest income                   400        400    "= EBITDA + Depreciation + Gain - Stock
 *                                                        compensation - Loss": true only because
 *                                                        the five terms already sum to zero with
 *                                                        another sign on Stock compensation
 */
function dependent(terms: { values: (bigint | null)[]; sign: 1 | -1 }[], columns: number): boolean {
  const n = terms.length;
  // Each term is left out (0), added (1) or subtracted (2): every subset with every sign.
  for (let code = 1; code < 3 ** n; code++) {
    const weights: bigint[] = [];
    for (let i = 0, c = code; i < n; i++, c = Math.floor(c / 3)) weights.push([0n, 1n, -1n][c % 3] ?? 0n);
    // One sign per subset is enough: the other is its negation.
    const firstUsed = weights.findIndex((w) => w !== 0n);
    if (weights[firstUsed] !== 1n) continue;
    let zero = true;
    for (let c = 0; c < columns && zero; c++) {
      let sum = 0n;
      terms.forEach((term, i) => (sum += (weights[i] ?? 0n) * (term.values[c] ?? 0n)));
      zero = sum === 0n;
    }
    if (zero) return true;
  }
  return false;
}

/**
 * Whether the row gives one column's worth of evidence: one column adds, or the row prints the
 * same figure in every column (a guidance table's Low and High columns, where the items repeat
 * and only the first line varies). Ties on repeated figures are not independent:
 *
 *                                   Low      High
 *   Adjusted EBITDA               8,000    10,000
 *   Depreciation                (16,000)  (16,000)
 *   Gain on sale                    300       300
 *   Stock compensation             (200)     (200)
 *   Loss from operations         (7,900)   (5,900)
 *   Interest income                 400       400
 *   Interest expense               (300)     (300)  "= Gain + Stock compensation - Interest income"
 *   Other expense                  (100)     (100)  "= - Interest expense - Interest income"
 *   Discontinued operations          100       100  "= - EBITDA - Depreciation + Loss from operations"
 */
function oneColumnOfEvidence(target: (bigint | null)[]): boolean {
  return target.every((v) => (v ?? 0n) === (target[0] ?? 0n));
}

/** The rows of `unit` above `row` that can be terms: a figure, not zero on every column. */
function candidates(values: (bigint | null)[][], row: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < row; r++) if (nonZero(values[r] ?? []) > 0) out.push(r);
  return out;
}

function signsOf(mask: number, n: number): (1 | -1)[] {
  return Array.from({ length: n }, (_, i) => ((mask >> i) & 1 ? -1 : 1));
}

/** The first derivation of `row`: the shortest run first, then a pair, then a triple. */
function deriveRow(
  values: (bigint | null)[][],
  rows: readonly Row[],
  row: number,
  columns: number,
): Derivation | null {
  const target = values[row] ?? [];
  const termsOf = (picked: number[], signs: (1 | -1)[]): { values: (bigint | null)[]; sign: 1 | -1 }[] =>
    picked.map((r, i) => ({ values: values[r] ?? [], sign: signs[i] ?? 1 }));
  // With one column of evidence, a pair or triple picked from anywhere above ties by chance too
  // easily on round figures: only a run directly above is trusted, and in a table of several
  // columns whose row repeats its figure, only a run of added terms (a plain sum).
  const single = oneColumnOfEvidence(target);
  const accept = (picked: number[], signs: (1 | -1)[], run = false): boolean => {
    const terms = termsOf(picked, signs);
    if (!ties(target, terms) || dependent(terms, columns)) return false;
    if (!single) return true;
    return run && (columns === 1 || signs.every((s) => s === 1));
  };
  const make = (picked: number[], signs: (1 | -1)[], search: Derivation["search"]): Derivation => ({
    row,
    terms: picked.map((r, i) => ({ row: r, sign: signs[i] ?? 1 })),
    search,
  });
  const above = candidates(values, row);
  // Runs: the rows directly above, nearest first; headings and rows of zeros ("-") are passed
  // over, a row of another unit ends the run.
  const run: number[] = [];
  for (let r = row - 1; r >= 0 && run.length < MAX_RUN; r--) {
    if (nonZero(values[r] ?? []) > 0) run.push(r);
    else if (!hasFigure(values[r] ?? []) && rows[r]?.cells.some((cell) => cell !== null)) break;
  }
  const first = (r: number): bigint => values[r]?.[0] ?? 0n;
  for (let length = 2; length <= run.length; length++) {
    const picked = run.slice(0, length);
    for (let mask = 0; mask < 1 << length; mask++) {
      const signs = signsOf(mask, length);
      // Prune on the first column before checking the others.
      const sum = picked.reduce((s, r, i) => s + BigInt(signs[i] ?? 1) * first(r), 0n);
      if (sum !== (target[0] ?? 0n)) continue;
      if (accept(picked, signs, true)) return make(picked, signs, "run");
    }
  }
  // Pairs and triples: index the candidates by their first column, then look the last term up.
  const byFirst = new Map<bigint, number[]>();
  for (const r of above) byFirst.set(first(r), [...(byFirst.get(first(r)) ?? []), r]);
  const lookup = (need: bigint, after: number): { row: number; sign: 1 | -1 }[] => [
    ...(byFirst.get(need) ?? []).filter((r) => r > after).map((r) => ({ row: r, sign: 1 as const })),
    ...(need === 0n
      ? []
      : (byFirst.get(-need) ?? []).filter((r) => r > after).map((r) => ({ row: r, sign: -1 as const }))),
  ];
  const t0 = target[0] ?? 0n;
  for (const a of above)
    for (const sa of [1, -1] as const)
      for (const hit of lookup(t0 - BigInt(sa) * first(a), a))
        if (accept([a, hit.row], [sa, hit.sign])) return make([a, hit.row], [sa, hit.sign], "pair");
  for (let i = 0; i < above.length; i++)
    for (let j = i + 1; j < above.length; j++)
      for (const sa of [1, -1] as const)
        for (const sb of [1, -1] as const) {
          const [a, b] = [above[i] ?? 0, above[j] ?? 0];
          const need = t0 - BigInt(sa) * first(a) - BigInt(sb) * first(b);
          for (const hit of lookup(need, b))
            if (accept([a, b, hit.row], [sa, sb, hit.sign]))
              return make([a, b, hit.row], [sa, sb, hit.sign], "triple");
        }
  return null;
}

/** The units whose rows the oracle derives: amounts, per-share figures, share counts, other counts; never percents. */
export const DERIVED_UNITS: readonly RowUnit[] = ["currency", "per-share", "shares", "other"];

/**
 * Every derivable row of a statement, by row index. Guards against trivial "derivations": a term
 * is never zero on every column; a combination has at least two terms, which do not depend on
 * each other (see `dependent`), and a row with one column of evidence is derived only by a run
 * (see `oneColumnOfEvidence`); the row derived prints at least two non-zero figures on the columns that
 * add, unless only one column adds.
 */
export function findDerivations(statement: Statement): Derivation[] {
  const out: Derivation[] = [];
  for (const unit of DERIVED_UNITS) {
    const columns = addingColumns(statement, unit);
    if (columns.length === 0) continue;
    const values = tableOf(statement, unit, columns);
    statement.rows.forEach((row, index) => {
      if (row.unit !== unit) return;
      const target = values[index] ?? [];
      if (nonZero(target) < Math.min(2, columns.length)) return;
      const found = deriveRow(values, statement.rows, index, columns.length);
      if (found !== null) out.push(found);
    });
  }
  return out.sort((a, b) => a.row - b.row);
}
