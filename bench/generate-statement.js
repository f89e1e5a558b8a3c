"use strict";
/** Generates one long statement of operations: sections of items, each closed by a total that is their exact sum, seeded. */

const { makeRandom, groupThousands } = require("./make-random");

/** Item labels: none opens like a total's ("Net", "Total", "Income from"), none holds a digit. */
const ITEMS = [
  "Product revenue",
  "Service fees",
  "Licensing royalties",
  "Maintenance contracts",
  "Cost of goods sold",
  "Freight and handling",
  "Salaries and wages",
  "Employee benefits",
  "Rent and occupancy",
  "Utilities",
  "Advertising and promotion",
  "Professional fees",
  "Insurance",
  "Travel and entertainment",
  "Depreciation",
  "Amortization of intangibles",
  "Repairs and maintenance",
  "Research and development",
  "Bad debt expense",
  "Other operating items",
];

const LABEL_WIDTH = 48;
const COLUMN_WIDTH = 14;

/** `12,345`, `(1,234)`, `-`; a dollar sign on the first item of a section and on its total. */
function formatAmount(n, dollar) {
  if (n === 0) return dollar ? "$     -" : "-";
  const digits = groupThousands(Math.abs(n));
  if (n > 0) return dollar ? `$${digits}` : digits;
  return dollar ? `$(${digits})` : `(${digits})`;
}

/** A figure in thousands: mostly positive, some negative, a few zeros. */
function amount(random) {
  const r = random.next();
  if (r < 0.08) return 0;
  const magnitude = random.int(10, random.next() < 0.5 ? 9999 : 499999);
  return r < 0.2 ? -magnitude : magnitude;
}

/** The 0-based end (exclusive) of column `c`'s digits; a closing parenthesis hangs one past it. */
function columnEnd(c) {
  return LABEL_WIDTH + (c + 1) * COLUMN_WIDTH;
}

/** A row: the label, then each figure right-aligned at its column's end. */
function row(label, figures) {
  let line = label;
  figures.forEach((figure, c) => {
    const end = columnEnd(c) + (figure.endsWith(")") ? 1 : 0);
    line = line.padEnd(Math.max(line.length + 2, end - figure.length)) + figure;
  });
  return line;
}

/** A dashed rule under every column. */
function rule(columns, char) {
  let line = "";
  for (let c = 0; c < columns; c++) {
    const end = columnEnd(c);
    line = line.padEnd(end - (COLUMN_WIDTH - 2)) + char.repeat(COLUMN_WIDTH - 2);
  }
  return line;
}

/**
 * A statement of `sections` sections of `items` items, each under a heading and closed by
 * "Total section N" under a dashed rule, with `columns` year columns:
 *
 *   STATEMENT OF OPERATIONS (in thousands)
 *                                                      Year Ended December 31,
 *                                                        2004          2003          2002
 *                                                  ------------  ------------  ------------
 *   Section 1
 *       Product revenue                                $12,345       $11,234        $9,876
 *       ...
 *                                                  ------------  ------------  ------------
 *       Total section 1                               $123,456      $101,223       $99,870
 *
 * Returns the text, its rows of figures (items and totals: sections x (items + 1)), and each
 * total's 0-based row index in the statement (where the section headings are rows too) with its
 * figures.
 */
function generateStatement({ sections = 50, items = 9, columns = 3, seed = 20040212 } = {}) {
  const random = makeRandom(seed);
  const years = Array.from({ length: columns }, (_, c) => String(2004 - c));
  const lines = ["EXHIBIT 99.1", "", "ACME INDUSTRIES, INC.", "STATEMENT OF OPERATIONS (in thousands)", ""];
  const heading = "Year Ended December 31,";
  const left = columnEnd(0) - COLUMN_WIDTH + 2;
  const middle = Math.floor((left + columnEnd(columns - 1)) / 2);
  lines.push(" ".repeat(middle - Math.floor(heading.length / 2)) + heading);
  lines.push(" ".repeat(left) + "-".repeat(columnEnd(columns - 1) - left));
  lines.push(row("", years));
  lines.push(rule(columns, "-"));
  const totals = [];
  let rows = 0;
  let index = 0;
  for (let s = 1; s <= sections; s++) {
    lines.push(`Section ${s}`);
    index++;
    const sum = new Array(columns).fill(0);
    for (let i = 0; i < items; i++) {
      const values = years.map(() => amount(random));
      values.forEach((v, c) => (sum[c] += v));
      lines.push(
        row(
          `    ${random.pick(ITEMS)}`,
          values.map((v) => formatAmount(v, i === 0)),
        ),
      );
      rows++;
      index++;
    }
    lines.push(rule(columns, "-"));
    lines.push(
      row(
        `    Total section ${s}`,
        sum.map((v) => formatAmount(v, true)),
      ),
    );
    totals.push({ row: index, values: sum });
    rows++;
    index++;
    lines.push("");
  }
  lines.push(rule(columns, "="));
  return { text: lines.join("\n") + "\n", rows, totals };
}

module.exports = { generateStatement };
