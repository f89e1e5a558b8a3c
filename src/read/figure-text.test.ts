/** Every figure form met in exhibits is accepted, and every look-alike of words is rejected. */

import { isFigureText } from "./figure-text";

const figures = [
  // negatives in parentheses, with and without currency, spaced as the reader joins them
  "(2,118)",
  "$(7,800)",
  "($51)",
  "$ 900",
  "$  (806)",
  "$ (3.86)",
  "(975,000)",
  "$ 1,532",
  "$11,903",
  "( $ 51)",
  "-$5",
  // zero dashes
  "-",
  "- ",
  "--",
  "---",
  "—",
  "–",
  "$ -",
  "$  --",
  "-0-",
  "0",
  // markers
  "*",
  "**",
  "n/m",
  "N/M",
  "nm",
  "NM",
  "n/a",
  "N/A",
  "NA",
  "n.m.",
  // percents
  "54.9%",
  "-4.1%",
  "(26%)",
  "(2)%",
  "19 %",
  "+5.2%",
  "0.02154%",
  // decimals
  ".70",
  "$    .70",
  "$.70",
  "1,156,444.26",
  "976.726571",
  "1,000.000000",
  "$0.00",
  "($0.00)",
  "$0.02",
  "(0.01)",
  // footnote marks
  "5,667*",
  "5,667**",
  "5,667 *",
  "5,667+",
  "5,667(1)",
  "1,215(a)",
  "(858)(b)",
  "8.0%(c)",
  "(1,259) (a)",
  "$ 1.27 (4)",
  "$12.5(12)",
  "3,400[1]",
  "2003*",
  // a bare year
  "2004",
  // figure-shaped but broken: they must reach a cell to get a finding
  "$8,1",
  "1,2,34",
  "(2,118",
  "2,118)",
  "(-5)",
];

const words = [
  "",
  "   ",
  "Total",
  "Net loss",
  "MPOWER HOLDING",
  // phone numbers and class names
  "585-218-6547",
  "1-877-519-4471",
  "I-1F",
  "R-I",
  // dates
  "June 30, 2004",
  "12/31/03",
  "2002-07-31",
  // parenthetical words
  "Page 1 of 6",
  "(C)",
  "(See Note 1)",
  "(Notes)",
  "$20.8 million",
  "#4951925",
  "10:00",
  // SGML tags and rules
  "<S>",
  "<C>",
  "====",
  "----",
  "----------",
  "- - -",
  // lone signs, and footnote letters are kept out
  "$",
  "%",
  "+",
  "(a)",
  "(See Note 2)",
  "See Note (2)",
  "5,667(abc)",
  "5,667(123)",
  "1,234.",
];

describe("isFigureText", () => {
  it.each(figures)("accepts %p", (text) => {
    expect(isFigureText(text)).toBe(true);
  });

  it.each(words)("rejects %p", (text) => {
    expect(isFigureText(text)).toBe(false);
  });

  it("rejects long runs of spaces that fail at the end (a backtracking pattern would not return)", () => {
    expect(isFigureText(`(1${" ".repeat(50_000)}x`)).toBe(false);
    expect(isFigureText(`$${" ".repeat(50_000)}(${" ".repeat(50_000)}x`)).toBe(false);
    expect(
      isFigureText(
        `(${" ".repeat(50_000)}$${" ".repeat(50_000)}(${" ".repeat(50_000)}1 %${" ".repeat(50_000)})*x`,
      ),
    ).toBe(false);
  });
});
