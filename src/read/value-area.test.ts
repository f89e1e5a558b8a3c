/** The value area of Mpower's tables, and how title, header, label and prose lines stand to it. */

import { classifyLine } from "./classify-line";
import { splitChunks } from "./split-chunks";
import { headerStart, isWordy, placeText, widenArea, type TextPlace, type ValueArea } from "./value-area";

/**
 * mpower-2003q4 balance sheet: figures start at column 70 at the leftmost ("TOTAL ASSETS  $109,029");
 * the longest label on a line of figures ("    Current Maturities of Long-Term Debt and Capital Leases")
 * ends at column 59.
 */
const BALANCE_2003: ValueArea = { valueStart: 70, labelEnd: 59 };

/**
 * mpower-2004q2 statement of operations: figures start at column 76 at the leftmost (the shares
 * outstanding); the longest label on a line of figures ("    and amortization shown separately
 * below. See Note 1.)") ends at column 57.
 */
const OPERATIONS_2004: ValueArea = { valueStart: 76, labelEnd: 57 };

describe("headerStart", () => {
  it.each<[string, ValueArea, number]>([
    ["labels end well before the figures: just past the labels", BALANCE_2003, 61],
    ["mpower-2004q2 operations", OPERATIONS_2004, 59],
    // sears: "     Merchandise sales and services     $8,700"
    ["labels close to the figures: just before the figures", { valueStart: 40, labelEnd: 35 }, 37],
    // southern: "Net Income - Excluding One-Time Items (See Notes)  $  180"
    ["labels two columns from the figures", { valueStart: 51, labelEnd: 49 }, 49],
  ])("%s", (_name, area, expected) => {
    expect(headerStart(area)).toBe(expected);
  });
});

describe("placeText", () => {
  it.each<[string, string, ValueArea, TextPlace]>([
    [
      "a title on the left and dates over the columns",
      "BALANCE SHEET (AMOUNTS IN $ THOUSANDS)                          DECEMBER 31, 2003        SEPTEMBER 30, 2003        DECEMBER 31, 2002",
      BALANCE_2003,
      "header",
    ],
    [
      "column names only",
      "                                                                  MPOWER HOLDING            MPOWER HOLDING           MPOWER HOLDING",
      BALANCE_2003,
      "header",
    ],
    ["a short heading", "Current Assets", BALANCE_2003, "label"],
    ["a heading with a colon", "Operating Expenses:", OPERATIONS_2004, "label"],
    [
      "a caption continued beside its column headers",
      "     except share and per share amounts)                                 June 30, 2004        March 31, 2004      June 30, 2003",
      OPERATIONS_2004,
      "header",
    ],
    [
      "a caption on the left and period headers",
      "STATEMENT OF OPERATIONS (amounts in $ thousands,                       Three Months Ended   Three Months Ended  Three Months Ended",
      OPERATIONS_2004,
      "header",
    ],
    [
      "the first line of a wrapped label: long but short of the figures",
      "  Cost of Operating Revenues (exclusive of depreciation and",
      OPERATIONS_2004,
      "label",
    ],
    [
      // the note right after the table
      "a sentence running into the value area",
      "Note 1: Cost of Operating Revenues is exclusive of depreciation and amortization",
      OPERATIONS_2004,
      "prose",
    ],
    [
      // the press release text
      "a sentence that stops short of the value area is left to the caller",
      "Mpower increased revenue from continuing operations by 3.6% over the first",
      OPERATIONS_2004,
      "label",
    ],
    ["a chunk starting just at the header start", " ".repeat(61) + "Unaudited", BALANCE_2003, "header"],
    [
      "a chunk starting one column before the header start",
      " ".repeat(60) + "Unaudited",
      BALANCE_2003,
      "label",
    ],
    [
      "a few words crossing into the value area are not a sentence",
      " ".repeat(50) + "CONSOLIDATED TOTALS (UNAUDITED)",
      BALANCE_2003,
      "label",
    ],
  ])("%s", (_name, line, area, expected) => {
    expect(placeText(classifyLine(line), area)).toBe(expected);
  });
});

describe("widenArea", () => {
  it.each<[string, ValueArea | null, string, ValueArea | null]>([
    [
      "the first line of figures opens the area",
      null,
      "  Core Customer                                                                $33,585               $32,770                $32,139",
      { valueStart: 79, labelEnd: 15 },
    ],
    [
      "a figure further left and a longer label widen both sides",
      { valueStart: 79, labelEnd: 15 },
      "Basic and Diluted Weighted Average Shares Outstanding                       78,417,485            78,321,851             65,022,403",
      { valueStart: 76, labelEnd: 53 },
    ],
    [
      "a narrower line changes nothing",
      { valueStart: 76, labelEnd: 53 },
      "Net Loss                                                                       ($1,404)                ($263)               ($4,743)",
      { valueStart: 76, labelEnd: 53 },
    ],
    ["a line without figures leaves no area", null, "Operating Expenses:", null],
    [
      "a line without figures keeps the area",
      { valueStart: 76, labelEnd: 53 },
      "Operating Expenses:",
      { valueStart: 76, labelEnd: 53 },
    ],
    [
      "figures without a label: the label ends at 0",
      null,
      "   2004     2003",
      { valueStart: 3, labelEnd: 0 },
    ],
  ])("%s", (_name, area, line, expected) => {
    expect(widenArea(area, classifyLine(line))).toEqual(expected);
  });
});

describe("isWordy", () => {
  it.each<[string, boolean]>([
    ["Operating Expenses:", false],
    ["Current Maturities of Long-Term Debt", false],
    ["Long-Term Restricted Cash & Cash Equivalents", true],
    ["Cost of Operating Revenues (exclusive of depreciation and", true],
    ["STATEMENT OF OPERATIONS (amounts in $ thousands,", true],
    // five words: 45 characters make a sentence, 44 do not
    ["Accumulated Other Comprehensive Income (Loss)", true],
    ["Accumulated Other Comprehensive Income, net.", false],
  ])("%p", (text, expected) => {
    const [chunk] = splitChunks(text);
    expect(chunk && isWordy(chunk)).toBe(expected);
  });
});
