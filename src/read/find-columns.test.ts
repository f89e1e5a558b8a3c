/** Value columns found from where the figures of real tables stand, and each figure placed in one. */

import type { ColumnBand } from "../model/text-table";
import { bandOf, findColumns, placeFigures, type FigureLine } from "./find-columns";
import { splitChunks } from "./split-chunks";

const figuresOf = (line: string): FigureLine => splitChunks(line).filter((c) => c.figure);

// mpower-2003q4 balance sheet
const CASH =
  "    Cash & Cash Equivalents                                            $29,307                   $36,629                  $10,773";
const RESTRICTED =
  "    Restricted Investments                                                  92                       204                       84";
const OTHER_RECEIVABLES =
  "    Other Receivables                                                    5,039                     8,335                        -";
const TOTAL_ASSETS =
  "TOTAL ASSETS                                                          $109,029                  $123,240                 $127,423";
const ACCUMULATED_DEFICIT =
  "Accumulated Deficit                                                    (37,572)                  (37,521)                 (16,439)";

// sears: four columns two or three spaces apart
const MERCHANDISE = "     Merchandise sales and services     $8,700  $ 8,851   $16,403   $16,325";
const REVENUES = "      revenues                              81    1,345       172     2,751";
const TOTAL_REVENUES = "              Total revenues             8,781   10,196    16,575    19,076";

/** The Mpower balance sheet's columns, hanging parentheses included. */
const MPOWER: ColumnBand[] = [
  { start: 70, end: 79 },
  { start: 96, end: 105 },
  { start: 121, end: 130 },
];

describe("findColumns", () => {
  it.each<[string, string[], ColumnBand[]]>([
    ["no lines, no columns", [], []],
    [
      "one line: one column per figure",
      [CASH],
      [
        { start: 71, end: 78 },
        { start: 97, end: 104 },
        { start: 122, end: 129 },
      ],
    ],
    [
      // every column runs from its widest figure's start ($109,029) to the common right edge
      "right-aligned figures of different widths",
      [CASH, RESTRICTED, OTHER_RECEIVABLES, TOTAL_ASSETS],
      [
        { start: 70, end: 78 },
        { start: 96, end: 104 },
        { start: 121, end: 129 },
      ],
    ],
    [
      "a hanging parenthesis widens each column by one",
      [CASH, RESTRICTED, OTHER_RECEIVABLES, TOTAL_ASSETS, ACCUMULATED_DEFICIT],
      MPOWER,
    ],
    [
      "columns two spaces apart stay apart",
      [MERCHANDISE, REVENUES, TOTAL_REVENUES],
      [
        { start: 40, end: 46 },
        { start: 48, end: 55 },
        { start: 58, end: 65 },
        { start: 68, end: 75 },
      ],
    ],
    [
      // (1,000,000) at 45..56 overlaps both of the first two columns, so they run together; the rows
      // with a figure on each side of column 46 cut the run there. Each side is the range of its
      // figures (right-aligned, so a figure goes with the side its right edge falls in).
      "a ragged figure bridging two columns: the run is cut between the figures of one row",
      [MERCHANDISE, REVENUES, TOTAL_REVENUES, "     Gain on sale of credit business         (1,000,000)"],
      [
        { start: 40, end: 46 },
        { start: 45, end: 56 },
        { start: 58, end: 65 },
        { start: 68, end: 75 },
      ],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(findColumns(lines.map(figuresOf))).toEqual(expected);
  });
});

describe("bandOf", () => {
  it.each<[string, { start: number; end: number }, number]>([
    ["inside the first column ($29,307)", { start: 71, end: 78 }, 0],
    ["inside the second column ($123,240)", { start: 96, end: 104 }, 1],
    ["over two columns: the one it overlaps most", { start: 77, end: 99 }, 1],
    ["in the gap: the column whose right edge is nearest", { start: 88, end: 89 }, 0],
    ["left of every column", { start: 40, end: 45 }, 0],
    ["right of every column", { start: 131, end: 134 }, 2],
  ])("%s", (_name, span, expected) => {
    expect(bandOf(MPOWER, span)).toBe(expected);
  });
});

describe("placeFigures", () => {
  it.each<[string, string, (string | null)[], boolean]>([
    ["a full row", CASH, ["$29,307", "$36,629", "$10,773"], false],
    [
      "a missing middle figure leaves the middle column empty",
      "    Cash & Cash Equivalents                                            $29,307                                            $10,773",
      ["$29,307", null, "$10,773"],
      false,
    ],
    [
      "only the last figure",
      "    Assets Held for Sale                                                                                                   20,471",
      [null, null, "20,471"],
      false,
    ],
    [
      "a figure in a gap goes to the column whose right edge is nearest",
      "Other income                                                                            -",
      ["-", null, null],
      false,
    ],
    [
      "two figures in one column: the second takes the next free column",
      "Net (Loss) Income                                                     (51) (1,189)",
      ["(51)", "(1,189)", null],
      true,
    ],
    [
      // 20,471 belongs in the last column and the footnote mark (1) after it has no column of its own:
      // keeping their order, 20,471 moves left to the nearest free column and (1) takes the last.
      "a figure with no free column left joins the cell before it",
      "    Assets Held for Sale                                                                                                   20,471 (1)",
      [null, null, "20,471 (1)"],
      true,
    ],
  ])("%s", (_name, line, expected, clash) => {
    const placed = placeFigures(MPOWER, figuresOf(line));
    expect({ cells: placed.cells.map((c) => (c ? c.text : null)), clash: placed.clash }).toEqual({
      cells: expected,
      clash,
    });
  });
});
