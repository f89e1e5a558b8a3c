/** Builds findings with their severity and message, rendered in one place. */
import type { Finding, FindingCode, Severity } from "./finding";
import { MAX_STATEMENT_SHEETS } from "./workbook-plan";

export interface FindingPlace {
  statement?: string | null;
  row?: number | null;
  column?: number | null;
  line?: number | null;
  text?: string | null;
  /** How many times the same thing happened, when one finding stands for several. */
  count?: number;
  /** For a check: the numbers that explain it, as exact decimal strings. */
  numbers?: CheckNumbers;
  /** For a carried difference: the part it comes from, as the message names it. */
  cause?: string;
}

export interface CheckNumbers {
  reported: string;
  computed: string;
  difference: string;
  tolerance: string;
}

const SEVERITY: Record<FindingCode, Severity> = {
  "input-empty": "error",
  "input-binary": "error",
  "no-tables": "warning",
  "line-too-long": "info",
  "table-line-unread": "warning",
  "page-footer-dropped": "info",
  "table-cut-off": "warning",
  "ambiguous-columns": "warning",
  "table-like-line-outside": "warning",
  "cell-not-figure": "warning",
  "figure-cut-off": "error",
  "header-not-period": "warning",
  "period-inferred": "info",
  "sum-mismatch": "error",
  "sum-rounding": "info",
  "link-mismatch": "error",
  "balance-mismatch": "error",
  "ratio-mismatch": "error",
  "per-share-mismatch": "error",
  "per-share-rounding": "info",
  "per-share-rounding-plug": "warning",
  "per-share-unsigned-zero": "info",
  "row-not-linked": "info",
  "carried-difference": "warning",
  "statements-without-sheet": "warning",
};

export function makeFinding(code: FindingCode, place: FindingPlace = {}): Finding {
  const finding: Finding = {
    code,
    severity: SEVERITY[code],
    message: "",
    statement: place.statement ?? null,
    row: place.row ?? null,
    column: place.column ?? null,
    line: place.line ?? null,
    text: place.text ?? null,
    reported: place.numbers?.reported ?? null,
    computed: place.numbers?.computed ?? null,
    difference: place.numbers?.difference ?? null,
    tolerance: place.numbers?.tolerance ?? null,
  };
  finding.message = renderFinding(finding, place.count, place.cause);
  return finding;
}

/** A decimal string with thousands separators: "-39230.5" gives "-39,230.5". */
function readable(value: string | null): string {
  if (value === null) return "?";
  const [whole = "", fraction] = value.split(".");
  const digits = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${whole.startsWith("-") ? "-" : ""}${digits}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** One plain sentence per finding. */
export function renderFinding(f: Finding, count = 1, cause?: string): string {
  const at = f.line === null ? "" : ` (line ${f.line})`;
  const quoted = f.text === null ? "" : ` "${f.text.trim().slice(0, 80)}"`;
  const label = f.text === null ? "This row" : `"${f.text.trim().slice(0, 80)}"`;
  const where = `${f.column === null ? "" : ` in column ${f.column + 1}`}${at}`;
  const [reported, computed, difference, tolerance] = [f.reported, f.computed, f.difference, f.tolerance].map(
    readable,
  );
  switch (f.code) {
    case "input-empty":
      return "The input is empty: there is nothing to read.";
    case "input-binary":
      return "The input is not text (it holds binary bytes); no tables were read from it.";
    case "no-tables":
      return "No financial tables were found in the input.";
    case "line-too-long":
      return count === 1
        ? `1 line is over 2,000 characters long${at}; one with few chunks is read as a row, one with many as prose.`
        : `${count} lines are over 2,000 characters long${at}; one with few chunks is read as a row, one with many as prose.`;
    case "table-line-unread":
      return `A line inside a table is too long and too broken up to read as a row, so the table is incomplete: its figures are missing${at}:${quoted}.`;
    case "page-footer-dropped":
      return `A page footer inside a table was left out of the table${at}:${quoted}.`;
    case "table-cut-off":
      return `The table ends abruptly: the input stops in the middle of it${at}.`;
    case "ambiguous-columns":
      return `The figures of this line do not line up with the table's columns; each was put in the nearest free column${at}:${quoted}.`;
    case "table-like-line-outside":
      return `This line looks like a table row but is not inside any table${at}:${quoted}.`;
    case "cell-not-figure":
      return `A cell holds text that is not a figure${at}:${quoted}.`;
    case "figure-cut-off":
      return `A figure is malformed, probably cut off at the margin${at}:${quoted}.`;
    case "header-not-period":
      return `A column header names a period that could not be read${at}:${quoted}.`;
    case "period-inferred":
      return `A column's period length was not printed; it was taken from the matching statement${at}:${quoted}.`;
    case "sum-mismatch":
      return `${label} is reported as ${reported}${where}, but its parts add up to ${computed}: a difference of ${difference}.`;
    case "sum-rounding":
      return `${label} is reported as ${reported}${where} and its parts add up to ${computed}; the difference of ${difference} is within rounding (up to ${tolerance}).`;
    case "link-mismatch":
      return `${label} is reported as ${reported}${where}, but the line it restates gives ${computed}: a difference of ${difference}.`;
    case "balance-mismatch":
      return `The balance sheet does not balance${where}: ${label} is ${reported} but total assets are ${computed}, a difference of ${difference}.`;
    case "ratio-mismatch":
      return `${label} is printed as ${reported}%${where}, but the ratio of its rows gives ${computed}%: a difference of ${difference} points (more than the ${tolerance} that printing rounds away).`;
    case "per-share-mismatch":
      return `${label} is printed as ${reported} per share${where}, but income over weighted average shares gives ${computed}: a difference of ${difference}.`;
    case "per-share-rounding":
      return `${label} is printed as ${reported} per share${where}, where income over weighted average shares gives ${computed}; the income and share count are printed rounded, and within their rounding the printed figure is right.`;
    case "per-share-rounding-plug":
      return `${label} is printed as ${reported} per share${where}, where income over weighted average shares gives ${computed}; it was rounded so that the per-share lines add up (a rounding plug).`;
    case "per-share-unsigned-zero":
      return `${label} is printed as ${reported} per share${where} without the sign of the loss: income over weighted average shares gives ${computed}.`;
    case "carried-difference":
      return `${label} is reported as ${reported}${where} and agrees with its printed parts, but the live model computes ${computed} from the live parts: the difference of ${difference} comes from ${cause ?? "a part"} that differs from its printed figure.`;
    case "statements-without-sheet":
      return `A workbook holds at most ${MAX_STATEMENT_SHEETS} statement sheets: ${count} more ${count === 1 ? "statement has" : "statements have"} no sheet of their own; their figures are on the Source sheet, from the first of them${at}.`;
    case "row-not-linked":
      return `${label}${where} could not be linked to a line of the statement it reconciles, nor to a figure stated in a note.`;
  }
}
