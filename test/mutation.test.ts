/**
 * A seeded sample of the figures in a relation, each moved by 7 units of its last digit in the
 * exhibit's text, and every share count of a per-share relation moved in a digit that moves the
 * printed cents, must be caught.
 *
 * Each mutated text runs through the whole pipeline; the mutation is caught when a check reports an
 * error at the figure, or at the row of a relation the figure takes part in, in the same column
 * (through a link: the linking row's column). A mutation that the checks would pass even with the
 * true exhibit's relations (7 shares in 78,213,486 move no per-share cent) is "invisible": counted,
 * and left out of the rate.
 */
import { checkRelations } from "../src/check/check-relations";
import { convertExhibit } from "../src/convert-exhibit";
import type { Finding } from "../src/model/finding";
import type { Relation } from "../src/model/relation";
import type { InspectResult, Statement } from "../src/model/statement";
import { expandTabs } from "../src/model/split-lines";
import type { Exhibit } from "./exhibits";
import { allTextExhibits, fixture, sharedTextExhibits } from "./exhibits";
import { mutateFigure, placeFigure, SHIFT } from "./mutate-figure";
import { seededSample, sharesStep } from "./mutate-shares";

/** Codes raised by the check stage: sum-*, link-*, balance-*, ratio-*, per-share-*, row-not-linked. */
const CHECK_CODE = /^(?:sum|link|balance|ratio|per-share)-|^row-not-linked$/;

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

/** One figure to mutate: its cell, the places a check may report it, and the step in units of its last digit. */
interface Mutation {
  exhibit: Exhibit;
  original: InspectResult;
  cell: string;
  places: Set<string>;
  shift: number;
  kind: "figure" | "shares";
}

/** Every figure that takes part in a relation (+7 units), and every share count of a per-share relation in a digit that moves the cents. */
function mutationsOf(exhibit: Exhibit): { figures: Mutation[]; shares: Mutation[] } {
  const original = convertExhibit(exhibit.text, { name: exhibit.name });
  const places = participation(original.relations);
  const figures = [...places].map(([cell, at]): Mutation => ({
    exhibit,
    original,
    cell,
    places: at,
    shift: SHIFT,
    kind: "figure",
  }));
  const shares: Mutation[] = [];
  for (const relation of original.relations) {
    if (relation.kind !== "per-share") continue;
    const statement = original.statements.find((s) => s.id === relation.statement);
    if (statement === undefined) continue;
    for (const column of relation.ties) {
      const shift = sharesStep(statement, relation, column);
      const cell = key(relation.statement, relation.shares, column);
      if (shift === null || shares.some((m) => m.cell === cell)) continue;
      shares.push({
        exhibit,
        original,
        cell,
        places: places.get(cell) ?? new Set([cell]),
        shift,
        kind: "shares",
      });
    }
  }
  return { figures, shares };
}

const emptyTally = (name: string): Tally => ({
  name,
  figures: 0,
  skipped: 0,
  total: 0,
  caught: 0,
  withinTolerance: 0,
  missed: [],
});

/** Converts the text with one figure mutated and counts the outcome in each of `tallies`. */
function runMutation(mutation: Mutation, tallies: Tally[]): void {
  const count = (field: "figures" | "skipped" | "total" | "caught" | "withinTolerance"): void =>
    tallies.forEach((t) => (t[field] += 1));
  const { exhibit, original, places } = mutation;
  const pieces = exhibit.text.split(/(\r\n|\r|\n)/);
  const byId = new Map(original.statements.map((statement) => [statement.id, statement]));
  const [id = "", rowText = "", columnText = ""] = mutation.cell.split(":");
  const [row, column] = [Number(rowText), Number(columnText)];
  const cell = byId.get(id)?.rows[row]?.cells[column];
  if (cell === null || cell === undefined || cell.value === null) return;
  count("figures");
  const raw = pieces[2 * (cell.line - 1)];
  const mutated = mutateFigure(cell.text, cell.value, mutation.shift);
  const line =
    raw === undefined || raw !== expandTabs(raw) || raw.slice(cell.start, cell.end) !== cell.text
      ? null
      : placeFigure(raw, cell.start, cell.end, cell.text, mutated.text);
  if (line === null) {
    count("skipped");
    return;
  }
  count("total");
  const text = [...pieces.slice(0, 2 * (cell.line - 1)), line, ...pieces.slice(2 * cell.line - 1)].join("");
  const result = convertExhibit(text, { name: exhibit.name });
  if (caughtAt(result.findings, places)) {
    count("caught");
    return;
  }
  if (!caughtAt(checkWithValue(original, id, row, column, mutated), places)) {
    count("withinTolerance");
    return;
  }
  const label = byId.get(id)?.rows[row]?.label ?? "";
  const read = result.statements.find((s) => s.id === id)?.rows[row]?.cells[column]?.value ?? null;
  const missed =
    `${exhibit.name} ${mutation.kind} ${id} r${row} c${column} line ${cell.line} "${label}": ${cell.text} -> ${mutated.text}` +
    (read === mutated.value ? "" : ` (read back as ${read})`);
  tallies.forEach((t) => t.missed.push(missed));
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

/** How many figures in a relation are sampled (with a fixed seed) over all shared text exhibits. */
const SAMPLE = 450;
const SEED = 20041;

/**
 * The share of visible mutations caught: the target. When the sample was set, 453 of 456
 * (99.3%); the three misses were dashes for zero turned into 7, which the checks did not reach.
 */
const FLOOR = 0.99;

describe("mutation of figures in a relation", () => {
  it(`catches at least ${FLOOR * 100}% of ${SAMPLE} sampled figures and every share count, at the right statement and column`, () => {
    const started = Date.now();
    const exhibits = sharedTextExhibits();
    const all = exhibits.map(mutationsOf);
    const chosen = [
      ...seededSample(
        all.flatMap((m) => m.figures),
        SAMPLE,
        SEED,
      ),
      ...all.flatMap((m) => m.shares),
    ];
    const tallies = new Map(exhibits.map((e) => [e.name, emptyTally(e.name)]));
    const shares = emptyTally("share counts");
    for (const mutation of chosen) {
      const tally = tallies.get(mutation.exhibit.name) ?? emptyTally(mutation.exhibit.name);
      runMutation(mutation, mutation.kind === "shares" ? [tally, shares] : [tally]);
    }
    const list = [...tallies.values()];
    const total = list.reduce<Tally>(
      (sum, t) => ({
        name: "all",
        figures: sum.figures + t.figures,
        skipped: sum.skipped + t.skipped,
        total: sum.total + t.total,
        caught: sum.caught + t.caught,
        withinTolerance: sum.withinTolerance + t.withinTolerance,
        missed: [...sum.missed, ...t.missed],
      }),
      emptyTally("all"),
    );
    console.log(formatTable([...list, shares], total, Date.now() - started));
    expect(total.total).toBeGreaterThanOrEqual(300);
    expect(shares.total).toBeGreaterThan(0);
    expect(shares.withinTolerance).toBe(0);
    expect(total.caught / (total.total - total.withinTolerance)).toBeGreaterThanOrEqual(FLOOR);
  });
});
