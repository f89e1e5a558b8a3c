/** Header fragments of real tables placed over the columns they describe. */

import type { ColumnBand, HeaderPiece } from "../model/text-table";
import { placeHeaders } from "./place-headers";
import { splitChunks } from "./split-chunks";

/** mpower-2003q4 balance sheet: "$29,307 ... (37,572)" and so on. */
const MPOWER: ColumnBand[] = [
  { start: 70, end: 79 },
  { start: 96, end: 105 },
  { start: 121, end: 130 },
];

/** southern Financial Highlights: "Retail Business   $  122   $  117   $ 1,200   $ 1,153", "(1) (7) (10) (36)". */
const SOUTHERN: ColumnBand[] = [
  { start: 51, end: 58 },
  { start: 62, end: 69 },
  { start: 77, end: 85 },
  { start: 90, end: 98 },
];

/** southern Significant Factors: "Consolidated Earnings-   $ 0.24  $ 0.22   $0.02   $2.04   $1.97  $0.07". */
const SOUTHERN_EPS: ColumnBand[] = [
  { start: 37, end: 43 },
  { start: 45, end: 51 },
  { start: 54, end: 59 },
  { start: 70, end: 75 },
  { start: 78, end: 83 },
  { start: 85, end: 90 },
];

/** [start, end, text, columns] */
type Expected = [number, number, string, number[]];

describe("placeHeaders", () => {
  it.each<[string, number, string, ColumnBand[], Expected[]]>([
    [
      // mpower-2003q4
      "one fragment over each column",
      162,
      "                                                                  MPOWER HOLDING            MPOWER HOLDING           MPOWER HOLDING",
      MPOWER,
      [
        [66, 80, "MPOWER HOLDING", [0]],
        [92, 106, "MPOWER HOLDING", [1]],
        [117, 131, "MPOWER HOLDING", [2]],
      ],
    ],
    [
      // mpower-2003q4: the caption overlaps no column; its nearest is the first
      "a caption beside the dates goes to the nearest column",
      163,
      "BALANCE SHEET (AMOUNTS IN $ THOUSANDS)                          DECEMBER 31, 2003        SEPTEMBER 30, 2003        DECEMBER 31, 2002",
      MPOWER,
      [
        [0, 38, "BALANCE SHEET (AMOUNTS IN $ THOUSANDS)", [0]],
        [64, 81, "DECEMBER 31, 2003", [0]],
        [89, 107, "SEPTEMBER 30, 2003", [1]],
        [115, 132, "DECEMBER 31, 2002", [2]],
      ],
    ],
    [
      "a fragment in a gap goes to the column whose centre is nearest",
      1,
      " ".repeat(110) + "Note",
      MPOWER,
      [[110, 114, "Note", [1]]],
    ],
    [
      // southern
      "two fragments over four columns span two each",
      598,
      "                                                 3 Months Ended December   12 Months Ended December",
      SOUTHERN,
      [
        [49, 72, "3 Months Ended December", [0, 1]],
        [75, 99, "12 Months Ended December", [2, 3]],
      ],
    ],
    [
      // southern
      "two fragments over six columns span three each",
      677,
      "                                     3 Months Ended December         12 Months Ended December",
      SOUTHERN_EPS,
      [
        [37, 60, "3 Months Ended December", [0, 1, 2]],
        [69, 93, "12 Months Ended December", [3, 4, 5]],
      ],
    ],
    [
      // southern-like: "Year" is centred over the gap between its two columns
      "a spanning fragment that overlaps no column still takes its share",
      1,
      " ".repeat(53) + "Fourth Quarter" + " ".repeat(18) + "Year",
      SOUTHERN,
      [
        [53, 67, "Fourth Quarter", [0, 1]],
        [85, 89, "Year", [2, 3]],
      ],
    ],
    [
      "two fragments over the last two of four columns do not span",
      1,
      " ".repeat(76) + "Unaudited    Unaudited",
      SOUTHERN,
      [
        [76, 85, "Unaudited", [2]],
        [89, 98, "Unaudited", [3]],
      ],
    ],
    [
      // southern: "2003 Change" is one run over two columns: the year stands over its own column
      "a year one space from the next column's header word stands over its own column",
      679,
      "                                       2004    2003  Change            2004    2003 Change",
      SOUTHERN_EPS,
      [
        [39, 43, "2004", [0]],
        [47, 51, "2003", [1]],
        [53, 59, "Change", [2]],
        [71, 75, "2004", [3]],
        [79, 83, "2003", [4]],
        [84, 90, "Change", [5]],
      ],
    ],
  ])("%s", (_name, line, text, bands, expected) => {
    const pieces: HeaderPiece[] = expected.map(([start, end, t, columns]) => ({
      line,
      start,
      end,
      text: t,
      columns,
    }));
    expect(placeHeaders(line, splitChunks(text), bands)).toEqual(pieces);
  });
});
