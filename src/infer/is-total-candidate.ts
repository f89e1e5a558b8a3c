/**
 * Whether a row may be a total: a total's label, a row under a rule line, or the row that closes
 * an indented block.
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
  /^loss from\b/i,
  /^income from\b/i,
  /^\(loss\)\s*income (from|before)\b/i,
  /^income \(loss\) (from|before)\b/i,
  /^loss before\b/i,
  /^gross (margin|profit)\b/i,
  /^adjusted ebitda\b/i,
  /^adjusted gross margin\b/i,
];

export function isTotalLabel(label: string): boolean {
  return TOTAL_LABELS.some((pattern) => pattern.test(label.trim()));
}

export function isTotalCandidate(rows: readonly Row[], index: number): boolean {
  const row = rows[index];
  if (!row || row.unit !== "currency" || row.kind === "heading") return false;
  if (row.kind === "total" || isTotalLabel(row.label)) return true;
  const next = rows[index + 1];
  return row.depth > 0 && (next === undefined || next.depth < row.depth);
}
