/**
 * Text that is not a table, in the style of 1990s EDGAR text exhibits: prose paragraphs, press
 * contacts, tables of contents and datelines never become statements or rows, headers stay headers,
 * and a statement is titled from its table's heading, never from a sentence of prose.
 */
import { convertExhibit } from "../../src/convert-exhibit";
import type { Statement } from "../../src/model/statement";

function statements(lines: string[]): Statement[] {
  return convertExhibit(lines.join("\n"), { name: "t" }).statements;
}

function labels(s: Statement | undefined): string[] {
  return (s?.rows ?? []).filter((r) => r.kind !== "heading").map((r) => r.label);
}

const TABLE = [
  "                        XYZ CORPORATION",
  "             CONSOLIDATED STATEMENTS OF OPERATIONS",
  "             (In thousands, except per share data)",
  "",
  "                                           Three Months Ended",
  "                                               March 31,",
  "                                          -------------------",
  "                                            1999       1998",
  "                                          --------   --------",
  "Net sales                                 $ 12,410   $ 10,220",
  "Cost of sales                                8,120      6,930",
  "                                          --------   --------",
  "Gross profit                                 4,290      3,290",
  "Operating expenses                           2,980      2,610",
  "                                          --------   --------",
  "Net income                                $  1,310   $    680",
  "                                          ========   ========",
];

describe("text that is not a table", () => {
  it.each<[string, string[]]>([
    [
      "a justified paragraph of prose with figures",
      [
        "     XYZ  Corporation  today  reported  net  income  of  $1,310,000,  or  $.21",
        "per  share,  for  the  first  quarter  of  1999,  compared  with  $680,000,  or",
        "$.11  per  share,  in  the  first  quarter  of  1998.  Net  sales  rose  21%  to",
        "$12.4  million  from  $10.2  million  a  year  earlier.",
      ],
    ],
    [
      "a press contact block with phone numbers",
      [
        "CONTACT:  Jane Doe, Investor Relations        John Roe, Media",
        "          (212) 555-0142                      (212) 555-0178",
        "          Fax  (212)  555-0100                 Ext.   4410",
      ],
    ],
    [
      "a table of contents with dot leaders and page numbers",
      [
        "                         TABLE OF CONTENTS",
        "                                                              Page",
        "Consolidated Balance Sheets ...................................  3",
        "Consolidated Statements of Operations .........................  4",
        "Consolidated Statements of Cash Flows .........................  5",
        "Notes to Consolidated Financial Statements ....................  7",
      ],
    ],
    [
      "a wire-service dateline and source line",
      [
        "SOURCE  XYZ Corporation",
        "    -0-                             04/22/1999",
        "    /CONTACT:  Jane Doe of XYZ Corporation, 212-555-0142/",
      ],
    ],
  ])("%s makes no statement, before or after a table", (_, block) => {
    for (const lines of [
      [...block, "", "", ...TABLE],
      [...TABLE, "", "", ...block],
    ]) {
      const found = statements(lines);
      expect(found.map((s) => labels(s))).toEqual([
        ["Net sales", "Cost of sales", "Gross profit", "Operating expenses", "Net income"],
      ]);
      expect(found[0]?.title).toBe("Consolidated Statements of Operations");
    }
  });

  it("makes no statement from a cover page's file numbers and address", () => {
    const cover = [
      "          0-12345                                        91-1234567",
      " (Commission File Number)                   (IRS Employer Identification No.)",
      "",
      "        1200 Main Street                                     98101",
      "       Seattle, Washington                                 (Zip code)",
    ];
    expect(statements([...cover, "", "", ...TABLE]).map((s) => s.title)).toEqual([
      "Consolidated Statements of Operations",
    ]);
  });

  it("never titles a statement from the sentence that introduces it", () => {
    const lines = [
      "      Options generally vest over a four-year period and expire no more than",
      "ten years from the date of grant. A summary of option activity is as follows:",
      "",
      "                                                   NUMBER       AVERAGE",
      "                                                  OF SHARES      PRICE",
      "Outstanding, December 31, 1997                     418,019      $ 0.30",
      "  Granted                                        1,395,273        0.44",
      "  Exercised                                       (390,000)       0.01",
      "                                                 ---------",
      "Outstanding, December 31, 1998                   1,423,292        0.41",
    ];
    const [s] = statements(lines);
    expect(labels(s)).toHaveLength(4);
    expect(s?.title).not.toMatch(/follows|grant/);
  });

  it("gives the headings between two tables to the table below, across a blank line", () => {
    const lines = [
      ...TABLE.slice(4),
      "",
      "",
      "    XYZ CORPORATION",
      "    CONSOLIDATED BALANCE SHEETS",
      "",
      "        (In thousands)",
      "                                          March 31,   Dec. 31,",
      "                                            1999        1998",
      "Cash                                      $  4,120   $  3,870",
      "Receivables                                  2,200      2,010",
      "Total current assets                         6,320      5,880",
    ];
    const found = statements(lines);
    expect(found.map((s) => s.title)).toEqual(["Table 1", "Consolidated Balance Sheets"]);
    expect(labels(found[0])).toEqual([
      "Net sales",
      "Cost of sales",
      "Gross profit",
      "Operating expenses",
      "Net income",
    ]);
    expect(found[0]?.rows.map((r) => r.label)).not.toContain("CONSOLIDATED BALANCE SHEETS");
  });

  it("keeps a header row of years and words under a rule as the header", () => {
    const lines = [
      "                              Three Months            Twelve Months",
      "                           -------------------    ----------------------",
      "                             1999   1998 Change     1999    1998  Change",
      "                            -----   ----  -----    -----   -----  ------",
      "Net sales                   $ 124   $102  $  22    $ 480   $ 431  $   49",
      "Net income                     13      7      6       52      44       8",
    ];
    const [s] = statements(lines);
    expect(labels(s)).toEqual(["Net sales", "Net income"]);
    expect(s?.columns).toHaveLength(6);
  });

  it("keeps one statement when a rule shares a line with a wrapped label", () => {
    const lines = [
      ...TABLE.slice(0, 13),
      "Selling, general and administrative           2,980      2,610",
      "Income before income taxes and cumulative   --------   --------",
      "  effect of accounting change                1,310        680",
      "Income taxes                                   510        265",
      "                                          --------   --------",
      "Net income                                $    800   $    415",
    ];
    const found = statements(lines);
    expect(found).toHaveLength(1);
    expect(labels(found[0])).toEqual([
      "Net sales",
      "Cost of sales",
      "Gross profit",
      "Selling, general and administrative",
      "Income before income taxes and cumulative effect of accounting change",
      "Income taxes",
      "Net income",
    ]);
  });

  it("keeps one statement when the <S> and <C> tags are swapped or lead the rows", () => {
    const body = TABLE.slice(9);
    const forms = [
      [
        "<TABLE>",
        "<CAPTION>",
        ...TABLE.slice(4, 9),
        "<C>                                       <S>        <C>",
        ...body,
        "</TABLE>",
      ],
      ["<TABLE>", ...TABLE.slice(4, 9), ...body.map((l, i) => (i === 0 ? `<S>${l}` : l)), "</TABLE>"],
      ["<TABLE>", ...TABLE.slice(4, 9), ...body.flatMap((l) => ["<C>   <S>", l]), "</TABLE>"],
    ];
    for (const lines of forms) {
      const found = statements([...TABLE.slice(0, 3), ...lines]);
      expect(found).toHaveLength(1);
      expect(found[0]?.columns).toHaveLength(2);
      expect(labels(found[0])).toEqual([
        "Net sales",
        "Cost of sales",
        "Gross profit",
        "Operating expenses",
        "Net income",
      ]);
    }
  });
});
