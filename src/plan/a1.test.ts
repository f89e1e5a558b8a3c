import { cellAddress, columnLetters, linkFormula, rangeAddress, sheetReference, textLiteral } from "./a1";

describe("columnLetters", () => {
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
  ])("%d -> %s", (column, letters) => expect(columnLetters(column)).toBe(letters));
});

describe("addresses", () => {
  it.each<[string, string]>([
    [cellAddress(0, 0), "A1"],
    [cellAddress(11, 2), "C12"],
    [rangeAddress(2, 1, 7, 3), "B3:D9"],
    [rangeAddress(4, 4, 1, 1), "E5"],
    [sheetReference("IS 3M 2003-12-31", "C12"), "'IS 3M 2003-12-31'!C12"],
    [sheetReference("Bob's Q4", "C7"), "'Bob''s Q4'!C7"],
    [textLiteral('say "hi"'), '"say ""hi"""'],
    [linkFormula("Source", "A216", "216"), '=HYPERLINK("#\'Source\'!A216","216")'],
    [linkFormula('A "b" c', "A1", "x"), '=HYPERLINK("#\'A ""b"" c\'!A1","x")'],
  ])("%s", (actual, expected) => expect(actual).toBe(expected));
});
