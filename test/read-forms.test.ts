/** The forms an exhibit arrives in: line endings, tabs, EDGAR submissions, SGML tags in odd places, page furniture. */
import { convertExhibit } from "../src/convert-exhibit";
import { fixture } from "./exhibits";

const mpower = fixture("mpower-2003q4.txt").text;
const baseline = convertExhibit(mpower, { name: "lf" });

/** A small table in the Mpower layout, to wrap in various ways. */
const TABLE = [
  "BALANCE SHEET (amounts in $ thousands)            June 30, 2004     March 31, 2004",
  "---------------------------------------------------------------------------------",
  "Current Assets",
  "  Cash & Cash Equivalents                              $32,356           $29,294",
  "  Accounts Receivable, net                              11,611            12,196",
  "                                                   ------------      ------------",
  "  Total Current Assets                                  43,967            41,490",
];

function figures(text: string): string[] {
  return convertExhibit(text, { name: "t" }).statements.flatMap((s) =>
    s.rows.flatMap((r) => r.cells.flatMap((c) => (c ? [c.text] : []))),
  );
}

describe("line endings and tabs", () => {
  it("reads CRLF and CR exactly like LF", () => {
    for (const eol of ["\r\n", "\r"]) {
      const result = convertExhibit(mpower.split("\n").join(eol), { name: "lf" });
      expect(result.statements).toEqual(baseline.statements);
    }
  });

  it("expands tabs to 8-column stops, and spans refer to the expanded line", () => {
    const tabbed = [
      "Revenue\t\t\t\t$1,234\t\t$5,678",
      "Costs\t\t\t\t   567\t\t   890",
      "Total\t\t\t\t   667\t\t 4,788",
    ].join("\n");
    const [s] = convertExhibit(tabbed, { name: "t" }).statements;
    expect(s?.rows.map((r) => r.cells.map((c) => c && [c.text, c.start, c.end]))).toEqual([
      [
        ["$1,234", 32, 38],
        ["$5,678", 48, 54],
      ],
      [
        ["567", 35, 38],
        ["890", 51, 54],
      ],
      [
        ["667", 35, 38],
        ["4,788", 49, 54],
      ],
    ]);
  });
});

describe("EDGAR submissions", () => {
  const submission = [
    "<SEC-DOCUMENT>0000000000-04-000001.txt : 20040729",
    "<SEC-HEADER>0000000000-04-000001.hdr.sgml : 20040729",
    "ACCESSION NUMBER:          0000000000-04-000001",
    "PUBLIC DOCUMENT COUNT:     2",
    "</SEC-HEADER>",
    "<DOCUMENT>",
    "<TYPE>8-K",
    "<TEXT>",
    "Item 12. Results of Operations. See Exhibit 99.1.",
    "</TEXT>",
    "</DOCUMENT>",
    "<DOCUMENT>",
    "<TYPE>EX-99.1",
    "<TEXT>",
    ...TABLE,
    "</TEXT>",
    "</DOCUMENT>",
  ].join("\n");

  it("finds the table in the document that holds it, and names that document", () => {
    const { statements } = convertExhibit(submission, { name: "s" });
    expect(statements.map((s) => [s.document, s.kind, s.lines])).toEqual([
      ["EX-99.1", "balance-sheet", [15, 21]],
    ]);
  });

  it("never reads the SGML header as a table", () => {
    const header = [
      "ACCESSION NUMBER:          0000000000-04-000001",
      "FILM NUMBER:               04925561    04925562",
    ];
    const { statements } = convertExhibit(
      [...header, "<DOCUMENT>", "<TYPE>EX-99", ...TABLE, "</DOCUMENT>"].join("\n"),
      { name: "s" },
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.lines[0]).toBe(5);
  });
});

describe("SGML table tags", () => {
  const expected = figures(TABLE.join("\n"));

  it.each<[string, string[]]>([
    [
      "in their usual places",
      ["<TABLE>", "<CAPTION>", TABLE[0]!, TABLE[1]!, "<S>    <C>    <C>", ...TABLE.slice(2), "</TABLE>"],
    ],
    ["with <S> and <C> swapped", ["<TABLE>", "<C>    <S>", ...TABLE, "</TABLE>"]],
    [
      "with <CAPTION> after the rows began",
      ["<TABLE>", ...TABLE.slice(0, 4), "<CAPTION>", ...TABLE.slice(4), "</TABLE>"],
    ],
    [
      "with no </TABLE>",
      ["<TABLE>", ...TABLE, "", "Prose follows the table in this exhibit, as it often does."],
    ],
    ["with </TABLE> but no <TABLE>", [...TABLE, "</TABLE>"]],
    [
      "with <FN> and a <PAGE> inside",
      [
        "<TABLE>",
        ...TABLE.slice(0, 4),
        "<PAGE>",
        ...TABLE.slice(4),
        "<FN>",
        "(1) Unaudited.",
        "</FN>",
        "</TABLE>",
      ],
    ],
  ])("reads every figure %s", (_, lines) => {
    expect(figures(lines.join("\n"))).toEqual(expected);
  });
});

describe("page furniture and damaged figures", () => {
  it("drops a page footer inside a table, with a finding", () => {
    const lines = [
      ...TABLE.slice(0, 4),
      "",
      "                                        2",
      "",
      ...TABLE.slice(4),
    ];
    const result = convertExhibit(lines.join("\n"), { name: "p" });
    expect(figures(lines.join("\n"))).toEqual(figures(TABLE.join("\n")));
    expect(result.findings.filter((f) => f.code === "page-footer-dropped").map((f) => f.line)).toEqual([6]);
  });

  it("keeps a figure cut off at the margin in its cell, with a finding", () => {
    const lines = [
      ...TABLE.slice(0, 6),
      "  Total Current Assets                                  43,967            $8,1",
    ];
    const result = convertExhibit(lines.join("\n"), { name: "c" });
    const total = result.statements[0]?.rows.at(-1);
    expect(total?.cells.map((c) => c && [c.text, c.value])).toEqual([
      ["43,967", "43967"],
      ["$8,1", null],
    ]);
    expect(result.findings.find((f) => f.code === "figure-cut-off")).toMatchObject({
      statement: "s1",
      row: 3,
      column: 1,
      line: 7,
      text: "$8,1",
    });
  });

  it("keeps text standing in a figure's place, with a finding", () => {
    const lines = [
      ...TABLE.slice(0, 4),
      "  Accounts Receivable, net                              11,611              None",
      ...TABLE.slice(5),
    ];
    const result = convertExhibit(lines.join("\n"), { name: "n" });
    expect(result.statements[0]?.rows[2]?.cells.map((c) => c?.text)).toEqual(["11,611", "None"]);
    expect(result.findings.find((f) => f.code === "cell-not-figure")).toMatchObject({
      row: 2,
      column: 1,
      line: 5,
    });
  });

  it("reports a header that names a period it cannot read", () => {
    const lines = [
      "STATEMENT OF OPERATIONS                    Three Months Ended   Three Months Ended",
      ...TABLE.slice(1),
    ];
    const result = convertExhibit(lines.join("\n"), { name: "h" });
    expect(result.findings.filter((f) => f.code === "header-not-period").map((f) => f.column)).toEqual([
      0, 1,
    ]);
  });

  it("reports a table that the input cuts off mid-row", () => {
    const cut = [...TABLE.slice(0, 6), "  Total Current Assets                                  43,967"].join(
      "\n",
    );
    const result = convertExhibit(cut, { name: "x" });
    expect(result.findings.map((f) => f.code)).toContain("table-cut-off");
    expect(figures(cut)).toContain("43,967");
  });
});
