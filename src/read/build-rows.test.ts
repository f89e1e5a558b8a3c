/** Rows built from real table bodies: headings, wrapped labels joined with their figures, rules, page footers. */

import type { Finding } from "../model/finding";
import type { Span } from "../model/span";
import type { ColumnBand, TextRow } from "../model/text-table";
import { buildRows, type BodyLine } from "./build-rows";
import { classifyLine } from "./classify-line";
import {
  OPERATIONS_2004,
  OPERATIONS_2004_BANDS,
  PER_SHARE_2003,
  OPERATIONS_2003_BANDS,
  EQUITY_JUNGLEE,
  EQUITY_JUNGLEE_BANDS,
  HIGHLIGHTS_SOUTHERN,
  HIGHLIGHTS_SOUTHERN_BANDS,
  BALANCE_2003_BANDS,
} from "./build-rows.fixtures";

const span = (line: number, start: number, end: number, text: string): Span => ({ line, start, end, text });

const values = (
  label: string,
  labelSpans: Span[],
  indent: number,
  line: number,
  cells: (Span | null)[],
): TextRow => ({
  kind: "values",
  label,
  labelSpans,
  indent,
  line,
  cells,
  rule: null,
});

const heading = (
  label: string,
  labelSpans: Span[],
  indent: number,
  line: number,
  columns: number,
): TextRow => ({
  kind: "heading",
  label,
  labelSpans,
  indent,
  line,
  cells: new Array<null>(columns).fill(null),
  rule: null,
});

const rule = (indent: number, line: number, columns: number, kind: "single" | "double"): TextRow => ({
  kind: "rule",
  label: "",
  labelSpans: [],
  indent,
  line,
  cells: new Array<null>(columns).fill(null),
  rule: kind,
});

const bodyOf = (lines: [number, string][]): BodyLine[] =>
  lines.map(([line, text]) => ({ line, text, info: classifyLine(text) }));

const dashes = (line: number, ...starts: number[]): Span[] => starts.map((s) => span(line, s, s + 2, "--"));

describe("buildRows", () => {
  it.each<[string, [number, string][], ColumnBand[], number, TextRow[]]>([
    [
      "a heading, wrapped labels joined with their figures, a rule and a total",
      OPERATIONS_2004,
      OPERATIONS_2004_BANDS,
      80,
      [
        heading("Operating Expenses:", [span(240, 0, 19, "Operating Expenses:")], 0, 240, 3),
        values(
          "Cost of Operating Revenues (exclusive of depreciation and amortization shown separately below. See Note 1.)",
          [
            span(241, 2, 59, "Cost of Operating Revenues (exclusive of depreciation and"),
            span(242, 4, 53, "amortization shown separately below. See Note 1.)"),
          ],
          2,
          242,
          [span(242, 80, 86, "17,740"), span(242, 102, 108, "16,388"), span(242, 125, 131, "18,953")],
        ),
        values(
          "Selling, General and Administrative (exclusive of depreciation and amortization shown separately below. See Note 1.)",
          [
            span(243, 2, 64, "Selling, General and Administrative (exclusive of depreciation"),
            span(244, 4, 57, "and amortization shown separately below. See Note 1.)"),
          ],
          2,
          244,
          [span(244, 80, 86, "18,212"), span(244, 102, 108, "17,549"), span(244, 125, 131, "19,587")],
        ),
        values(
          "Stock-Based Compensation Expense",
          [span(245, 2, 34, "Stock-Based Compensation Expense")],
          2,
          245,
          [span(245, 84, 86, "39"), span(245, 106, 108, "39"), span(245, 129, 131, "29")],
        ),
        values("Gain on Sale of Assets, net", [span(246, 2, 29, "Gain on Sale of Assets, net")], 2, 246, [
          span(246, 83, 87, "(62)"),
          span(246, 104, 109, "(198)"),
          span(246, 127, 132, "(177)"),
        ]),
        values("Depreciation and Amortization", [span(247, 2, 31, "Depreciation and Amortization")], 2, 247, [
          span(247, 81, 86, "3,879"),
          span(247, 103, 108, "3,901"),
          span(247, 126, 131, "3,984"),
        ]),
        rule(71, 248, 3, "single"),
        values("Total Operating Expenses", [span(249, 2, 26, "Total Operating Expenses")], 2, 249, [
          span(249, 80, 86, "39,808"),
          span(249, 102, 108, "37,679"),
          span(249, 125, 131, "42,376"),
        ]),
      ],
    ],
    [
      "a heading wrapped over two lines, closed by a blank line",
      PER_SHARE_2003,
      OPERATIONS_2003_BANDS,
      68,
      [
        heading(
          "Basic and Diluted (Loss) Income per Share Applicable to Common Stockholders:",
          [
            span(252, 0, 55, "Basic and Diluted (Loss) Income per Share Applicable to"),
            span(253, 4, 24, "Common Stockholders:"),
          ],
          0,
          253,
          3,
        ),
        values(
          "(Loss) Income before Discontinued Operations",
          [span(255, 0, 44, "(Loss) Income before Discontinued Operations")],
          0,
          255,
          [span(255, 72, 79, "($0.01)"), span(255, 97, 104, "($0.03)"), span(255, 122, 127, "$0.45")],
        ),
        values(
          "Income (Loss) from Discontinued Operations",
          [span(256, 0, 42, "Income (Loss) from Discontinued Operations")],
          0,
          256,
          [span(256, 73, 78, "$0.01"), span(256, 98, 103, "$0.01"), span(256, 121, 128, "($0.44)")],
        ),
      ],
    ],
    [
      "labels wrapped over two and three lines; a wrap closed by a colon is a heading",
      EQUITY_JUNGLEE,
      EQUITY_JUNGLEE_BANDS,
      52,
      [
        values(
          "Issuance of common stock for cash to founders at $.001 per share in June 1996",
          [
            span(459, 0, 45, "Issuance of common stock for cash to founders"),
            span(460, 2, 33, "at $.001 per share in June 1996"),
          ],
          0,
          460,
          [
            span(460, 59, 61, "--"),
            span(460, 65, 76, "$        --"),
            span(460, 89, 91, "--"),
            span(460, 96, 107, "$        --"),
            span(460, 113, 122, "6,435,000"),
          ],
        ),
        values(
          "Issuance of Series A preferred stock for cash at $0.50 per share, net of issuance costs in July 1996",
          [
            span(461, 0, 48, "Issuance of Series A preferred stock for cash at"),
            span(462, 2, 40, "$0.50 per share, net of issuance costs"),
            span(463, 2, 14, "in July 1996"),
          ],
          0,
          463,
          [
            span(463, 52, 61, "1,150,000"),
            span(463, 65, 76, "$   566,495"),
            span(463, 89, 91, "--"),
            span(463, 105, 107, "--"),
            span(463, 120, 122, "--"),
          ],
        ),
        values(
          "Issuance of common stock upon exercise of options for cash at $.01 per share in October 1996",
          [
            span(464, 0, 38, "Issuance of common stock upon exercise"),
            span(465, 2, 39, "of options for cash at $.01 per share"),
            span(466, 2, 17, "in October 1996"),
          ],
          0,
          466,
          [...dashes(466, 59, 74, 89, 105), span(466, 115, 122, "390,000")],
        ),
        values(
          "Grant of 60,000 options for consulting services in November 1996 (see Note 5)",
          [
            span(467, 0, 47, "Grant of 60,000 options for consulting services"),
            span(468, 2, 31, "in November 1996 (see Note 5)"),
          ],
          0,
          468,
          dashes(468, 59, 74, 89, 105, 120),
        ),
        heading(
          "Issuance of Series B preferred stock for cash at $3.00 per share, net of issuance costs:",
          [
            span(469, 0, 48, "Issuance of Series B preferred stock for cash at"),
            span(470, 2, 41, "$3.00 per share, net of issuance costs:"),
          ],
          0,
          470,
          5,
        ),
        values("In November 1996", [span(471, 2, 18, "In November 1996")], 2, 471, [
          ...dashes(471, 59, 74),
          span(471, 84, 91, "833,333"),
          span(471, 98, 107, "2,492,474"),
          ...dashes(471, 120),
        ]),
        values("In December 1996", [span(472, 2, 18, "In December 1996")], 2, 472, [
          ...dashes(472, 59, 74),
          span(472, 84, 91, "358,333"),
          span(472, 98, 107, "1,071,764"),
          ...dashes(472, 120),
        ]),
      ],
    ],
    [
      "a label wrapped after a hyphen, closed by an SGML tag; a segmented rule",
      HIGHLIGHTS_SOUTHERN,
      HIGHLIGHTS_SOUTHERN_BANDS,
      51,
      [
        heading(
          "Consolidated Earnings- (See Notes)",
          [span(603, 0, 22, "Consolidated Earnings-"), span(604, 0, 11, "(See Notes)")],
          0,
          604,
          4,
        ),
        values("Retail Business", [span(606, 0, 15, "Retail Business")], 0, 606, [
          span(606, 51, 57, "$  122"),
          span(606, 62, 68, "$  117"),
          span(606, 77, 84, "$ 1,200"),
          span(606, 90, 97, "$ 1,153"),
        ]),
        values("Competitive Generation", [span(607, 0, 22, "Competitive Generation")], 0, 607, [
          span(607, 55, 57, "44"),
          span(607, 66, 68, "30"),
          span(607, 81, 84, "220"),
          span(607, 94, 97, "224"),
        ]),
        rule(51, 608, 4, "single"),
      ],
    ],
    [
      // mpower-2003q4: the total's figures alone on the line below its label
      "figures without a label join the label above",
      [
        [184, "TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY"],
        [
          185,
          "                                                                      $109,029                  $123,240                 $127,423",
        ],
      ],
      BALANCE_2003_BANDS,
      70,
      [
        values(
          "TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY",
          [span(184, 0, 42, "TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY")],
          0,
          185,
          [span(185, 70, 78, "$109,029"), span(185, 96, 104, "$123,240"), span(185, 121, 129, "$127,423")],
        ),
      ],
    ],
  ])("%s", (_name, lines, bands, valueStart, expected) => {
    const findings: Finding[] = [];
    expect(buildRows(bodyOf(lines), bands, valueStart, findings)).toEqual(expected);
    expect(findings).toEqual([]);
  });

  it("drops a page footer inside the body, with a finding", () => {
    // mpower-2003q4 lines 166-168, with sears' centred page number put between two rows
    const footer = "                                        2";
    const body = bodyOf([
      [166, "Current Assets"],
      [
        167,
        "    Cash & Cash Equivalents                                            $29,307                   $36,629                  $10,773",
      ],
      [168, footer],
      [
        169,
        "    Restricted Investments                                                  92                       204                       84",
      ],
    ]);
    const findings: Finding[] = [];
    expect(buildRows(body, BALANCE_2003_BANDS, 70, findings)).toEqual([
      heading("Current Assets", [span(166, 0, 14, "Current Assets")], 0, 166, 3),
      values("Cash & Cash Equivalents", [span(167, 4, 27, "Cash & Cash Equivalents")], 4, 167, [
        span(167, 71, 78, "$29,307"),
        span(167, 97, 104, "$36,629"),
        span(167, 122, 129, "$10,773"),
      ]),
      values("Restricted Investments", [span(169, 4, 26, "Restricted Investments")], 4, 169, [
        span(169, 76, 78, "92"),
        span(169, 101, 104, "204"),
        span(169, 127, 129, "84"),
      ]),
    ]);
    expect(findings).toEqual([
      {
        code: "page-footer-dropped",
        severity: "info",
        message: expect.any(String) as unknown as string,
        statement: null,
        row: null,
        column: null,
        line: 168,
        text: footer,
        reported: null,
        computed: null,
        difference: null,
        tolerance: null,
      },
    ]);
  });
});
