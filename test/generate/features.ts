/**
 * The layout features the generator can vary, each a named toggle. Off, a feature takes its plain
 * form (the Mpower style: rules over totals, `$` glued to the first figure and the totals,
 * parentheses for negatives, one header line of years, two period columns, one line per label).
 */

export const FEATURES = [
  /** Rule lines over totals: a dashed rule, a double rule, or none at all. */
  "rules",
  /** Blank lines at random between rows, and none between sections. */
  "blankLines",
  /** Indentation by 0 to 4 spaces per level, or none (a flat table). */
  "indentation",
  /** `$` glued (`$1,234`), set apart at the column's left (`$    1,234`), on every row, or nowhere. */
  "dollars",
  /** Negatives as `-1,234` instead of `(1,234)`. */
  "minusSigns",
  /** Footnote marks glued to figures: `1,215(a)`, `(858)(b)`, `$1.27(4)`. */
  "gluedMarks",
  /** Footnote marks set off by a space: `1,215 (a)`, `$ 1.27 (4)`. */
  "spacedMarks",
  /** Long labels wrapped over two lines, the figures on the last. */
  "wrappedLabels",
  /** A percent-change column after the periods: `12.3%`, `(4.1)%`. */
  "percentChange",
  /** An average-rate column of percents (`5.23%`) after the periods, as in a bank's average balances table. */
  "averageColumn",
  /** Column headers stacked over two or three lines ("Three Months Ended" / "December 31," / "2004"). */
  "stackedHeaders",
  /** Scale lines worded in several ways: "(in thousands)", "(000's omitted)", "(Dollars in thousands)". */
  "scaleLines",
  /** Prose paragraphs, with figures in them, between tables. */
  "prose",
  /** Press contact blocks with phone numbers between tables. */
  "contacts",
  /** One to four period columns instead of two. */
  "periodCount",
  /** Subtraction blocks: revenue - cost = gross profit, gross profit - expenses = operating income. */
  "subtraction",
  /** Per-share rows with the share counts they are computed from. */
  "perShare",
  /** Share counts stated in thousands in a table in thousands (one unit of income per share count unit). */
  "sharesInThousands",
  /** Percent rows: gross margin as a percent of revenue. */
  "percentRows",
] as const;

export type Feature = (typeof FEATURES)[number];

export type FeatureSet = ReadonlySet<Feature>;
