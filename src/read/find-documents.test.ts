/** Each line of a submission gets the `<TYPE>` of the `<DOCUMENT>` it stands in, or null outside. */

import { findDocuments } from "./find-documents";

const EIGHT_K = "8-K";
const EX99 = "EX-99.1";

describe("findDocuments", () => {
  it.each<[string, string[], (string | null)[]]>([
    ["no lines", [], []],
    [
      // mpower-2004q2: a bare exhibit, no SGML at all
      "a bare exhibit",
      [
        "ex 99.1",
        "",
        "              Mpower Holding Announces Second Quarter 2004 Results",
        "<TABLE>",
        "</TABLE>",
      ],
      [null, null, null, null, null],
    ],
    [
      // amazon-junglee: SGML header, then two documents (the second typed EX-99.1 here)
      "a submission with a header and two documents",
      [
        "<SEC-DOCUMENT>0000891020-98-001352.txt : 19980828",
        "<SEC-HEADER>0000891020-98-001352.hdr.sgml : 19980828",
        "CONFORMED SUBMISSION TYPE:      8-K",
        "</SEC-HEADER>",
        "<DOCUMENT>",
        "<TYPE>8-K",
        "<SEQUENCE>1",
        "<DESCRIPTION>FORM 8-K FOR PERIOD ENDED AUGUST 12, 1998",
        "<TEXT>",
        "                       SECURITIES AND EXCHANGE COMMISSION",
        "</TEXT>",
        "</DOCUMENT>",
        "<DOCUMENT>",
        "<TYPE>EX-99.1",
        "<SEQUENCE>2",
        "<TEXT>",
        "                          INDEPENDENT AUDITORS' CONSENT",
        "</TEXT>",
        "</DOCUMENT>",
        "</SEC-DOCUMENT>",
      ],
      [
        null,
        null,
        null,
        null,
        EIGHT_K,
        EIGHT_K,
        EIGHT_K,
        EIGHT_K,
        EIGHT_K,
        EIGHT_K,
        EIGHT_K,
        EIGHT_K,
        EX99,
        EX99,
        EX99,
        EX99,
        EX99,
        EX99,
        EX99,
        null,
      ],
    ],
    [
      "lines between documents are outside any document",
      ["<DOCUMENT>", "<TYPE>8-K", "</DOCUMENT>", "", "<DOCUMENT>", "<TYPE>EX-99.1", "</DOCUMENT>"],
      [EIGHT_K, EIGHT_K, EIGHT_K, null, EX99, EX99, EX99],
    ],
    [
      "a document cut off before </DOCUMENT> runs to the end",
      ["<DOCUMENT>", "<TYPE>EX-99.1", "<TEXT>", "Net Loss   ($1,404)"],
      [EX99, EX99, EX99, EX99],
    ],
    [
      "the type is the first word after <TYPE>",
      ["<DOCUMENT>", "<TYPE>EX-99.1  PRESS RELEASE", "</DOCUMENT>"],
      [EX99, EX99, EX99],
    ],
    [
      "a <TYPE> later in the text does not retype the document",
      ["<DOCUMENT>", "<TYPE>EX-99.1", "<TEXT>", "<TYPE>8-K", "</DOCUMENT>"],
      [EX99, EX99, EX99, EX99, EX99],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(findDocuments(lines)).toEqual(expected);
  });
});
