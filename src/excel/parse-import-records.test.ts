import { parseImportRecords, renderImportRecords } from "./parse-import-records";

const record = { id: "9f2c", exhibit: "q4.txt", importedAt: null, sheets: ["BS 2003-12-31"] };
const other = { id: "77aa", exhibit: "q2.txt", importedAt: "2024-05-01T10:00:00Z", sheets: ["Checks"] };

describe("parseImportRecords", () => {
  it.each([
    ["no setting", null, [], null],
    ["a JSON array of records", JSON.stringify([record, other]), [record, other], null],
    ["an array value (not a string)", [record], [record], null],
    ["entries that are not records", JSON.stringify([record, 42, { id: 3 }]), [record], null],
    ["text that is not JSON", "{oops", [], "{oops"],
    ["JSON that is not an array", '{"id":"x"}', [], '{"id":"x"}'],
  ])("%s", (_, value, imports, unreadable) => {
    const parsed = parseImportRecords(value);
    expect(parsed.imports).toEqual(imports);
    expect(parsed.unreadable).toBe(unreadable);
  });
});

describe("renderImportRecords", () => {
  it("replaces the record of the same id in place and keeps every other entry", () => {
    const stored = parseImportRecords(JSON.stringify([other, 42, { ...record, sheets: ["old"] }]));
    expect(JSON.parse(renderImportRecords(stored, record))).toEqual([other, 42, record]);
  });

  it("adds a new record at the end", () => {
    expect(JSON.parse(renderImportRecords(parseImportRecords(null), record))).toEqual([record]);
  });
});
