/**
 * Every error finding on the shared exhibits must be a known defect of the filing (test/known-defects.ts);
 * any other error finding is a false flag, and fails here.
 *
 * A finding matches a defect by exhibit and code, then by place: its source line (its own, or
 * that of the row it names), the row's label and the printed figure. Statement and row indexes
 * are not compared, so that a reader that splits tables differently still matches.
 */
import { convertExhibit } from "../src/convert-exhibit";
import type { Finding } from "../src/model/finding";
import type { InspectResult } from "../src/model/statement";
import type { Exhibit } from "./exhibits";
import { sharedHtmlExhibits, sharedTextExhibits } from "./exhibits";
import type { KnownDefect } from "./known-defects";
import { KNOWN_DEFECTS } from "./known-defects";

/** What a finding says about its place, resolved through the statement it names. */
interface Place {
  line: number | null;
  label: string;
  figure: string | null;
}

function placeOf(result: InspectResult, finding: Finding): Place {
  const row = result.statements.find((s) => s.id === finding.statement)?.rows[finding.row ?? -1];
  const cell = row?.cells[finding.column ?? -1] ?? null;
  return {
    line: cell?.line ?? row?.line ?? finding.line,
    label: row?.label ?? "",
    figure: cell?.text ?? null,
  };
}

const squeeze = (text: string): string => text.replace(/\s+/g, " ").trim().toLowerCase();

function matches(defect: KnownDefect, exhibit: string, finding: Finding, place: Place): boolean {
  if (defect.exhibit !== exhibit || defect.code !== finding.code) return false;
  const lines = [place.line, finding.line];
  if (!lines.includes(defect.line)) return false;
  if (!squeeze(place.label).startsWith(squeeze(defect.label))) return false;
  return defect.figure === null || [place.figure, finding.text].some((t) => t?.trim() === defect.figure);
}

function describeError(finding: Finding, place: Place): string {
  return `${finding.code} ${finding.statement ?? "-"} r${finding.row ?? "-"} c${finding.column ?? "-"} line ${place.line ?? "-"} "${place.label}" ${JSON.stringify(place.figure ?? finding.text)}`;
}

interface Outcome {
  unexpected: string[];
  matched: Set<KnownDefect>;
}

function errorsOf(exhibit: Exhibit): Outcome {
  const result = convertExhibit(exhibit.text, { name: exhibit.name });
  const outcome: Outcome = { unexpected: [], matched: new Set() };
  for (const finding of result.findings.filter((f) => f.severity === "error")) {
    const place = placeOf(result, finding);
    const defect = KNOWN_DEFECTS.find((d) => matches(d, exhibit.name, finding, place));
    if (defect === undefined) outcome.unexpected.push(describeError(finding, place));
    else outcome.matched.add(defect);
  }
  return outcome;
}

/**
 * The exhibits checked. Every shared text and HTML exhibit; an HTML exhibit is read as text until
 * the HTML reader lands, and gives no error findings either way.
 */
const EXHIBITS: Exhibit[] = [...sharedTextExhibits(), ...sharedHtmlExhibits()];

describe("known defects of the shared exhibits", () => {
  const outcomes = new Map(EXHIBITS.map((e) => [e.name, errorsOf(e)]));

  it.each(EXHIBITS.map((e) => [e.name]))("%s: every error finding is a known defect", (name) => {
    expect(outcomes.get(name)?.unexpected).toEqual([]);
  });

  it("every known defect is still reported (a stale entry hides nothing)", () => {
    const matched = new Set([...outcomes.values()].flatMap((o) => [...o.matched]));
    const stale = KNOWN_DEFECTS.filter((d) => !matched.has(d)).map(
      (d) => `${d.exhibit} line ${d.line} ${d.code}`,
    );
    expect(stale).toEqual([]);
  });

  it("every known defect names an exhibit of the corpus and gives its evidence", () => {
    const names = new Set(EXHIBITS.map((e) => e.name));
    for (const defect of KNOWN_DEFECTS) {
      expect(names.has(defect.exhibit)).toBe(true);
      expect(defect.evidence.length).toBeGreaterThan(40);
    }
  });
});

describe("matching a finding to a defect", () => {
  const defect: KnownDefect = {
    exhibit: "x.txt",
    code: "sum-mismatch",
    line: 40,
    label: "Total  current assets",
    figure: "1,215",
    evidence: "The printed total 1,215 is 10 more than its parts 600 + 605 = 1,205.",
  };
  const finding = (over: Partial<Finding>): Finding => ({
    code: "sum-mismatch",
    severity: "error",
    message: "",
    statement: "s1",
    row: 3,
    column: 0,
    line: 40,
    text: "1,215",
    reported: null,
    computed: null,
    difference: null,
    tolerance: null,
    ...over,
  });
  const place: Place = { line: 40, label: "TOTAL CURRENT ASSETS", figure: "1,215" };
  // prettier-ignore
  const cases: [what: string, exhibit: string, f: Finding, p: Place, expected: boolean][] = [
    ["same place, other spacing and case",  "x.txt", finding({}),                       place,                          true],
    ["row moved to another statement",      "x.txt", finding({ statement: "s9", row: 0 }), place,                       true],
    ["other exhibit",                       "y.txt", finding({}),                       place,                          false],
    ["other code",                          "x.txt", finding({ code: "link-mismatch" }), place,                         false],
    ["other line",                          "x.txt", finding({ line: 41 }),             { ...place, line: 41 },         false],
    ["other label",                         "x.txt", finding({}),                       { ...place, label: "Cash" },    false],
    ["other figure in the row",             "x.txt", finding({ text: "605" }),          { ...place, figure: "605" },    false],
  ];
  it.each(cases)("%s", (_what, exhibit, f, p, expected) => {
    expect(matches(defect, exhibit, f, p)).toBe(expected);
  });
});
