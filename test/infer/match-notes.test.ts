/** matchNotes on Mpower's note under the statement of operations, hand-checked; prose that must not match; every exhibit; a long exhibit. */
import { inferBalance } from "../../src/infer/infer-balance";
import { inferLinks } from "../../src/infer/infer-links";
import { inferSums } from "../../src/infer/infer-sums";
import { matchNotes } from "../../src/infer/match-notes";
import type { NoteRelation } from "../../src/model/relation";
import type { Cell, Column, Row, Statement } from "../../src/model/statement";
import { interpretTables } from "../../src/interpret/interpret-tables";
import { readTables } from "../../src/read/read-tables";
import { allTextExhibits, fixture } from "../exhibits";

/** Notes found in an exhibit, with the rows that sums, balance checks and links explain left out. */
function notesOf(text: string): NoteRelation[] {
  const read = readTables(text);
  const statements = interpretTables(read.tables).statements;
  const sums = statements.flatMap((statement) => inferSums(statement));
  const found = [
    ...sums,
    ...statements.flatMap((statement) => inferBalance(statement, [])),
    ...inferLinks(statements, sums),
  ];
  const covered = new Set(found.map((relation) => `${relation.statement}:r${relation.row}`));
  return matchNotes(statements, read.lines, covered);
}

/**
 * mpower-2004q2.txt, lines 276-277, under the statement of operations:
 *
 *   Note 1: Cost of Operating Revenues is exclusive of depreciation and amortization
 *   of $1,964, $1,939 and $1,742 for the three months ended June 30, 2004, March 31,
 *
 * states s3's "Depreciation and Amortization (allocated to Cost of Operating Revenues)"
 * (1,964) (1,939) (1,742), the one row of the reconciliations that no other relation explains.
 */
const note: NoteRelation = {
  kind: "note",
  statement: "s3",
  row: 1,
  line: 277,
  texts: ["$1,964", "$1,939", "$1,742"],
  ties: [0, 1, 2],
};

describe("matchNotes on the Mpower exhibits", () => {
  it("finds the note on allocated depreciation in mpower-2004q2.txt", () => {
    const text = fixture("mpower-2004q2.txt").text;
    expect(text.split("\n")[276]).toContain("of $1,964, $1,939 and $1,742");
    expect(notesOf(text)).toEqual([note]);
  });
  it("finds nothing in mpower-2003q4.txt, where every reconciliation row has a link or a sum", () => {
    expect(notesOf(fixture("mpower-2003q4.txt").text)).toEqual([]);
  });
  it("skips a covered row", () => {
    const read = readTables(fixture("mpower-2004q2.txt").text);
    const statements = interpretTables(read.tables).statements;
    expect(matchNotes(statements, read.lines, new Set(["s3:r1"]))).toEqual([]);
    expect(matchNotes(statements, read.lines, new Set())).toEqual([note]);
  });

  /** [what the prose says instead, the replacement of line 277's figures]. */
  const unmatched: [string, string][] = [
    ["another figure", "of $1,964, $1,939 and $1,743"],
    ["the figures out of order", "of $1,939, $1,964 and $1,742"],
    ["words between the figures", "of $1,964 in June, $1,939 and $1,742"],
    ["a figure with a decimal point", "of $1,964, $1,939 and $1.742"],
  ];
  it.each(unmatched)("finds nothing with %s", (_, replacement) => {
    const text = fixture("mpower-2004q2.txt").text.replace("of $1,964, $1,939 and $1,742", replacement);
    expect(notesOf(text)).toEqual([]);
  });
  it("finds the figures when the paragraph wraps between them", () => {
    const text = fixture("mpower-2004q2.txt").text.replace(
      "of $1,964, $1,939 and $1,742",
      "of $1,964,\n$1,939 and $1,742",
    );
    expect(notesOf(text)).toEqual([note]);
  });
});

describe("matchNotes on the shared exhibits", () => {
  const exhibits = allTextExhibits();
  it.each(exhibits.map((exhibit) => [exhibit.name, exhibit.text]))("never throws on %s", (_, text) => {
    expect(() => notesOf(text)).not.toThrow();
  });
  it("finds nothing outside Mpower", () => {
    const others = exhibits.filter((exhibit) => !exhibit.name.includes("mpower"));
    expect(others.flatMap((exhibit) => notesOf(exhibit.text))).toEqual([]);
  });
});

const quarter: Column = {
  header: "",
  period: { start: "2004-04-01", end: "2004-06-30", months: 3, weeks: null, instant: false },
  basis: null,
  scenario: null,
  role: "period",
  measure: "amount",
};

function cell(value: string | null): Cell | null {
  return value === null ? null : { text: value, value, line: 1, start: 0, end: 1, formula: null };
}

function row(label: string, values: (string | null)[]): Row {
  return { label, line: 1, depth: 0, unit: "currency", kind: "item", cells: values.map(cell) };
}

function reconciliation(rows: Row[], lines: [number, number]): Statement {
  const columns = [quarter, quarter, { ...quarter, role: "change" as const }];
  return { id: "s1", title: "", kind: "reconciliation", scale: 1000, document: null, lines, columns, rows };
}

describe("matchNotes on odd statements", () => {
  /** [what is odd, the prose, the row's figures, [line, texts, ties] of the note found]. */
  const cases: [string, string[], (string | null)[], [number, string[], number[]][]][] = [
    ["no prose", [], ["-5", "7", null], []],
    ["one nonzero figure", ["charges of $5 and $0."], ["-5", "0", null], []],
    ["a blank and a zero", ["charges of $5 and $7."], [null, "0", "7"], []],
    ["the figures in a change column", ["charges of $5 and $7."], ["5", null, "7"], []],
    ["the figures as percents", ["margins of 5% and 7%."], ["5", "7", null], []],
    ["the figures in two paragraphs", ["charges of $5", "", "and $7."], ["5", "7", null], []],
    ["the figures in the table's own lines", ["x", "charges of $5 and $7."], ["5", "7", null], []],
    [
      "the figures on a later line",
      ["Charges", "were (5) and 7", "in total."],
      ["-5", "7", null],
      [[2, ["(5)", "7"], [0, 1]]],
    ],
  ];
  it.each(cases)("with %s", (odd, prose, figures, expected) => {
    const lines = ["<TABLE>", "Charges  (5)  7", "</TABLE>", ...prose];
    const tableLines: [number, number] = odd === "the figures in the table's own lines" ? [1, 5] : [1, 3];
    const statement = reconciliation([row("Charges", figures)], tableLines);
    const found = matchNotes([statement], lines, new Set()).map((relation) => [
      relation.line - 3,
      relation.texts,
      relation.ties,
    ]);
    expect(found).toEqual(expected);
  });

  it("matches 4,000 rows against 20,000 lines of figures (its growth is measured by test/linear-work and the bench, not by a clock)", () => {
    // line 2 + i: "of 1, 2 and 3", "of 2, 3 and 4", ...: every pair of neighbours is joined
    const prose = Array.from({ length: 20000 }, (_, i) => `of ${i + 1}, ${i + 2} and ${i + 3}`);
    const rows = Array.from({ length: 2000 }, (_, i) => [
      row("Found", [`${i * 10 + 2}`, `${i * 10 + 3}`, null]),
      row("Missing", [`${i * 10 + 2}`, `${i * 10 + 4}`, null]),
    ]).flat();
    const statement = reconciliation(rows, [1, 1]);
    const found = matchNotes([statement], ["", ...prose], new Set());
    expect(found.map((relation) => [relation.row, relation.line])).toEqual(
      Array.from({ length: 2000 }, (_, i) => [i * 2, i * 10 + 2]),
    );
  });
});
