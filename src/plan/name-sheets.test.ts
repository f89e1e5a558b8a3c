import { cleanSheetName, nameSheets } from "./name-sheets";

describe("cleanSheetName", () => {
  it.each<[string, string]>([
    ["IS 3M 2003-12-31", "IS 3M 2003-12-31"],
    ["Q4: [draft]*", "Q4 draft"],
    ["a/b\\c?d", "a b c d"],
    ["'Bob's Q4'", "Bob's Q4"],
    ["History", "History 1"],
    ["HISTORY", "HISTORY 1"],
    ["", "Sheet"],
    ["   ", "Sheet"],
    ["A very long statement name that goes on and on", "A very long statement name that"],
    ["tab\there", "tab here"],
  ])("%j -> %j", (wanted, name) => {
    expect(cleanSheetName(wanted)).toBe(name);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe("nameSheets", () => {
  it("never takes a name the workbook has, ignoring case", () => {
    expect(nameSheets(["Checks", "Source"], ["checks", "My model"])).toEqual(["Checks (2)", "Source"]);
  });

  it("keeps names unique among themselves", () => {
    expect(nameSheets(["IS 3M 2003-12-31", "is 3m 2003-12-31", "IS 3M 2003-12-31"], [])).toEqual([
      "IS 3M 2003-12-31",
      "is 3m 2003-12-31 (2)",
      "IS 3M 2003-12-31 (3)",
    ]);
  });

  it("shortens a long name to make room for its number", () => {
    const long = "Reconciliation of Adjusted EBITDA";
    const [first, second] = nameSheets([long, long], []);
    expect(first).toBe("Reconciliation of Adjusted EBIT");
    expect(second).toBe("Reconciliation of Adjusted (2)");
    expect(second?.length).toBeLessThanOrEqual(31);
  });

  it("gives every hostile name a valid, distinct name", () => {
    const hostile = ["[]:*?/\\", "'", "''", "History", "history", "x".repeat(40), "x".repeat(40), "Sheet"];
    const names = nameSheets(hostile, ["Sheet", "History 1"]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
      expect(name).not.toMatch(/^'|'$/);
      expect(name.toLowerCase()).not.toBe("history");
    }
  });
});
