/**
 * Every figure in a relation, moved by 7 units of its last digit in the exhibit's text, must be caught.
 *
 * Each mutated text runs through the whole pipeline; the mutation is caught when a check reports an
 * error at the figure, or at the row of a relation the figure takes part in, in the same column
 * (through a link: the linking row's column). A mutation that the checks would pass even with the
 * true exhibit's relations (7 shares in 78,213,486 move no per-share cent) is "invisible": counted,
 * and left out of the rate.
 */
import Decimal from "decimal.js";
import { checkRelations } from "../src/check/check-relations";
import { convertExhibit } from "../src/convert-exhibit";
import { parseAmount } from "../src/interpret/parse-amount";
import type { Finding } from "../src/model/finding";
import type { Relation } from "../src/model/relation";
import type { InspectResult, Statement } from "../src/model/statement";
import { unitOf } from "../src/model/tolerance";
import { expandTabs } from "../src/model/split-lines";
import type { Exhibit } from "./exhibits";
import { allTextExhibits, fixture } from "./exhibits";

/** Codes raised by the check stage: sum-*, link-*, balance-*, ratio-*, per-share-*, row-not-linked. */
const CHECK_CODE = /^(?:sum|link|balance|ratio|per-share)-|^row-not-linked$/;

/** How far a mutation moves a figure, in units of its last printed digit. */
const SHIFT = 7;

const ZERO_DASH = /-0-|-{1,3}|[—–]/u;
const DIGITS = /\d[\d,]*(?:\.\d+)?|\.\d+/u;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * The figure moved by +7 units of its last printed digit, printed as the original was.
 *
 *   "(2,118)" -> "(2,111)"    "54.9%" -> "55.6%"    "$0.01" -> "$0.08"    "-" -> "7"    "(5)" -> "2"
 */
function mutateFigure(text: string, value: string): { text: string; value: string } {
  const decimals = value.includes(".") ? value.length - value.indexOf(".") - 1 : 0;
  const moved = new Decimal(value).plus(unitOf(value).times(SHIFT));
  const newValue = moved.toFixed(decimals);
  const digits = DIGITS.exec(text);
  if (digits === null) {
    return { text: text.replace(ZERO_DASH, newValue).trim(), value: newValue };
  }
  const [core] = digits;
  const [whole = ""] = core.split(".");
  const grouped = whole.includes(",") || whole.length <= 3;
  const [newWhole = "", newFraction] = moved.abs().toFixed(decimals).split(".");
  const printedWhole = core.startsWith(".") && newWhole === "0" ? "" : newWhole;
  const newCore = `${grouped ? groupThousands(printedWhole) : printedWhole}${newFraction === undefined ? "" : `.${newFraction}`}`;
  let prefix = text.slice(0, digits.index);
  let suffix = text.slice(digits.index + core.length);
  if (value.startsWith("-") && !moved.isNegative()) {
    prefix = prefix.replace(/[(-]/gu, "");
    suffix = suffix.replace(/^(\s*%?\s*)\)/u, "$1");
  }
  return { text: `${prefix}${newCore}${suffix}`.trim(), value: newValue };
}

/** Characters after the last digit or dash: `)` in "(2,118)", `%)` in "(26%)". */
function tailLength(figure: string): number {
  const last = Math.max(...[...figure].map((ch, i) => (/[\d\-—–]/u.test(ch) ? i : -1)));
  return figure.length - 1 - last;
}

/**
 * The line with `figure` in place of `old` at [start, end): its last digit where the old one's
 * stood (a closing parenthesis hangs past the column), widening into spaces and keeping two
 * before it. Null when it does not fit.
 *
 *   "Net loss      (5)  x"  ->  "Net loss       2   x"
 *                   ^                           ^
 */
function placeFigure(line: string, start: number, end: number, old: string, figure: string): string | null {
  const newEnd = end - tailLength(old) + tailLength(figure);
  const newStart = newEnd - figure.length;
  const blank = (line.slice(0, start) + " ".repeat(end - start) + line.slice(end)).padEnd(newEnd);
  const from = newStart < start ? newStart - 2 : start;
  const to = newEnd > end ? newEnd + 1 : end;
  if (from < 0 || blank.slice(from, to).trim() !== "") return null;
  return blank.slice(0, newStart) + figure + blank.slice(newEnd);
}

const key = (statement: string, row: number, column: number): string => `${statement}:${row}:${column}`;

/**
 * For every cell in a relation (on the columns the relation covers), the places where a check
 * may report it: its own, and the row of each relation it takes part in.
 */
function participation(relations: readonly Relation[]): Map<string, Set<string>> {
  const places = new Map<string, Set<string>>();
  const add = (cell: string, place: string): void => {
    const set = places.get(cell) ?? new Set([cell]);
    set.add(place);
    places.set(cell, set);
  };
  for (const relation of relations) {
    const { statement, row } = relation;
    const rowsOf = (column: number, rows: number[]): void =>
      rows.forEach((part) => add(key(statement, part, column), key(statement, row, column)));
    switch (relation.kind) {
      case "sum":
        for (const column of [...relation.ties, ...relation.near, ...relation.misses])
          rowsOf(column, [row, ...relation.terms.map((term) => term.row)]);
        break;
      case "ratio":
        for (const column of [...relation.ties, ...relation.misses])
          rowsOf(column, [row, relation.numerator, relation.denominator]);
        break;
      case "per-share":
        for (const column of [...relation.ties, ...relation.misses])
          rowsOf(column, [row, relation.shares, ...relation.numerator.map((term) => term.row)]);
        break;
      case "link":
        relation.columns.forEach((target, column) => {
          if (target === null) return;
          add(key(statement, row, column), key(statement, row, column));
          add(key(relation.target.statement, relation.target.row, target), key(statement, row, column));
        });
        break;
      case "note":
        for (const column of relation.ties) rowsOf(column, [row]);
        break;
    }
  }
  return places;
}

function isCheckError(finding: Finding): boolean {
  return finding.severity === "error" && CHECK_CODE.test(finding.code);
}

function caughtAt(findings: readonly Finding[], places: ReadonlySet<string>): boolean {
  return findings.some(
    (f) => isCheckError(f) && places.has(key(f.statement ?? "", f.row ?? -1, f.column ?? -1)),
  );
}

interface Tally {
  name: string;
  figures: number;
  skipped: number;
  total: number;
  caught: number;
  /** Mutations that stay within the tolerance model even with the relations of the true exhibit. */
  withinTolerance: number;
  missed: string[];
}

/** Mutates every figure that takes part in a relation, one at a time, and converts each mutated text. */
function mutateExhibit(exhibit: Exhibit): Tally {
  const original = convertExhibit(exhibit.text, { name: exhibit.name });
  const pieces = exhibit.text.split(/(\r\n|\r|\n)/);
  const byId = new Map(original.statements.map((statement) => [statement.id, statement]));
  const tally: Tally = {
    name: exhibit.name,
    figures: 0,
    skipped: 0,
    total: 0,
    caught: 0,
    withinTolerance: 0,
    missed: [],
  };
  for (const [cellKey, places] of participation(original.relations)) {
    const [id = "", rowText = "", columnText = ""] = cellKey.split(":");
    const [row, column] = [Number(rowText), Number(columnText)];
    const cell = byId.get(id)?.rows[row]?.cells[column];
    if (cell === null || cell === undefined || cell.value === null) continue;
    tally.figures += 1;
    const raw = pieces[2 * (cell.line - 1)];
    const mutation = mutateFigure(cell.text, cell.value);
    const line =
      raw === undefined || raw !== expandTabs(raw) || raw.slice(cell.start, cell.end) !== cell.text
        ? null
        : placeFigure(raw, cell.start, cell.end, cell.text, mutation.text);
    if (line === null) {
      tally.skipped += 1;
      continue;
    }
    tally.total += 1;
    const text = [...pieces.slice(0, 2 * (cell.line - 1)), line, ...pieces.slice(2 * cell.line - 1)].join("");
    const mutated = convertExhibit(text, { name: exhibit.name });
    if (caughtAt(mutated.findings, places)) {
      tally.caught += 1;
      continue;
    }
    if (!caughtAt(checkWithValue(original, id, row, column, mutation), places)) {
      tally.withinTolerance += 1;
      continue;
    }
    const label = byId.get(id)?.rows[row]?.label ?? "";
    const read = mutated.statements.find((s) => s.id === id)?.rows[row]?.cells[column]?.value ?? null;
    tally.missed.push(
      `${exhibit.name} ${id} r${row} c${column} line ${cell.line} "${label}": ${cell.text} -> ${mutation.text}` +
        (read === mutation.value ? "" : ` (read back as ${read})`),
    );
  }
  return tally;
}

/** The checks on the true exhibit's relations with one figure changed: what the tolerance model can see. */
function checkWithValue(
  original: InspectResult,
  id: string,
  row: number,
  column: number,
  mutation: { text: string; value: string },
): Finding[] {
  const statements: Statement[] = structuredClone(original.statements);
  const cell = statements.find((s) => s.id === id)?.rows[row]?.cells[column];
  if (cell !== null && cell !== undefined) Object.assign(cell, mutation);
  return checkRelations(statements, original.relations);
}

/** The distinct exhibits: the Mpower fixtures, then every shared exhibit whose text is new. */
function distinctExhibits(): Exhibit[] {
  const seen = new Set<string>();
  return [fixture("mpower-2003q4.txt"), fixture("mpower-2004q2.txt"), ...allTextExhibits()].filter((e) => {
    if (seen.has(e.text)) return false;
    seen.add(e.text);
    return true;
  });
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;

function formatTable(tallies: readonly Tally[], all: Tally, ms: number): string {
  const head = ["exhibit", "figures", "skipped", "mutated", "caught", "invisible", "caught %", "of visible"];
  const line = (t: Tally): string[] => [
    t.name,
    String(t.figures),
    String(t.skipped),
    String(t.total),
    String(t.caught),
    String(t.withinTolerance),
    percent(t.caught, t.total),
    percent(t.caught, t.total - t.withinTolerance),
  ];
  const rows = [head, ...tallies.map(line), line(all)];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const render = (r: string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [
    `Mutation test (+${SHIFT} units of the last printed digit), ${ms.toFixed(0)} ms`,
    "skipped: lines with tabs, or no room for the new figure; invisible: within the tolerance model",
    ...rows.map(render),
    ...all.missed.map((m) => `  missed: ${m}`),
  ].join("\n");
}

describe("mutateFigure", () => {
  // prettier-ignore
  const forms: [text: string, value: string, mutated: string][] = [
    ["(2,118)",   "-2118",    "(2,111)"],
    ["54.9%",     "54.9",     "55.6%"],
    ["$0.01",     "0.01",     "$0.08"],
    ["-",         "0",        "7"],
    ["$ -",       "0",        "$ 7"],
    ["(5)",       "-5",       "2"],
    ["($0.00)",   "-0.00",    "$0.07"],
    ["$  (806)",  "-806",     "$  (799)"],
    ["$29,307",   "29307",    "$29,314"],
    ["998",       "998",      "1,005"],
    ["78213486",  "78213486", "78213493"],
    [".70",       "0.70",     ".77"],
    ["(.05)",     "-0.05",    ".02"],
    ["(26%)",     "-26",      "(19%)"],
    ["-4.1%",     "-4.1",     "-3.4%"],
    ["5,667*",    "5667",     "5,674*"],
  ];
  it.each(forms)("%s (value %s) becomes %s", (text, value, mutated) => {
    const result = mutateFigure(text, value);
    expect(result.text).toBe(mutated);
    expect(parseAmount(result.text).value).toBe(result.value);
  });

  it("keeps the last digit in place, widening leftwards into spaces", () => {
    expect(placeFigure("Net loss      (5)  x", 14, 17, "(5)", "2")).toBe("Net loss       2   x");
    expect(placeFigure("Sales      998  x", 11, 14, "998", "1,005")).toBe("Sales    1,005  x");
    expect(placeFigure("Sales  998  x", 7, 10, "998", "1,005")).toBeNull();
    expect(placeFigure("Cash  -", 6, 7, "-", "7")).toBe("Cash  7");
  });
});

describe("known findings of the true exhibits", () => {
  /** The 0-based index of the per-share row with this label. */
  function perShareRow(result: InspectResult, id: string, label: string): number {
    const rows = result.statements.find((s) => s.id === id)?.rows ?? [];
    return rows.findIndex((row) => row.unit === "per-share" && row.label === label);
  }
  const describeFinding = (f: Finding): string => `${f.code} ${f.statement} r${f.row} c${f.column}`;
  const checks = (result: InspectResult): string[] =>
    result.findings.filter((f) => CHECK_CODE.test(f.code)).map(describeFinding);

  it("mpower-2003q4: the discontinued operations per share are rounding plugs, nothing else", () => {
    const result = convertExhibit(fixture("mpower-2003q4.txt").text, { name: "mpower-2003q4.txt" });
    const label = "Income (Loss) from Discontinued Operations";
    const [s2, s3] = [perShareRow(result, "s2", label), perShareRow(result, "s3", label)];
    expect(s2).toBeGreaterThanOrEqual(0);
    expect(s3).toBeGreaterThanOrEqual(0);
    expect(checks(result)).toEqual([
      `per-share-rounding-plug s2 r${s2} c2`,
      `per-share-rounding-plug s3 r${s3} c0`,
      `per-share-rounding-plug s3 r${s3} c1`,
      `per-share-rounding-plug s3 r${s3} c2`,
    ]);
  });

  it("mpower-2004q2: one rounding plug and two unsigned zeros, nothing else", () => {
    const result = convertExhibit(fixture("mpower-2004q2.txt").text, { name: "mpower-2004q2.txt" });
    const discontinued = perShareRow(result, "s2", "Income from Discontinued Operations");
    const netLoss = perShareRow(result, "s2", "Net Loss");
    expect(discontinued).toBeGreaterThanOrEqual(0);
    expect(netLoss).toBeGreaterThanOrEqual(0);
    expect([...checks(result)].sort()).toEqual(
      [
        `per-share-rounding-plug s2 r${discontinued} c1`,
        `per-share-unsigned-zero s2 r${netLoss} c1`,
        `per-share-unsigned-zero s2 r${discontinued} c0`,
      ].sort(),
    );
  });

  it.each(allTextExhibits().filter((e) => !/mpower/i.test(e.name)))("$name: no false mismatch", (exhibit) => {
    const result = convertExhibit(exhibit.text, { name: exhibit.name });
    expect(result.findings.filter(isCheckError).map((f) => `${describeFinding(f)}: ${f.message}`)).toEqual(
      [],
    );
  });
});

describe("mutation of every figure in a relation", () => {
  it("is caught by a check at the figure or at a relation it takes part in", () => {
    const started = Date.now();
    const tallies = distinctExhibits().map(mutateExhibit);
    const all = tallies.reduce<Tally>(
      (sum, t) => ({
        name: "all",
        figures: sum.figures + t.figures,
        skipped: sum.skipped + t.skipped,
        total: sum.total + t.total,
        caught: sum.caught + t.caught,
        withinTolerance: sum.withinTolerance + t.withinTolerance,
        missed: [...sum.missed, ...t.missed],
      }),
      { name: "all", figures: 0, skipped: 0, total: 0, caught: 0, withinTolerance: 0, missed: [] },
    );
    console.log(formatTable(tallies, all, Date.now() - started));
    expect(all.total).toBeGreaterThan(0);
    expect(all.caught / (all.total - all.withinTolerance)).toBeGreaterThanOrEqual(0.99);
  });
});
