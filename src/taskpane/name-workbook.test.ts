import { nameWorkbook } from "./name-workbook";

describe("nameWorkbook", () => {
  it.each([
    ["mpower-2003q4.txt", "mpower-2003q4.xlsx"],
    ["001_apple-computer-2004q3.htm", "001_apple-computer-2004q3.xlsx"],
    ["q4.release.html", "q4.release.xlsx"],
    ["pasted exhibit", "pasted exhibit.xlsx"],
    ["C:\\fakepath\\ex99.txt", "ex99.xlsx"],
    [".txt", "exhibit.xlsx"],
    ["", "exhibit.xlsx"],
  ])("%s -> %s", (exhibit, expected) => {
    expect(nameWorkbook(exhibit)).toBe(expected);
  });
});
