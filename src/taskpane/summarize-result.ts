/**
 * What the preview shows of a converted exhibit: the statements with their periods, the findings
 * with errors first, and whether there is anything to write at all (an empty, binary or tableless
 * input has nothing, and says why).
 */
import type { Finding, Severity } from "../model/finding";
import type { InspectResult, StatementKind } from "../model/statement";
import { describeColumn } from "./describe-column";

export interface StatementSummary {
  id: string;
  title: string;
  kind: string;
  /** Source lines, 1-based: "lines 161-203". */
  lines: string;
  /** One entry per column ("3 months to 2003-12-31"). */
  periods: string[];
  rows: number;
}

export interface FindingSummary {
  /** Index into the result's findings (as `FindingCell.finding`). */
  index: number;
  severity: Severity;
  message: string;
  /** "line 256", or "" when the finding has no line. */
  place: string;
}

export interface ResultSummary {
  /** Why nothing can be written, in words for the user; null when there are statements to write. */
  blocked: string | null;
  statements: StatementSummary[];
  findings: FindingSummary[];
  counts: Record<Severity, number>;
}

const KIND_NAMES: Record<StatementKind, string> = {
  "balance-sheet": "balance sheet",
  operations: "statement of operations",
  "cash-flows": "cash flows",
  equity: "equity",
  reconciliation: "reconciliation",
  guidance: "guidance",
  segment: "segments",
  statistics: "statistics",
  other: "other table",
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * True when the text is an HTML page rather than plain text (SGML exhibits also use `<TABLE>`,
 * `<S>` and `<C>` tags, so those do not count):
 *
 *   <tr><td style="...">Net sales</td><td>$</td><td>21,454</td></tr>
 */
export function isHtmlPage(text: string): boolean {
  return /<(html|body|div|tr|td|font|span)\b[^>]*>/i.test(text.slice(0, 1_000_000));
}

/** Why an input that holds nothing to write cannot be written, or null when it can. */
function findBlock(result: InspectResult, text: string): string | null {
  const codes = new Set(result.findings.map((finding) => finding.code));
  if (codes.has("input-empty"))
    return "The exhibit is empty. Paste an exhibit's text, or open a .txt or .htm file.";
  if (codes.has("input-binary")) {
    return "This is not a text file: it holds binary bytes. Open the exhibit as plain text (a .txt file), or paste its text.";
  }
  if ((codes.has("no-tables") || result.statements.length === 0) && isHtmlPage(text)) {
    return "No tables of figures were found in this HTML page (only text, images or layout). Is it the exhibit with the statements (EX-99.1)?";
  }
  if (codes.has("no-tables") || result.statements.length === 0) {
    return "No financial tables were found in this text, so there is nothing to write. Is it the exhibit with the statements (EX-99.1)?";
  }
  return null;
}

function summarizeFinding(finding: Finding, index: number): FindingSummary {
  return {
    index,
    severity: finding.severity,
    message: finding.message,
    place: finding.line === null ? "" : `line ${finding.line}`,
  };
}

/** `text` is the exhibit the result was read from. */
export function summarizeResult(result: InspectResult, text: string): ResultSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of result.findings) counts[finding.severity]++;
  const findings = result.findings
    .map(summarizeFinding)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.index - b.index);
  return {
    blocked: findBlock(result, text),
    statements: result.statements.map((statement) => ({
      id: statement.id,
      title: statement.title,
      kind: KIND_NAMES[statement.kind],
      lines: `lines ${statement.lines[0]}-${statement.lines[1]}`,
      periods: statement.columns.map(describeColumn),
      rows: statement.rows.length,
    })),
    findings,
    counts,
  };
}
