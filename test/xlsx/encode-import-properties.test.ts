/** The import records as custom properties of at most 255 characters, and back. */
import { IMPORTS_KEY, type ImportRecord } from "../../src/model/workbook-plan";
import {
  decodeImportProperties,
  encodeImportProperties,
  MAX_PROPERTY_LENGTH,
} from "../../src/xlsx/encode-import-properties";

const record: ImportRecord = { id: "abc", exhibit: "x.txt", importedAt: null, sheets: ["BS", "Checks"] };

function mapOf(properties: { name: string; value: string }[]): Map<string, string> {
  return new Map(properties.map((p) => [p.name, p.value]));
}

test("a short record is one property named IMPORTS_KEY holding a JSON array", () => {
  expect(encodeImportProperties([record])).toEqual([{ name: IMPORTS_KEY, value: JSON.stringify([record]) }]);
});

test("no records is one property holding []", () => {
  expect(encodeImportProperties([])).toEqual([{ name: IMPORTS_KEY, value: "[]" }]);
});

test("a long record is cut into numbered pieces that join back to the JSON", () => {
  const long = { ...record, sheets: Array.from({ length: 40 }, (_, i) => `Statement of Operations ${i}`) };
  const properties = encodeImportProperties([long, record]);
  expect(properties.map((p) => p.name).slice(0, 3)).toEqual([
    IMPORTS_KEY,
    `${IMPORTS_KEY}.2`,
    `${IMPORTS_KEY}.3`,
  ]);
  for (const p of properties) expect(p.value.length).toBeLessThanOrEqual(MAX_PROPERTY_LENGTH);
  expect(properties.map((p) => p.value).join("")).toBe(JSON.stringify([long, record]));
  expect(decodeImportProperties(mapOf(properties))).toEqual([long, record]);
});

test("a piece never ends inside a surrogate pair", () => {
  // the JSON's 255th character is the first half of an emoji
  const prefix = JSON.stringify([{ ...record, exhibit: "" }]).indexOf('"exhibit":"') + 11;
  const exhibit = "e".repeat(MAX_PROPERTY_LENGTH - 1 - prefix) + "😀😀";
  const properties = encodeImportProperties([{ ...record, exhibit }]);
  expect(properties[0]?.value.endsWith("e")).toBe(true);
  expect(properties[1]?.value.startsWith("😀😀")).toBe(true);
  expect(decodeImportProperties(mapOf(properties))).toEqual([{ ...record, exhibit }]);
});

test("a workbook without the property has no records", () => {
  expect(decodeImportProperties(new Map([["Company", "Mpower"]]))).toEqual([]);
});

test("a piece lost or edited by hand gives null, not a wrong record", () => {
  const properties = encodeImportProperties([
    { ...record, sheets: Array.from({ length: 40 }, () => "Sheet name") },
  ]);
  const map = mapOf(properties);
  map.delete(`${IMPORTS_KEY}.2`);
  expect(decodeImportProperties(map)).toBeNull();
  expect(decodeImportProperties(new Map([[IMPORTS_KEY, '{"id":"abc"}']]))).toBeNull();
});
