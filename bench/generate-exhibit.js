"use strict";
/** Generates a realistic exhibit of a given size: press-release prose and Mpower-style statements, seeded. */

const { makeRandom, groupThousands } = require("./make-random");

const WORDS = (
  "the company reported revenue growth in its core business customers during quarter " +
  "results compared with prior year period operating expenses declined as network " +
  "optimization continued management expects margins to improve while sales organization " +
  "headcount increased broadband services data telephony internet access small and " +
  "medium-size business markets capital spending cash position remained strong after " +
  "reorganization investors should review filings with the securities and exchange commission"
).split(" ");

const COMPANIES = ["MPOWER HOLDING", "ACME TELECOM", "NORTHWIND CORP", "CONTOSO INC", "FABRIKAM INC"];
const MONTHS = [
  ["MARCH", 31],
  ["JUNE", 30],
  ["SEPTEMBER", 30],
  ["DECEMBER", 31],
];

/**
 * The statements a release prints, as sections of item labels, each closed by a total. A section
 * without a heading carries the total above it ("TOTAL ASSETS" = "Total Current Assets" + items).
 */
/** The sections that an operations statement and its reconciliation share, below the operating line. */
const NON_OPERATING = [
  null,
  [
    "(Loss) Gain on Sale of Investments, net",
    "Gain (Loss) on Discharge of Debt",
    "Other income",
    "Interest Income",
    "Interest Expense",
  ],
  "(Loss) Income before Discontinued Operations",
];

function belowTheLine(total) {
  return [null, ["Income (Loss) from Discontinued Operations", "Accrued Preferred Stock Dividends"], total];
}

const KINDS = [
  {
    title: "BALANCE SHEET",
    instant: true,
    sections: [
      [
        "Current Assets",
        [
          "Cash & Cash Equivalents",
          "Restricted Investments",
          "Accounts Receivable, net",
          "Other Receivables",
          "Assets Held for Sale",
          "Prepaid Expenses and Other Current Assets",
        ],
        "Total Current Assets",
      ],
      [
        null,
        [
          "Property and Equipment, net",
          "Long-Term Restricted Investments",
          "Deferred Financing Costs, net",
          "Intangibles, net",
          "Other Assets",
        ],
        "TOTAL ASSETS",
      ],
      [
        "Current Liabilities",
        [
          "Current Maturities of Long-Term Debt and Capital Leases",
          "Line of Credit",
          "Accounts Payable",
          "Accrued Sales Tax Payable",
          "Accrued Property Taxes Payable",
          "Deferred Revenue",
          "Accrued Other Expenses",
        ],
        "Total Current Liabilities",
      ],
      [
        null,
        [
          "Capital Lease Obligations",
          "Long-Term Deferred Revenue",
          "Common stock",
          "Additional Paid-in Capital",
          "Accumulated Deficit",
        ],
        "TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY",
      ],
    ],
  },
  {
    title: "STATEMENT OF OPERATIONS",
    instant: false,
    sections: [
      [
        "Operating Revenues:",
        ["Core Customer", "Switched Access", "Wholesale Services"],
        "Total Operating Revenues",
      ],
      [
        "Operating Expenses:",
        [
          "Cost of Operating Revenues",
          "Selling, General and Administrative",
          "Reorganization Expense",
          "Stock-Based Compensation Expense",
          "Network Optimization Cost",
          "Gain on Sale of Assets, net",
          "Depreciation and Amortization",
        ],
        "Total Operating Expenses",
      ],
      NON_OPERATING,
      belowTheLine("Net (Loss) Income Applicable to Common Stockholders"),
    ],
    extras: true,
  },
  {
    title: "RECONCILIATION TO GAAP",
    instant: false,
    sections: [
      [
        null,
        [
          "Adjusted EBITDA",
          "Depreciation and Amortization",
          "Reorganization Expense",
          "Network Optimization Cost",
          "Gain on Sale of Assets, net",
          "Stock-Based Compensation Expense",
        ],
        "Loss from Continuing Operations",
      ],
      NON_OPERATING,
      belowTheLine("Net (Loss) Income (GAAP)"),
    ],
  },
];

/** Prose wrapped at 78 columns, one space between words, so no line looks like a row of figures. */
function paragraph(random) {
  const words = [];
  const count = random.int(30, 110);
  for (let i = 0; i < count; i++) {
    if (random.next() < 0.04) words.push(`$${random.int(1, 99)}.${random.int(0, 9)}`, "million");
    else if (random.next() < 0.03) words.push(`${random.int(1, 60)}%`, "growth");
    else words.push(random.pick(WORDS));
  }
  words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
  const lines = [];
  let line = "";
  for (const word of words) {
    if (line !== "" && line.length + 1 + word.length > 78) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(`${line} results.`);
  return lines.join("\n") + "\n";
}

/** `$29,307`, `(2,118)`, `($51)`, `-`: Mpower's forms, with a dollar sign on first and total rows. */
function formatAmount(n, dollar) {
  if (n === 0) return "-";
  const digits = groupThousands(Math.abs(n));
  if (n > 0) return dollar ? `$${digits}` : digits;
  return dollar ? `($${digits})` : `(${digits})`;
}

/** `$0.45`, `($0.01)`, `($0.00)`. */
function formatPerShare(n) {
  const text = `$${Math.abs(n).toFixed(2)}`;
  return n < 0 ? `(${text})` : text;
}

/** A figure in thousands: mostly thousands to hundreds of thousands, some negatives and zeros. */
function amount(random) {
  const r = random.next();
  if (r < 0.1) return 0;
  const magnitude = random.int(10, random.next() < 0.5 ? 9999 : 199999);
  return r < 0.25 ? -magnitude : magnitude;
}

function pad(text, width) {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** Places texts in a line: each `[column, text]` starts at its column; ragged right, no trailing spaces. */
function place(pieces) {
  let line = "";
  for (const [column, text] of pieces) {
    const at = Math.max(column, line.length === 0 ? 0 : line.length + 2);
    line = pad(line, at) + text;
  }
  return line;
}

/** The quarter's end, the quarter before, and the same quarter a year before, as Mpower prints them. */
function periodDates(random) {
  const quarter = random.int(1996, 2024) * 4 + random.int(0, 3);
  return [0, 1, 4].map((back) => {
    const q = quarter - back;
    const [month, day] = MONTHS[q % 4];
    return `${month} ${day}, ${Math.floor(q / 4)}`;
  });
}

/**
 * One statement in the Mpower layout:
 *
 *                                                                  ---------------------------
 *                                                                     MPOWER HOLDING     ...
 *   BALANCE SHEET (AMOUNTS IN $ THOUSANDS)                          DECEMBER 31, 2003    ...
 *   - ----------------------------------------------------------------------------------------
 *   Current Assets
 *       Cash & Cash Equivalents                                            $29,307       ...
 */
function table(random, tagged) {
  const kind = random.pick(KINDS);
  const labelWidth = random.int(62, 70);
  const columnWidth = random.int(23, 27);
  const ends = [0, 1, 2].map((c) => labelWidth + 15 + c * columnWidth);
  const width = ends[2] + 3;
  const centred = (texts) => place(texts.map((t, c) => [ends[c] - 6 - Math.floor(t.length / 2), t]));
  const company = random.pick(COMPANIES);
  const dates = periodDates(random);
  const scale = random.next() < 0.5 ? "(AMOUNTS IN $ THOUSANDS)" : "(amounts in $ thousands)";
  const lines = [];
  if (tagged) lines.push("<TABLE>", "<CAPTION>");
  lines.push(" ".repeat(labelWidth - 1) + "-".repeat(width - labelWidth + 1));
  lines.push(centred([company, company, company]));
  if (kind.instant) {
    lines.push(overlay(`${kind.title} ${scale}`, centred(dates)));
  } else {
    const length = random.pick(["THREE MONTHS ENDED", "SIX MONTHS ENDED", "FOR THE YEAR ENDED"]);
    lines.push(overlay(`${kind.title} ${scale}`, centred([length, length, length])));
    lines.push(centred(dates));
  }
  lines.push("- " + "-".repeat(width - 2));
  if (tagged) lines.push(place([[0, "<S>"], ...ends.map((e) => [e - 3, "<C>"])]));
  else lines.push("");
  let rows = 0;
  let carried = [0, 0, 0];
  for (const [heading, labels, totalLabel] of kind.sections) {
    if (heading !== null) lines.push(heading);
    const indent = heading === null ? "" : "    ";
    const total = heading === null ? [...carried] : [0, 0, 0];
    labels
      .filter((_, i) => i < 2 || random.next() < 0.85)
      .forEach((label, i) => {
        const values = [0, 1, 2].map(() => amount(random));
        values.forEach((v, c) => (total[c] += v));
        lines.push(
          row(
            indent + label,
            values.map((v) => formatAmount(v, i === 0 && heading !== null)),
            ends,
          ),
        );
        rows++;
      });
    lines.push(" ".repeat(labelWidth - 1) + "-".repeat(width - labelWidth + 1));
    lines.push(
      row(
        indent + totalLabel,
        total.map((v) => formatAmount(v, heading === null)),
        ends,
      ),
    );
    rows++;
    carried = total;
    if (random.next() < 0.5) lines.push("");
  }
  if (kind.extras) {
    lines.push("");
    for (const label of [
      "Basic Weighted Average Shares Outstanding",
      "Diluted Weighted Average Shares Outstanding",
    ]) {
      const shares = random.int(20000000, 90000000);
      lines.push(
        row(
          label,
          [0, 1, 2].map(() => groupThousands(shares + random.int(0, 900000))),
          ends,
        ),
      );
    }
    lines.push("", "Basic and Diluted (Loss) Income per Share Applicable to", "    Common Stockholders:", "");
    for (const label of [
      "(Loss) Income before Discontinued Operations",
      "Income (Loss) from Discontinued Operations",
      "Net (Loss) Income",
    ]) {
      lines.push(
        row(
          label,
          [0, 1, 2].map(() => formatPerShare(random.int(-150, 90) / 100)),
          ends,
        ),
      );
    }
    for (const label of ["Gross Margin", "Adjusted EBITDA"]) {
      lines.push("");
      lines.push(
        row(
          label,
          [0, 1, 2].map(() => formatAmount(amount(random), true)),
          ends,
        ),
      );
      lines.push(
        row(
          `    ${label} (% of Revenue)`,
          [0, 1, 2].map(() => `${(random.int(-450, 650) / 10).toFixed(1)}%`),
          ends,
        ),
      );
    }
    rows += 2 + 3 + 4;
  }
  lines.push("=".repeat(width));
  if (tagged) lines.push("</TABLE>");
  return { text: lines.join("\n") + "\n", rows };
}

/** Puts `left` in front of the text of `line`, keeping at least two spaces between them. */
function overlay(left, line) {
  const firstText = line.search(/\S/);
  if (firstText < 0) return left;
  return pad(left, Math.max(left.length + 2, firstText)) + line.slice(firstText);
}

/** Right-aligns each figure at its column's end; a closing parenthesis hangs one past it, as in Mpower. */
function row(label, figures, ends) {
  let line = label;
  figures.forEach((f, c) => {
    const end = (ends[c] ?? 0) + (f.endsWith(")") ? 1 : 0);
    line = pad(line, Math.max(line.length + 2, end - f.length)) + f;
  });
  return line;
}

const HEADER = "<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nEXHIBIT 99.1\n\n";
const FOOTER = "</TEXT>\n</DOCUMENT>\n";

/**
 * Prose and statements until the next block would not fit, then prose to fill: the text is exactly
 * `bytes` ASCII characters long. Returns it with how many statements (`tables`) and rows of figures
 * (`rows`) it holds; the same `seed` gives the same text.
 */
function generateExhibitWithCount(bytes, seed = 20040212) {
  const random = makeRandom(seed);
  const size = Math.max(0, Math.floor(bytes));
  if (size < HEADER.length + FOOTER.length + 80) return { text: filler(random, size), tables: 0, rows: 0 };
  const parts = [HEADER];
  let length = HEADER.length;
  let tables = 0;
  let rows = 0;
  for (;;) {
    let block = "";
    const paragraphs = random.int(0, 3);
    for (let i = 0; i < paragraphs; i++) block += paragraph(random) + "\n";
    const t = table(random, random.next() < 0.3);
    block += t.text + "\n".repeat(random.int(2, 4));
    if (random.next() < 0.2) block += `${" ".repeat(random.int(30, 60))}- ${tables + 2} -\n<PAGE>\n\n`;
    if (length + block.length + FOOTER.length > size) break;
    parts.push(block);
    length += block.length;
    tables++;
    rows += t.rows;
  }
  parts.push(filler(random, size - length - FOOTER.length), FOOTER);
  return { text: parts.join(""), tables, rows };
}

/** Exactly `size` characters of prose, ending with a line break. */
function filler(random, size) {
  let out = "";
  while (out.length < size) out += paragraph(random) + "\n";
  if (size === 0) return "";
  return out.slice(0, size - 1) + "\n";
}

function generateExhibit(bytes, seed) {
  return generateExhibitWithCount(bytes, seed).text;
}

module.exports = { generateExhibit, generateExhibitWithCount };
