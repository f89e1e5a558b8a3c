/** settleRowKinds on a hand-made statement: total-ness from the sums found and the wording, a rule only a hint. */
import { inferSums } from "../../src/infer/infer-sums";
import { settleRowKinds } from "../../src/infer/settle-row-kinds";
import { buildStatement } from "./build-statement";

const { statement, lines } = buildStatement([
  "Net sales | 1000 | 800",
  "Cost of sales | 700 | 600",
  "---",
  "Gross profit | 300 | 200",
  "---",
  "Interest revenue | 40 | 30",
  "Interest expense | 10 | 10",
  "Other:",
  "  Revenues | 5 | 5",
  "  Revenues | 6 | 6",
  "  Revenues | 11 | 11",
  "---",
  "Total stockholders' equity | 999 | 999",
  "---",
  "Basic and diluted loss per share @per-share | -0.30 | -0.08",
  "---",
  "Shares used in computation of loss per share @shares | 100 | 100",
  "---",
  "Return on equity @other | 12 | 11",
  "Earnings before income taxes | 202 | 151",
]);

/** [row, label, kind as interpreted (from the layout), kind settled]. */
const cases: [number, string, string, string][] = [
  [0, "Net sales", "item", "item"],
  [2, "Gross profit", "total", "total"], // 1,000 - 700 = 300: a sum, under a rule
  [3, "Interest revenue", "total", "item"], // under a rule that closes the block above it
  [5, "Other:", "heading", "heading"],
  [8, "Revenues", "item", "total"], // 5 + 6 = 11: a sum with no rule nor wording
  [9, "Total stockholders' equity", "total", "total"], // under a rule and worded as a total, though nothing ties
  [10, "Basic and diluted loss per share", "total", "item"],
  [11, "Shares used in computation of loss per share", "total", "item"],
  [12, "Return on equity", "total", "item"],
  [13, "Earnings before income taxes", "item", "item"], // worded as a total, but no rule and no parts
];

describe("settleRowKinds", () => {
  const settled = settleRowKinds(statement, inferSums(statement, lines));
  it.each(cases)("row %i (%s): %s -> %s", (row, label, before, after) => {
    expect(statement.rows[row]).toMatchObject({ label, kind: before });
    expect(settled.rows[row]?.kind).toBe(after);
  });
});
