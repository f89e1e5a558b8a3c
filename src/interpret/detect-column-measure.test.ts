import type { ColumnRole } from "../model/statement";
import { detectColumnMeasure } from "./detect-column-measure";
import { parseAmount } from "./parse-amount";

describe("detectColumnMeasure", () => {
  it.each<[string, string, ColumnRole, string[], boolean, string]>([
    // amounts add whatever the header says (a title merged in, "average", "rates")
    [
      "average balances",
      "Average Balances and Interest Rates 1999",
      "period",
      ["12,345", "6,789", "19,134"],
      true,
      "amount",
    ],
    ["amounts with a dash", "2004", "period", ["$2,721", "-", "(19)"], true, "amount"],
    ["amounts with one percent row", "2004", "period", ["36,879", "20,252", "54.9%"], true, "amount"],
    ["per-share rows among amounts", "2003", "period", ["(2,118)", "($0.03)", "78,213,486"], true, "amount"],
    // a revenue analysis: amount rows, each followed by growth rows printed in percent
    [
      "amount rows between growth rows",
      "Fiscal 2022 Q1",
      "period",
      ["$9,367", "5%", "7%", "$1,200", "3%", "4%", "$10,567", "5%", "6%"],
      true,
      "amount",
    ],
    ["one whole amount among percents", "", "other", ["100%", "24%", "31%", "$11,840"], true, "percent"],
    // percentages never add
    ["a percent change by its header", "% Change", "percent-change", ["8.0", "33.9", "n/m"], true, "percent"],
    [
      "percent signs, header merged away",
      "2004 2003 Change",
      "change",
      ["-4.1%", "4.5%", "-30.1%"],
      true,
      "percent",
    ],
    ["a percent sign on the first row only", "", "other", ["8.0%", "33.9", "63.6"], true, "percent"],
    [
      "rates with percent signs",
      "PASS-THROUGH RATES CURRENT",
      "other",
      ["9.507526%", "9.082654%"],
      false,
      "percent",
    ],
    // decimals beside whole amounts are rates; per share they add
    ["yields without signs beside amounts", "Yield", "other", ["7.25", "6.10", "6.93"], true, "ratio"],
    ["decimals beside amounts, no header", "", "other", ["7.25", "6.10", "6.93"], true, "ratio"],
    ["an exercise price", "Weighted Average Exercise Price", "other", ["$12.50", "$14.00"], true, "ratio"],
    ["earnings per share", "Earnings Per Share", "other", ["0.05", "0.12", "0.29"], true, "amount"],
    ["per-share with dollar signs", "2003", "other", ["$0.05", "0.12", "$0.29"], true, "amount"],
    ["decimals in a table of decimals", "INTEREST", "other", ["7.738547", "7.922939"], false, "amount"],
    ["nothing printed", "2004", "period", ["n/m", "*"], true, "amount"],
  ])("%s", (_, header, role, texts, wholeTable, measure) => {
    const amounts = texts.map(parseAmount);
    expect(detectColumnMeasure({ header, role, amounts, wholeTable })).toBe(measure);
  });
});
