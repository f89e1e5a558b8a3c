/** Real exhibit lines sorted into blank, tag, rule, page footer, values (years or not) and text. */

import { classifyLine, type LineKind } from "./classify-line";

/** A LineInfo with its chunks reduced to their texts (their places are tested in split-chunks). */
interface Expected {
  kind: LineKind;
  indent: number;
  chunks: string[];
  rule: "single" | "double" | null;
  years: boolean;
  tag: string | null;
}

const blank = (indent: number): Expected => ({
  kind: "blank",
  indent,
  chunks: [],
  rule: null,
  years: false,
  tag: null,
});
const tag = (name: string, indent = 0): Expected => ({
  kind: "tag",
  indent,
  chunks: [],
  rule: null,
  years: false,
  tag: name,
});
const rule = (kind: "single" | "double", indent: number): Expected => ({
  kind: "rule",
  indent,
  chunks: [],
  rule: kind,
  years: false,
  tag: null,
});
const page = (indent: number, chunks: string[] = []): Expected => ({
  kind: "page",
  indent,
  chunks,
  rule: null,
  years: false,
  tag: null,
});
const values = (indent: number, chunks: string[], years = false): Expected => ({
  kind: "values",
  indent,
  chunks,
  rule: null,
  years,
  tag: null,
});
const text = (indent: number, chunks: string[]): Expected => ({
  kind: "text",
  indent,
  chunks,
  rule: null,
  years: false,
  tag: null,
});

describe("classifyLine", () => {
  it.each<[string, string, Expected]>([
    // datelines, dates and justified prose are not rows of figures
    [
      "a wire-service dateline",
      "    -0-                             07/22/2004",
      text(4, ["-0-", "07/22/2004"]),
    ],
    [
      "justified prose with figures",
      "The   Company   reported   net  income  of   $12.3   million,  or  $.45  per  share,",
      text(0, [
        "The",
        "Company",
        "reported",
        "net",
        "income",
        "of",
        "$12.3",
        "million,",
        "or",
        "$.45",
        "per",
        "share,",
      ]),
    ],
    [
      "a year header with a footnote star",
      "                        2004         2003*          2004          2003",
      values(24, ["2004", "2003*", "2004", "2003"], true),
    ],
    [
      "a row whose figures carry footnote marks",
      "Net sales                                    $1,215(a)   (1,259) (b)",
      values(0, ["Net sales", "$1,215(a)", "(1,259) (b)"]),
    ],
    [
      "a row with a spaced letter mark and a word in a figure's place",
      "Revenues                                      1,215  (a)   None",
      values(0, ["Revenues", "1,215", "(a)", "None"]),
    ],
    // blank
    ["empty", "", blank(0)],
    ["whitespace only", "      ", blank(6)],

    // SGML tags: the tag field holds the opening of the first tag, as find-regions reads it
    ["<TABLE>", "<TABLE>", tag("<TABLE")],
    ["</TABLE>", "</TABLE>", tag("</TABLE")],
    ["<CAPTION>", "<CAPTION>", tag("<CAPTION")],
    // southern
    [
      "<S> and <C> column tags",
      "<S>                                                <C>        <C>            <C>          <C>",
      tag("<S"),
    ],
    // amazon-junglee
    ["<PAGE> with its number", "<PAGE>   9", tag("<PAGE")],
    ["<TYPE> with its value", "<TYPE>EX-99.1", tag("<TYPE")],
    ["an indented tag", "   <TABLE>", tag("<TABLE", 3)],

    // rules
    [
      // mpower-2003q4
      "a single rule over the value columns",
      "                                                               ---------------------------------------------------------------------",
      rule("single", 63),
    ],
    // mpower-2003q4 (the real line is 132 wide)
    ["a double rule", "=".repeat(132), rule("double", 0)],
    // amazon-junglee: EDGAR stuffs "- " before a dash at the margin
    ["a dash-stuffed rule", "- " + "-".repeat(80), rule("single", 0)],
    ["a spaced-out rule", "- - - - -", rule("single", 0)],
    [
      // southern
      "a segmented rule",
      "                                                 -----------------------   ------------------------",
      rule("single", 49),
    ],
    [
      // southern
      "a segmented double rule",
      "                                                   ======     ======         =======      =======",
      rule("double", 51),
    ],
    ["an underscore rule", "    ______", rule("single", 4)],

    // page footers
    // sears
    ["a centred page number", "                                        2", page(40)],
    ["a centred page number between dashes", "                                      - 2 -", page(38)],
    ["a centred F- page number", "                                     F-3", page(37)],
    [
      "a centred Page n of m",
      "                                                                 Page 3 of 6",
      page(65),
    ],
    [
      // aames: the footer carries a copyright notice
      "Page n of m beside other words",
      "                                                                 Page 3 of 6            (C) COPYRIGHT 1998 Bankers Trust Company",
      page(65, ["Page 3 of 6", "(C) COPYRIGHT 1998 Bankers Trust Company"]),
    ],
    ["Page n of m at the margin", "Page 1 of 6", page(0, ["Page 1 of 6"])],

    // values
    [
      // mpower-2003q4
      "a label and figures",
      "    Total Current Assets                                                53,001                    62,752                   51,065",
      values(4, ["Total Current Assets", "53,001", "62,752", "51,065"]),
    ],
    [
      // southern
      "a label with $ figures",
      "Net Income - Excluding One-Time Items (See Notes)  $  180     $  162         $ 1,508      $ 1,428",
      values(0, [
        "Net Income - Excluding One-Time Items (See Notes)",
        "$  180",
        "$  162",
        "$ 1,508",
        "$ 1,428",
      ]),
    ],
    [
      // southern: a dash is a zero
      "a zero dash and a figure",
      "Retail Business                                           -                           0.06",
      values(0, ["Retail Business", "-", "0.06"]),
    ],
    ["a small number near the margin is a figure, not a page", "    2", values(4, ["2"])],
    ["a row of years", "   2004     2003", values(3, ["2004", "2003"], true)],
    [
      // southern
      "a row of years over four columns",
      "                                                     2004       2003            2004         2003",
      values(53, ["2004", "2003", "2004", "2003"], true),
    ],
    [
      // sears: the last line of a wrapped caption carries the years
      "years after a label",
      "     common share)                       2004     2003      2004      2003",
      values(5, ["common share)", "2004", "2003", "2004", "2003"], true),
    ],
    [
      "a centred year is a header, not a page number",
      "                                        2004",
      values(40, ["2004"], true),
    ],
    [
      "one year after a label is a figure",
      "Year ended December 31                2004",
      values(0, ["Year ended December 31", "2004"]),
    ],

    // text
    // mpower-2003q4
    ["a heading", "Operating Expenses:", text(0, ["Operating Expenses:"])],
    [
      // mpower-2003q4
      "a caption with dates",
      "BALANCE SHEET (AMOUNTS IN $ THOUSANDS)                          DECEMBER 31, 2003        SEPTEMBER 30, 2003        DECEMBER 31, 2002",
      text(0, [
        "BALANCE SHEET (AMOUNTS IN $ THOUSANDS)",
        "DECEMBER 31, 2003",
        "SEPTEMBER 30, 2003",
        "DECEMBER 31, 2002",
      ]),
    ],
    [
      // amazon-junglee
      "a label that holds a figure",
      "  $0.50 per share, net of issuance costs",
      text(2, ["$0.50 per share, net of issuance costs"]),
    ],
    // mpower-2003q4
    ["a phone number", "Telephone:  585-218-6542", text(0, ["Telephone:", "585-218-6542"])],
    // southern
    [
      "two phone numbers",
      "                  404-506-5333 or 1-866-506-5333",
      text(18, ["404-506-5333 or 1-866-506-5333"]),
    ],
    [
      // southern notes: "- -" is a bullet, not a rule (its dashes are two zero-dash chunks)
      "a note with a dashed bullet",
      "- -  Excludes a one-time after tax gain of $24 million in December 2004 from",
      text(0, ["-", "-", "Excludes a one-time after tax gain of $24 million in December 2004 from"]),
    ],
    [
      // southern: figures then words
      "figures followed by words",
      "                                       2004    2003  Change            2004    2003 Change",
      text(39, ["2004", "2003", "Change", "2004", "2003 Change"]),
    ],
  ])("%s", (_name, line, expected) => {
    const info = classifyLine(line);
    expect({ ...info, chunks: info.chunks.map((c) => c.text) }).toEqual(expected);
  });
});
