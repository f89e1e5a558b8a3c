import { blockAddress, cellAddress, columnIndex, columnLetters, parseCellAddress, rangeAddress } from "./a1";

describe("columnLetters and columnIndex", () => {
  it.each<[number, string]>([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%d <-> %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(columnIndex(letters)).toBe(column);
  });
});

describe("addresses", () => {
  it.each<[string, string]>([
    [cellAddress(0, 0), "A1"],
    [cellAddress(11, 2), "C12"],
    [rangeAddress(2, 1, 7, 3), "B3:D9"],
    [rangeAddress(4, 4, 1, 1), "E5"],
    [blockAddress({ row: 11, column: 2, rows: 1, columns: 3 }), "C12:E12"],
  ])("%s", (actual, expected) => expect(actual).toBe(expected));

  it.each<[string, { row: number; column: number } | null]>([
    ["C12", { row: 11, column: 2 }],
    ["AB1", { row: 0, column: 27 }],
    ["$C$12", null],
    ["C12:D13", null],
    ["", null],
  ])("parses %j", (address, cell) => expect(parseCellAddress(address)).toEqual(cell));
});
