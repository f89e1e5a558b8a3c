/**
 * Footnote marks beside figures, glued or set off by spaces, in the style of 1990s EDGAR text
 * exhibits: the figure keeps its value and its column, the mark is kept beside it, and no mark makes
 * a column of its own.
 */
import { convertExhibit } from "../../src/convert-exhibit";
import type { Statement } from "../../src/model/statement";

function read(lines: string[]): Statement[] {
  return convertExhibit(lines.join("\n"), { name: "t" }).statements;
}

/** Per row: label, then per column [text, value, mark] or null. */
function cells(s: Statement | undefined): unknown[] {
  return (s?.rows ?? [])
    .filter((r) => r.kind !== "heading")
    .map((r) => [r.label, ...r.cells.map((c) => c && [c.text, c.value, c.mark ?? ""])]);
}

function errors(lines: string[]): string[] {
  return convertExhibit(lines.join("\n"), { name: "t" })
    .findings.filter((f) => f.severity === "error")
    .map((f) => f.message);
}

const HEADER = [
  "                                               Three Months Ended",
  "                                                   March 31,",
  "                                             --------------------",
  "                                               1997        1996",
  "                                             --------    --------",
];

describe("footnote marks", () => {
  it.each<[string, string[], unknown[]]>([
    [
      "glued letter marks, after a figure, parentheses or a percent",
      [
        "Net sales                                    $1,215(a)   $1,093",
        "Restructuring charge                           (858)(b)      --",
        "Gross margin                                    8.0%(c)     7.4%",
      ],
      [
        ["Net sales", ["$1,215(a)", "1215", "(a)"], ["$1,093", "1093", ""]],
        ["Restructuring charge", ["(858)(b)", "-858", "(b)"], ["--", "0", ""]],
        ["Gross margin", ["8.0%(c)", "8.0", "(c)"], ["7.4%", "7.4", ""]],
      ],
    ],
    [
      "a letter mark one space after the figure",
      [
        "Other expense                                (1,259) (a)  (1,101)",
        "Interest income                                  312        298",
      ],
      [
        ["Other expense", ["(1,259) (a)", "-1259", "(a)"], ["(1,101)", "-1101", ""]],
        ["Interest income", ["312", "312", ""], ["298", "298", ""]],
      ],
    ],
    [
      "a number mark one space after the figure, where no column stands",
      [
        "Net income                                   $   41      $   37",
        "Net income per share                         $ 1.27 (4)  $ 1.05",
      ],
      [
        ["Net income", ["$   41", "41", ""], ["$   37", "37", ""]],
        ["Net income per share", ["$ 1.27 (4)", "1.27", "(4)"], ["$ 1.05", "1.05", ""]],
      ],
    ],
    [
      "a letter mark set off by spaces makes no column and shifts no neighbour",
      [
        "Revenues                                      1,215  (a)   1,093",
        "Operating expenses                              900          800",
        "Operating income                                315  (b)     293",
      ],
      [
        ["Revenues", ["1,215  (a)", "1215", "(a)"], ["1,093", "1093", ""]],
        ["Operating expenses", ["900", "900", ""], ["800", "800", ""]],
        ["Operating income", ["315  (b)", "315", "(b)"], ["293", "293", ""]],
      ],
    ],
  ])("%s", (_, body, expected) => {
    const [s] = read([...HEADER, ...body]);
    expect(cells(s)).toEqual(expected);
    expect(errors([...HEADER, ...body])).toEqual([]);
  });

  it("keeps a negative figure in its own column apart from a mark", () => {
    const [s] = read([
      "                                            1997      1996    Change",
      "Net sales                                  1,215     1,219        (4)",
      "Cost of sales                                800       790         10",
      "Earnings per share                        $ 1.27 (4) $ 1.05  $  .22",
    ]);
    expect(cells(s)).toEqual([
      ["Net sales", ["1,215", "1215", ""], ["1,219", "1219", ""], ["(4)", "-4", ""]],
      ["Cost of sales", ["800", "800", ""], ["790", "790", ""], ["10", "10", ""]],
      ["Earnings per share", ["$ 1.27 (4)", "1.27", "(4)"], ["$ 1.05", "1.05", ""], ["$  .22", "0.22", ""]],
    ]);
  });

  it("keeps a mark beside its figure when the next column's dollar sign reaches over it", () => {
    const [s] = read([
      "                                1999              1998",
      "Licensing royalties       $   751,253  $           763",
      "Amortization                 -389,287 (1)        8,800",
      "Total                     $   361,966  $         9,563",
    ]);
    expect(cells(s)).toEqual([
      ["Licensing royalties", ["$   751,253", "751253", ""], ["$           763", "763", ""]],
      ["Amortization", ["-389,287 (1)", "-389287", "(1)"], ["8,800", "8800", ""]],
      ["Total", ["$   361,966", "361966", ""], ["$         9,563", "9563", ""]],
    ]);
  });

  it("reads a note reference in a figure's place as no figure, with no error", () => {
    const lines = [
      ...HEADER,
      "Net sales                                    $1,215      $1,093",
      "Extraordinary item                         See Note (2)     --",
      "Net income                                     $ 41        $ 37",
    ];
    const [s] = read(lines);
    expect(cells(s)).toEqual([
      ["Net sales", ["$1,215", "1215", ""], ["$1,093", "1093", ""]],
      ["Extraordinary item", ["See Note (2)", null, "See Note (2)"], ["--", "0", ""]],
      ["Net income", ["$ 41", "41", ""], ["$ 37", "37", ""]],
    ]);
    expect(convertExhibit(lines.join("\n"), { name: "t" }).findings.map((f) => f.code)).not.toContain(
      "cell-not-figure",
    );
  });
});
