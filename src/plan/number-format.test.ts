import type { Column, ColumnMeasure, Row, RowUnit } from "../model/statement";
import { numberFormatOf, sheetValue } from "./number-format";

function row(unit: RowUnit, texts: (string | null)[]): Row {
  return {
    label: "",
    line: 1,
    depth: 0,
    unit,
    kind: "item",
    cells: texts.map((text) =>
      text === null
        ? null
        : {
            text,
            value: text.replace(/[$,%\s]/g, "").replace(/^\((.*)\)$/, "-$1"),
            line: 1,
            start: 0,
            end: 1,
            formula: null,
          },
    ),
  };
}

function columns(...measures: ColumnMeasure[]): Column[] {
  return measures.map((measure) => ({
    header: "",
    period: null,
    basis: null,
    scenario: null,
    role: measure === "percent" ? "percent-change" : "period",
    measure,
  }));
}

describe("numberFormatOf", () => {
  it.each<[string, RowUnit, (string | null)[], ColumnMeasure[], number, string]>([
    ["whole amounts", "currency", ["53,001", "(2,118)"], ["amount", "amount"], 0, '#,##0_);(#,##0);"-"_)'],
    [
      "a dollar on the row",
      "currency",
      ["$29,307", "28,100"],
      ["amount", "amount"],
      1,
      '$#,##0_);($#,##0);"-"_)',
    ],
    // the percent change's decimal says nothing of the dollars beside it
    [
      "whole dollars beside a percent change",
      "currency",
      ["$1,234,567,890", "$1,100,000,000", "12.2"],
      ["amount", "amount", "percent"],
      0,
      '$#,##0_);($#,##0);"-"_)',
    ],
    [
      "the percent change itself",
      "currency",
      ["$2,721", "$2,520", "8.0%"],
      ["amount", "amount", "percent"],
      2,
      "0.0%_);(0.0%)",
    ],
    [
      "a percent change without a sign",
      "currency",
      ["202", "151", "34"],
      ["amount", "amount", "percent"],
      2,
      "0%_);(0%)",
    ],
    [
      "a rate beside amounts",
      "currency",
      ["12,345", "641", "5.19"],
      ["amount", "amount", "ratio"],
      2,
      "#,##0.00_);(#,##0.00)",
    ],
    ["per share", "per-share", ["($0.02)", "0.10"], ["amount", "amount"], 0, "$#,##0.00_);($#,##0.00)"],
    ["a percent row", "percent", ["54.9%", "51.8%"], ["amount", "amount"], 0, "0.0%_);(0.0%)"],
    ["shares", "shares", ["78,213,486"], ["amount"], 0, "#,##0_);(#,##0)"],
  ])("%s", (_, unit, texts, measures, index, expected) => {
    expect(numberFormatOf(row(unit, texts), columns(...measures), index)).toBe(expected);
  });
});

describe("sheetValue", () => {
  it.each<[string, RowUnit, ColumnMeasure, string, string]>([
    ["an amount", "currency", "amount", "2721", "2721"],
    ["a percent row", "percent", "amount", "54.9", "0.549"],
    ["a percent column", "currency", "percent", "8.0", "0.08"],
    ["a rate", "currency", "ratio", "5.19", "5.19"],
  ])("%s", (_, unit, measure, value, expected) => {
    expect(sheetValue(row(unit, [value]), columns(measure)[0], value)).toBe(expected);
  });
});
