/**
 * The few lines `crossfoot convert` prints on stderr for one exhibit: what was written, the counts
 * of findings by severity, then each error and warning (at most `MAX_LISTED` of them).
 *
 *   mpower-2003q4.txt -> mpower-2003q4.xlsx: 5 statements, 8 findings (0 errors, 1 warning, 7 info)
 *     warning, line 256: "Income (Loss) from Discontinued Operations" is printed as -0.44 per share ...
 */
import type { Finding, Severity } from "../model/finding";
import { plural } from "../model/plural";
import type { InspectResult } from "../model/statement";

export const MAX_LISTED = 10;

export function summarizeFindings(result: InspectResult, output: string): string {
  const count = (severity: Severity): number => result.findings.filter((f) => f.severity === severity).length;
  const lines = [
    `${result.source.name} -> ${output}: ${plural(result.statements.length, "statement")}, ` +
      `${plural(result.findings.length, "finding")} (${plural(count("error"), "error")}, ` +
      `${plural(count("warning"), "warning")}, ${count("info")} info)`,
  ];
  const listed = result.findings.filter((f) => f.severity !== "info");
  for (const finding of listed.slice(0, MAX_LISTED)) lines.push(`  ${describeFinding(finding)}`);
  if (listed.length > MAX_LISTED)
    lines.push(`  ... and ${listed.length - MAX_LISTED} more (see the Checks sheet, or --json)`);
  return lines.map(printable).join("\n") + "\n";
}

/** Exhibit text and file names quoted on stderr must not drive the terminal (escape sequences). */
function printable(line: string): string {
  return line.replace(/\p{Cc}/gu, "\uFFFD");
}

function describeFinding(finding: Finding): string {
  const where = finding.line === null ? "" : `, line ${finding.line}`;
  return `${finding.severity}${where}: ${finding.message}`;
}
