import { linkFormula, sheetReference, textLiteral } from "./sheet-reference";

describe("formula text", () => {
  it.each<[string, string]>([
    [sheetReference("IS 3M 2003-12-31", "C12"), "'IS 3M 2003-12-31'!C12"],
    [sheetReference("Bob's Q4", "C7"), "'Bob''s Q4'!C7"],
    [textLiteral('say "hi"'), '"say ""hi"""'],
    [linkFormula("Source", "A216", "216"), '=HYPERLINK("#\'Source\'!A216","216")'],
    [linkFormula('A "b" c', "A1", "x"), '=HYPERLINK("#\'A ""b"" c\'!A1","x")'],
  ])("%s", (actual, expected) => expect(actual).toBe(expected));
});
