/**
 * inferSums on small hand-made statements, one per layout the sums must read (and some they must
 * not): subtractions at rules and blank lines, a missed subtotal, subtotal pairs far below, totals
 * printed above their parts, section totals from same-named rows, one wrong column.
 */
import { inferSums } from "../../src/infer/infer-sums";
import { buildStatement } from "./build-statement";

/** [what, rows, expected "row = terms" of each sum found, terms nearest first; "!" marks columns missed]. */
type Case = [string, string[], string[]];

function render(row: number, terms: { row: number; sign: number }[], misses: number[], sign: number): string {
  const parts = terms.map((term) => `${term.sign === 1 ? "+" : "-"}${term.row}`).join("");
  return `${row} = ${sign === -1 ? "-(" + parts + ")" : parts}${misses.length > 0 ? ` !${misses.join(",")}` : ""}`;
}

const cases: Case[] = [
  [
    // 80 - 30 = 50, 70 - 20 = 50: the blank line above "Interest revenue" closes the block
    "a subtraction opened by a blank line",
    [
      "Revenues | 500 | 400",
      "Expenses | 300 | 250",
      "---",
      "Operating income | 200 | 150",
      "",
      "Interest revenue | 80 | 70",
      "Interest expense | 30 | 20",
      "---",
      "Net interest income | 50 | 50",
    ],
    ["2 = -1+0", "5 = -4+3"],
  ],
  [
    // the same without the blank line: "Operating income" above is no edge, and nothing else ties
    "no subtraction without an edge",
    [
      "Revenues | 500 | 400",
      "Expenses | 300 | 250",
      "---",
      "Operating income | 200 | 150",
      "Interest revenue | 80 | 70",
      "Interest expense | 30 | 20",
      "---",
      "Net interest income | 50 | 50",
    ],
    ["2 = -1+0"],
  ],
  [
    // "Common stock" misread as shares leaves "Total stockholders' equity" without parts; the total
    // below still reads 305 + 300 + 120 = 725 and 304 + 200 + 60 = 564
    "a missed subtotal standing for its block",
    [
      "Current liabilities:",
      "  Accounts payable | 100 | 50",
      "  Accrued expenses | 20 | 10",
      "---",
      "    Total current liabilities | 120 | 60",
      "Long-term debt | 300 | 200",
      "Stockholders' equity:",
      "  Common stock, 159,267,288 shares @shares | 5 | 4",
      "  Additional paid-in capital | 500 | 400",
      "  Accumulated deficit | -200 | -100",
      "---",
      "    Total stockholders' equity | 305 | 304",
      "---",
      "      Total liabilities and stockholders' equity | 725 | 564",
    ],
    ["3 = +2+1", "10 = +9+4+3"],
  ],
  [
    // 150 - 80 = 70 and 130 - 65 = 65: a memo line under the per-share line, two subtotals far above it
    "a memo line from two subtotals far above",
    [
      "Revenues:",
      "  Products | 100 | 90",
      "  Services | 50 | 40",
      "---",
      "  Total revenues | 150 | 130",
      "Costs:",
      "  Products | 60 | 50",
      "  Services | 20 | 15",
      "---",
      "  Total costs | 80 | 65",
      "---",
      "Net income | 70 | 65",
      "Net income per share @per-share | 0.70 | 0.65",
      "Weighted average shares @shares | 100 | 100",
      "Gross margin | 70 | 65",
    ],
    ["3 = +2+1", "7 = +6+5", "8 = -7+3", "11 = +3-7"],
  ],
  [
    // 370 + 80 = 450 and 350 + 120 = 470, the total printed first
    "a total above its parts",
    ["Total sales | 450 | 470", "  Retail sales | 370 | 350", "  Wholesale sales | 80 | 120"],
    ["0 = +1+2"],
  ],
  [
    // 370 + 80 = 450: the parts are the totals below; retail's own items lack a line (100 + 200 + 60 = 360)
    "a total above the totals of its sections",
    [
      "Total sales | 450 | 470",
      "Total retail sales | 370 | 350",
      "  Residential | 100 | 95",
      "  Commercial | 200 | 190",
      "  Industrial | 60 | 55",
      "Total wholesale sales | 80 | 120",
    ],
    ["0 = +1+5"],
  ],
  [
    // 11,840 = 7,400 + 4,440 ties, but revenues are no sum of expenses and the income they leave;
    // the income below is revenues less expenses
    "a result line is no part of a total above it",
    [
      "Total revenues | 11840 | 11227",
      "Total operating expenses | 7400 | 7000",
      "Operating income | 4440 | 4227",
    ],
    ["2 = -1+0"],
  ],
  [
    // 300 + 120 + 425 = 845 and 200 + 60 + 304 = 564: a count printed as dashes between the parts
    "a count of dashes among the parts of a total",
    [
      "  Total current liabilities | 300 | 200",
      "Long-term debt | 120 | 60",
      "Stockholders' equity:",
      "  Issued and outstanding shares -- none @shares | 0 | 0",
      "  Common stock | 25 | 4",
      "  Additional paid-in capital | 400 | 300",
      "---",
      "  Total stockholders' equity | 425 | 304",
      "---",
      "Total liabilities and stockholders' equity | 845 | 564",
    ],
    ["6 = +5+4", "7 = +6+1+0"],
  ],
  [
    // nothing below adds up to 999
    "a total above rows that do not add up to it",
    ["Total sales | 999 | 470", "  Retail sales | 370 | 350", "  Wholesale sales | 80 | 120"],
    [],
  ],
  [
    // 100 + 200 = 300, 90 + 180 = 270; 10 + 20 = 30, 9 + 18 = 27
    "section totals from same-named rows of earlier sections",
    [
      "Segment A:",
      "  Revenues | 100 | 90",
      "  Operating income | 10 | 9",
      "Segment B:",
      "  Revenues | 200 | 180",
      "  Operating income | 20 | 18",
      "Total:",
      "  Revenues | 300 | 270",
      "  Operating income | 30 | 27",
    ],
    ["7 = +4+1", "8 = +5+2"],
  ],
  [
    // 50 + 100 = 150 ties; 40 + 90 = 130, printed 135: the block under the rule is the formula and
    // the second column the finding
    "one wrong column in a two-period total under a rule",
    [
      "Net sales | 1000 | 900",
      "Cost of sales | 600 | 500",
      "---",
      "Gross profit | 400 | 400",
      "Selling | 100 | 90",
      "Administrative | 50 | 40",
      "---",
      "Total operating expenses | 150 | 135",
    ],
    ["2 = -1+0", "5 = +4+3 !1"],
  ],
  [
    // the same figures on a line neither under a rule nor worded as a total: in doubt, no relation
    "one wrong column on a line the layout does not mark",
    [
      "Net sales | 1000 | 900",
      "Cost of sales | 600 | 500",
      "---",
      "Gross profit | 400 | 400",
      "Selling | 100 | 90",
      "Administrative | 50 | 40",
      "Freight | 150 | 135",
    ],
    ["2 = -1+0"],
  ],
  [
    // 100 - 40 = 60 ties, 90 - 30 = 60 against 50 misses: the block at the top of the statement,
    // subtracted, under a rule and worded as a total, is the formula, and the second column the finding
    "a subtraction with one wrong column of two",
    ["Revenues | 100 | 90", "Costs | 40 | 30", "---", "Net revenues | 60 | 50"],
    ["2 = -1+0 !1"],
  ],
  [
    // with a second period tying, the subtraction is read from two columns: 200 - 70 = 130
    "a sign read from two columns that tie",
    ["Revenues | 100 | 90 | 200", "Costs | 40 | 30 | 70", "---", "Net revenues | 60 | 50 | 130"],
    ["2 = -1+0 !1"],
  ],
  [
    // no rule, no total's wording: 161,351.84 - 22,746.88 = 138,604.96 and 107,401.66 - 16,425.38 =
    // 90,976.28, the block above as printed, exact on two columns, makes the row a total
    "a total known by its arithmetic alone",
    [
      "Accrued servicing fee | 161351.84 | 107401.66",
      "Less: delinquent service fees | -22746.88 | -16425.38",
      "",
      "Collected servicing fees | 138604.96 | 90976.28",
    ],
    ["2 = +1+0"],
  ],
  [
    // the same with one column: a single tie is no proof without the layout
    "a single column tying by arithmetic alone",
    [
      "Accrued servicing fee | 161351.84",
      "Less: delinquent service fees | -22746.88",
      "",
      "Collected servicing fees | 138604.96",
    ],
    [],
  ],
  [
    // pro forma lines under the statement, each a GAAP line less costs named above:
    // -80 + 100 + 30 = 50 and 40 + 0 + 10 = 50; then 50 - 20 = 30 and 50 + 0 = 50
    "pro forma lines from the GAAP lines and the costs they exclude",
    [
      "Net sales | 1000 | 800",
      "Cost of sales | 700 | 600",
      "---",
      "Gross profit | 300 | 200",
      "Operating expenses:",
      "  Marketing | 250 | 150",
      "  Merger and acquisition related costs | 100 | -",
      "  Stock-based compensation | 30 | 10",
      "---",
      "    Total operating expenses | 380 | 160",
      "",
      "Loss from operations | -80 | 40",
      "",
      "Interest income | 10 | 5",
      "Interest expense | -30 | -5",
      "---",
      "  Net interest expense | -20 | 0",
      "",
      "Net loss | -100 | 40",
      "Basic and diluted loss per share @per-share | -1.00 | 0.40",
      "Shares used in computation of basic and diluted loss per share @shares | 100 | 100",
      "PRO FORMA RESULTS EXCLUDING MERGER AND STOCK-BASED COMPENSATION COSTS",
      "Pro forma income (loss) from operations, excluding merger and stock-based compensation costs | 50 | 50",
      "---",
      "Pro forma net income (loss), excluding merger and stock-based compensation costs | 30 | 50",
      "Pro forma basic and diluted income (loss) per share @per-share | 0.30 | 0.50",
      "Shares used in computation of pro forma basic and diluted loss per share @shares | 100 | 100",
    ],
    ["2 = -1+0", "7 = +6+5+4", "8 = -7+2", "11 = +10+9", "12 = +11+8", "16 = +8+5+6", "17 = +16+11"],
  ],
];

describe("inferSums on hand-made statements", () => {
  it.each(cases)("%s", (_, rows, expected) => {
    const { statement, lines } = buildStatement(rows);
    const found = inferSums(statement, lines).map((relation) =>
      render(relation.row, relation.terms, relation.misses, relation.sign),
    );
    expect(found).toEqual(expected);
  });
});
