/** Problems and remarks about the input, as data. Messages are rendered by `renderFinding` in `make-finding.ts`. */

export type Severity = "error" | "warning" | "info";

/**
 * Every finding code, with the stage that raises it.
 *  - read:      input-empty, input-binary, line-too-long, table-line-unread, page-footer-dropped, table-cut-off,
 *               ambiguous-columns, table-like-line-outside
 *  - interpret: cell-not-figure, figure-cut-off, header-not-period, period-inferred
 *  - check:     sum-mismatch, sum-rounding, link-mismatch, balance-mismatch, ratio-mismatch,
 *               per-share-mismatch, per-share-rounding, per-share-rounding-plug, per-share-unsigned-zero,
 *               row-not-linked, carried-difference
 *  - plan:      statements-without-sheet
 */
export type FindingCode =
  | "input-empty"
  | "input-binary"
  | "no-tables"
  | "line-too-long"
  | "table-line-unread"
  | "page-footer-dropped"
  | "table-cut-off"
  | "ambiguous-columns"
  | "table-like-line-outside"
  | "cell-not-figure"
  | "figure-cut-off"
  | "header-not-period"
  | "period-inferred"
  | "sum-mismatch"
  | "sum-rounding"
  | "link-mismatch"
  | "balance-mismatch"
  | "ratio-mismatch"
  | "per-share-mismatch"
  | "per-share-rounding"
  | "per-share-rounding-plug"
  | "per-share-unsigned-zero"
  | "row-not-linked"
  | "carried-difference"
  | "statements-without-sheet";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** One plain sentence, rendered from the other fields by `renderFinding`. */
  message: string;
  /** Statement id ("s1"), or null when the finding is not about one statement. */
  statement: string | null;
  /** 0-based row index within the statement, or null. */
  row: number | null;
  /** 0-based column index within the statement, or null. */
  column: number | null;
  /** 1-based source line, or null. */
  line: number | null;
  /** The source text the finding is about (a cell, a header, a line, a row's label), or null. */
  text: string | null;
  /** For a check: the figure as printed, as an exact decimal string ("-0.04"); otherwise null. */
  reported: string | null;
  /** For a check: what the formula gives, exact or rounded to 10 decimals. */
  computed: string | null;
  /** For a check: reported - computed. */
  difference: string | null;
  /** For a check: the largest difference that is still rounding. */
  tolerance: string | null;
}
