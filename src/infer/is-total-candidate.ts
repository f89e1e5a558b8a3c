/**
 * Whether a row may be a total: a total's label, a row under a rule line, or the row that closes
 * an indented block; never the first figures of a statement, nor a line that is an item whatever
 * its wording ("Income (Loss) from Discontinued Operations").
 *
 *   Prepaid Expenses and Other Current Assets       4,487
 *                                              ----------
 *   Total Current Assets                           53,001    <- rule above, label "Total"
 *   Loss from Continuing Operations                (2,118)   <- label only
 */
import type { Row } from "../model/statement";

/** Label openings that name a total or subtotal (case-insensitive). */
const TOTAL_LABELS: RegExp[] = [
  /^total\b/i,
  /^net\s/i,
  /^(?:operating )?loss from\b/i,
  /^(?:operating )?income from\b/i,
  /^\(loss\)\s*income (?:from|before)\b/i,
  /^income \(loss\) (?:from|before)\b/i,
  /^(?:earnings|income|loss|\(loss\)) before\b/i,
  /^gross (?:margin|profit)\b/i,
  /^adjusted ebitda\b/i,
  /^adjusted gross margin\b/i,
  /^ebitda\b/i,
  /^operating (?:income|loss|profit)\b/i,
];

/** Items whose wording reads like a total's. */
const ITEM_LABELS: RegExp[] = [/\bfrom discontinued operations\b/i, /^net (?:of|sales|revenues?)\b/i];

/** A label that opens with a loss: a positive figure on it may mean a negative result. */
const LOSS_LABEL = /^(?:net |operating )?loss(?:es)?\b/i;

/** Words that qualify a measure without changing what it totals: "Pro forma net loss", "Adjusted net income". */
const QUALIFIER = /^(?:pro[\s-]?forma|adjusted|non-gaap|core|comparable|recurring)\b[\s,:-]*/i;

export function isTotalLabel(label: string): boolean {
  const text = label.trim().replace(QUALIFIER, "");
  return (
    TOTAL_LABELS.some((pattern) => pattern.test(text)) && !ITEM_LABELS.some((pattern) => pattern.test(text))
  );
}

export function isLossLabel(label: string): boolean {
  return LOSS_LABEL.test(label.trim());
}

function hasFigures(row: Row): boolean {
  return row.unit === "currency" && row.kind !== "heading" && row.cells.some((cell) => cell?.value != null);
}

export function isTotalCandidate(rows: readonly Row[], index: number): boolean {
  const row = rows[index];
  if (!row || !hasFigures(row)) return false;
  if (!rows.slice(0, index).some(hasFigures)) return false;
  if (isTotalLabel(row.label)) return true;
  if (row.kind === "total") return true;
  const next = rows[index + 1];
  return row.depth > 0 && (next === undefined || next.depth < row.depth);
}
