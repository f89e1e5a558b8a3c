import { detectCompany } from "./detect-company";

describe("detectCompany", () => {
  it.each<[string[], string | null]>([
    [["<SEC-HEADER>", "\t\tCOMPANY CONFORMED NAME:\t\t\tSEARS ROEBUCK & CO", "x"], "SEARS ROEBUCK & CO"],
    [
      ["EXHIBIT 99.1", "", "ROCHESTER, NY - FEBRUARY 12, 2004 - Mpower Holding Corporation (OTCBB: MPOW),"],
      "Mpower Holding Corporation",
    ],
    [["Apple Computer, Inc. today announced"], "Apple Computer, Inc."],
    [
      ["Mpower Holding Announces Second Quarter 2004 Results", "- Mpower Holding Corporation (AMEX: MPE)"],
      "Mpower Holding Corporation",
    ],
    [
      [
        "COMPANY CONFORMED NAME: ALABAMA POWER CO",
        "COMPANY CONFORMED NAME: SOUTHERN CO",
        "Southern Company, southern",
      ],
      "SOUTHERN CO",
    ],
    // whole words count, not parts of longer ones ("Southerly" is not "Southern")
    [
      [
        "COMPANY CONFORMED NAME: SOUTHERN CO",
        "COMPANY CONFORMED NAME: GEORGIA POWER CO",
        "Georgia Power, a subsidiary; Southerly winds; Southernmost",
      ],
      "GEORGIA POWER CO",
    ],
    // a tie keeps the first filer; names with & and - are one word
    [
      ["COMPANY CONFORMED NAME: AT&T CORP", "COMPANY CONFORMED NAME: L-3 COMMUNICATIONS", "AT&T and L-3"],
      "AT&T CORP",
    ],
    [
      ["COMPANY CONFORMED NAME: AT&T CORP", "COMPANY CONFORMED NAME: L-3 COMMUNICATIONS", "L-3, L-3"],
      "L-3 COMMUNICATIONS",
    ],
    [["COMPANY CONFORMED NAME:   ", "Results"], null],
    [["EXHIBIT 99.1", "Results for the quarter"], null],
    [[], null],
  ])("%j -> %j", (lines, company) => expect(detectCompany(lines)).toBe(company));
});
