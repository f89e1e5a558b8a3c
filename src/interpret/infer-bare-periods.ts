/** Gives bare-dated columns of flow statements the period length of the statement they restate. */
import type { Finding } from "../model/finding";
import { makeFinding } from "../model/make-finding";
import type { Statement } from "../model/statement";

/**
 * A reconciliation headed only "December 31, 2003" restates a duration, not an instant: the
 * operations statement with the same end dates says how long it is.
 *
 *   RECONCILIATION TO GAAP    December 31, 2003   September 30, 2003   <- bare dates
 *   STATEMENT OF OPERATIONS   THREE MONTHS ENDED  THREE MONTHS ENDED   <- same ends: 3 months
 *
 * The source is the operations statement whose columns end on the same dates, in the same
 * order; its basis ("Reorganized", "Predecessor") comes along for every column.
 */
export function inferBarePeriods(
  statements: Statement[],
  bareDates: readonly boolean[][],
  findings: Finding[],
): void {
  const operations = new Map<string, Statement>();
  for (const s of statements)
    if (s.kind === "operations" && !operations.has(endsOf(s))) operations.set(endsOf(s), s);
  statements.forEach((statement, k) => {
    const bare = bareDates[k] ?? [];
    if (statement.kind === "balance-sheet" || statement.kind === "operations") return;
    const source = statement.columns.every((c) => c.period?.end)
      ? operations.get(endsOf(statement))
      : undefined;
    statement.columns.forEach((column, i) => {
      const from = source?.columns[i];
      if (from && !bare[i]) column.basis = column.basis ?? from.basis;
      if (!bare[i] || !column.period) return;
      if (from?.period) {
        column.period = { ...from.period };
        column.basis = column.basis ?? from.basis;
        findings.push(
          makeFinding("period-inferred", {
            statement: statement.id,
            column: i,
            line: statement.lines[0],
            text: column.header,
          }),
        );
      } else if (statement.kind !== "other") {
        column.period = { ...column.period, instant: false };
      }
    });
  });
}

/** The column end dates in order: "2003-12-31|2003-09-30|2002-12-31". */
function endsOf(s: Statement): string {
  return s.columns.map((c) => c.period?.end ?? "?").join("|");
}
