/** Chunks of real exhibit lines: where they start and end, their text, and whether they are figures. */

import { splitChunks, type Chunk } from "./split-chunks";

/** [start, end, text, figure] */
type Expected = [number, number, string, boolean];

const toChunks = (rows: Expected[]): Chunk[] =>
  rows.map(([start, end, text, figure]) => ({ start, end, text, figure }));

describe("splitChunks", () => {
  it.each<[string, string, Expected[]]>([
    ["an empty line", "", []],
    ["a whitespace-only line", "          ", []],
    [
      // mpower-2003q4, shortened
      "a label and two figures",
      "    Total Current Assets          53,001        62,752",
      [
        [4, 24, "Total Current Assets", false],
        [34, 40, "53,001", true],
        [48, 54, "62,752", true],
      ],
    ],
    [
      // sears: a lone $ two spaces before its figure joins it
      "currency signs standing apart join their figures",
      "    NET INCOME/ (LOSS)                   $  53   $  309   $  (806)  $   501",
      [
        [4, 22, "NET INCOME/ (LOSS)", false],
        [41, 46, "$  53", true],
        [49, 55, "$  309", true],
        [58, 66, "$  (806)", true],
        [68, 75, "$   501", true],
      ],
    ],
    [
      // sears: "$    -" is a zero in dollars
      "a lone $ binds to the zero dash after it, however far",
      "       accounting principle             $    -   $    -   $ (3.86)  $     -",
      [
        [7, 27, "accounting principle", false],
        [40, 46, "$    -", true],
        [49, 55, "$    -", true],
        [58, 66, "$ (3.86)", true],
        [68, 75, "$     -", true],
      ],
    ],
    [
      // southern notes
      "zero dashes one space apart are two figures",
      "- -  Excludes a one-time after tax gain",
      [
        [0, 1, "-", true],
        [2, 3, "-", true],
        [5, 39, "Excludes a one-time after tax gain", false],
      ],
    ],
    [
      // mpower-2004q2 guidance table
      "$ 900 one space apart is one figure",
      "Net (Loss) Income (GAAP)                                                       $(1,100)                $ 900",
      [
        [0, 24, "Net (Loss) Income (GAAP)", false],
        [79, 87, "$(1,100)", true],
        [103, 108, "$ 900", true],
      ],
    ],
    [
      "19 % one space apart is one figure",
      "    Gross margin rate                 19 %        21 %",
      [
        [4, 21, "Gross margin rate", false],
        [38, 42, "19 %", true],
        [50, 54, "21 %", true],
      ],
    ],
    [
      "percents one space apart are two figures",
      "  Adjusted Gross Margin (% of Revenue)    19 % 21 %",
      [
        [2, 38, "Adjusted Gross Margin (% of Revenue)", false],
        [42, 46, "19 %", true],
        [47, 51, "21 %", true],
      ],
    ],
    [
      // aames, shortened
      "figures one space apart are split",
      "TOTALS     650,000,000.00 645,008,411.46   5,019,097.96",
      [
        [0, 6, "TOTALS", false],
        [11, 25, "650,000,000.00", true],
        [26, 40, "645,008,411.46", true],
        [43, 55, "5,019,097.96", true],
      ],
    ],
    [
      // southern, columns squeezed to one space
      "currency figures one space apart are split",
      "Retail Business                                    $ 1,200 $ 1,153",
      [
        [0, 15, "Retail Business", false],
        [51, 58, "$ 1,200", true],
        [59, 66, "$ 1,153", true],
      ],
    ],
    [
      // southern
      "single-spaced $ figures stay whole",
      "Net Income - Excluding One-Time Items (See Notes)  $  180     $  162         $ 1,508      $ 1,428",
      [
        [0, 49, "Net Income - Excluding One-Time Items (See Notes)", false],
        [51, 57, "$  180", true],
        [62, 68, "$  162", true],
        [77, 84, "$ 1,508", true],
        [90, 97, "$ 1,428", true],
      ],
    ],
    [
      // southern: the dash of a sub-label is not a zero
      "a label opening with a dash",
      "  - As Reported                                    $  204     $  125         $ 1,532      $ 1,474",
      [
        [2, 15, "- As Reported", false],
        [51, 57, "$  204", true],
        [62, 68, "$  125", true],
        [77, 84, "$ 1,532", true],
        [90, 97, "$ 1,474", true],
      ],
    ],
    [
      // amazon-junglee
      "a label with a figure in it stays one chunk",
      "Issuance of Series A preferred stock for cash at",
      [[0, 48, "Issuance of Series A preferred stock for cash at", false]],
    ],
    [
      // amazon-junglee
      "a label that starts with a figure stays one chunk",
      "  $0.50 per share, net of issuance costs",
      [[2, 40, "$0.50 per share, net of issuance costs", false]],
    ],
    [
      // amazon-junglee: zero dashes, with and without a $ far before them
      "zero dashes and a $ eight spaces before one",
      "  at $.001 per share in June 1996                          --    $        --             --     $        --      6,435,000",
      [
        [2, 33, "at $.001 per share in June 1996", false],
        [59, 61, "--", true],
        [65, 76, "$        --", true],
        [89, 91, "--", true],
        [96, 107, "$        --", true],
        [113, 122, "6,435,000", true],
      ],
    ],
    [
      // southern: a header run of a year and a word is not split
      "a year and a word one space apart stay together",
      "                                       2004    2003  Change            2004    2003 Change",
      [
        [39, 43, "2004", true],
        [47, 51, "2003", true],
        [53, 59, "Change", false],
        [71, 75, "2004", true],
        [79, 90, "2003 Change", false],
      ],
    ],
    [
      // mpower-2003q4
      "a phone number is text",
      "Telephone:  585-218-6542",
      [
        [0, 10, "Telephone:", false],
        [12, 24, "585-218-6542", false],
      ],
    ],
    [
      // southern
      "two phone numbers one space apart are text",
      "                  404-506-5333 or 1-866-506-5333",
      [[18, 48, "404-506-5333 or 1-866-506-5333", false]],
    ],
    [
      // aames page footer
      "page numbers in words are text",
      "Page 1 of 6",
      [[0, 11, "Page 1 of 6", false]],
    ],
  ])("%s", (_name, line, expected) => {
    expect(splitChunks(line)).toEqual(toChunks(expected));
  });
});
