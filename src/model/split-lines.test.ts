/** Line breaks of every kind end a line, and tabs become spaces up to the next 8-column stop. */

import { expandTabs, splitLines } from "./split-lines";

describe("splitLines", () => {
  it.each<[string, string, string[]]>([
    ["LF", "Current Assets\n    Cash & Cash Equivalents", ["Current Assets", "    Cash & Cash Equivalents"]],
    ["LF with a final newline", "Current Assets\nOther Assets\n", ["Current Assets", "Other Assets"]],
    ["CRLF (EDGAR .txt)", "<DOCUMENT>\r\n<TYPE>EX-99.1\r\n", ["<DOCUMENT>", "<TYPE>EX-99.1"]],
    ["CRLF without a final newline", "<DOCUMENT>\r\n<TYPE>EX-99.1", ["<DOCUMENT>", "<TYPE>EX-99.1"]],
    ["CR (old Mac)", "Net Loss\rNet Loss (GAAP)\r", ["Net Loss", "Net Loss (GAAP)"]],
    ["mixed breaks", "a\r\nb\rc\nd", ["a", "b", "c", "d"]],
    ["blank lines inside are kept", "Total\n\n\nNet Loss\n", ["Total", "", "", "Net Loss"]],
    ["only the last newline closes the text: a blank last line stays", "Total\n\n", ["Total", ""]],
    ["CRLF is one break, not two", "Total\r\n\r\nNet", ["Total", "", "Net"]],
    ["no break at all", "ex 99.1", ["ex 99.1"]],
    ["empty text is one empty line", "", [""]],
    ["a lone newline is one empty line", "\n", [""]],
    [
      // amazon-junglee SGML header
      "tabs expanded on each line",
      "ACCESSION NUMBER:\t\t0000891020-98-001352\r\nCONFORMED SUBMISSION TYPE:\t8-K\r\n",
      ["ACCESSION NUMBER:" + " ".repeat(15) + "0000891020-98-001352", "CONFORMED SUBMISSION TYPE:      8-K"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(splitLines(text)).toEqual(expected);
  });
});

describe("expandTabs", () => {
  it.each<[string, string, string]>([
    ["tab after two characters goes to column 8", "ab\tc", "ab      c"],
    ["the doc comment's example", "Cash\t$29,307", "Cash    $29,307"],
    ["tab at column 0 is a full stop", "\tx", "        x"],
    ["tab at column 7 is one space", "1234567\tx", "1234567 x"],
    ["tab at column 8 goes to column 16", "12345678\tx", "12345678        x"],
    ["two tabs", "a\t\tb", "a" + " ".repeat(15) + "b"],
    [
      // amazon-junglee SGML header: "COMPANY CONFORMED NAME:" ends at column 39
      "tabs before and after text",
      "\t\tCOMPANY CONFORMED NAME:\t\t\tAMAZON COM INC",
      " ".repeat(16) + "COMPANY CONFORMED NAME:" + " ".repeat(17) + "AMAZON COM INC",
    ],
    ["a line without tabs is unchanged", "    Total Current Assets", "    Total Current Assets"],
    ["a trailing tab", "Total\t", "Total   "],
  ])("%s", (_name, line, expected) => {
    expect(expandTabs(line)).toBe(expected);
  });
});
