/** A financial table after interpretation: kind, scale, periods, and typed rows of exact figures. */
import type { Period } from "./period";

export type StatementKind =
  | "balance-sheet"
  | "operations"
  | "cash-flows"
  | "equity"
  | "reconciliation"
  | "guidance"
  | "segment"
  | "statistics"
  | "other";

/**
 * What a row's figures measure. Only "currency" rows are in the statement's scale.
 *  - currency:  Total Current Assets  53,001
 *  - per-share: Net (Loss) Income  ($0.00)
 *  - shares:    Basic Weighted Average Shares Outstanding  78,213,486
 *  - percent:   Gross Margin (% of Revenue)  54.9%
 *  - other:     factors, ratios, counts (Number of Loans  160)
 */
export type RowUnit = "currency" | "per-share" | "shares" | "percent" | "other";

export type RowKind = "heading" | "item" | "total";

/** What a column holds besides a period's figures. */
export type ColumnRole = "period" | "change" | "percent-change" | "other";

/**
 * What a column's figures are, read from its cells: amounts add down the column, whatever the
 * header says; percentages and ratios (rates, yields, prices, averages of decimals) do not.
 *  - amount:  Average Balances  12,345   6,789   19,134
 *  - percent: % Change          8.0%     33.9%
 *  - ratio:   Rate              7.25     6.10   (beside columns of whole amounts)
 */
export type ColumnMeasure = "amount" | "percent" | "ratio";

export interface Column {
  /** The header fragments above the column, joined in reading order. */
  header: string;
  period: Period | null;
  /** Basis or entity qualifier: "Reorganized", "Predecessor", "Pro Forma", ... */
  basis: string | null;
  /** Scenario of a forecast: "Low End of Range", "High End of Range", ... */
  scenario: string | null;
  role: ColumnRole;
  measure: ColumnMeasure;
}

export interface Cell {
  /** The figure exactly as printed. */
  text: string;
  /** Exact decimal string, unscaled, as printed ("(2,118)" gives "-2118"); null for a marker or unreadable text. */
  value: string | null;
  /** 1-based source line. */
  line: number;
  /** 0-based column span in the tab-expanded line, end exclusive. */
  start: number;
  end: number;
  /** Formula in layout-free reference form; null until relations are inferred. */
  formula: string | null;
  /**
   * The footnote mark printed with the figure (`1,215(a)` gives "(a)"), or a note reference printed
   * in its place ("See Note (2)"); absent when there is none. Never part of `value`; `text` keeps it.
   */
  mark?: string;
}

export interface Row {
  label: string;
  /** 1-based source line of the row's figures (of the label's last line for a heading). */
  line: number;
  /** Indentation level, 0 for the outermost labels of the table. */
  depth: number;
  unit: RowUnit;
  kind: RowKind;
  /** One entry per column; null where the row has no figure in that column. */
  cells: (Cell | null)[];
}

export interface Statement {
  /** "s1", "s2", ... in source order. */
  id: string;
  title: string;
  kind: StatementKind;
  /** Multiplier of currency figures: 1, 1000, 1000000, 1000000000. */
  scale: number;
  /** The EDGAR document type ("EX-99.1"), or null in a bare exhibit. */
  document: string | null;
  /** 1-based first and last source lines. */
  lines: [number, number];
  columns: Column[];
  rows: Row[];
}

/** What `crossfoot inspect --json` prints. */
export interface InspectResult {
  /** The exhibit: its name, its line count, and the company it is about (null when not found). */
  source: {
    name: string;
    lines: number;
    company: string | null;
    /**
     * Present for an exhibit read as HTML: "html", and the readable text it was rendered to, one
     * entry per line. Every line/start/end of a cell, row or finding points into these lines.
     */
    format?: "html";
    text?: string[];
  };
  statements: Statement[];
  /** What the infer stage found: totals, derived rows, links; indexes are 0-based. */
  relations: import("./relation").Relation[];
  findings: import("./finding").Finding[];
  /** Every check the check stage made, passing ones included, in statement, row and column order. */
  checks: import("./check").Check[];
}
