/** Gives bare-dated columns of flow statements the period length of the statement they restate, or of their trend of quarters. */
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
    if (statement.kind === "balance-sheet") return;
    if (statement.kind === "operations") {
      readTrend(statement, bare);
      return;
    }
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
    if (source === undefined && statement.kind !== "other") readTrend(statement, bare);
  });
}

/**
 * The bare dates of a flow statement are the ends of durations, not instants; where they are
 * successive quarter ends, a trend of quarters, each is three months long.
 *
 *   STATEMENT OF OPERATIONS   March 31   June 30   Sept. 30   Dec. 31, 1999   <- four quarters
 */
function readTrend(statement: Statement, bare: readonly boolean[]): void {
  const columns = statement.columns.filter((column, i) => bare[i] && column.period?.end);
  if (columns.length === 0) return;
  const ends = [...new Set(columns.map((column) => column.period?.end ?? ""))].sort();
  const months = ends.map(monthOf);
  const quarterly =
    ends.length >= 2 &&
    ends.every(isMonthEnd) &&
    months.every((month, i) => i === 0 || month - (months[i - 1] ?? 0) === 3);
  for (const column of columns) {
    const end = column.period?.end ?? "";
    const start = quarterly ? firstOfMonth(monthOf(end) - 2) : null;
    column.period = { start, end, months: quarterly ? 3 : null, weeks: null, instant: false };
  }
}

/** Months since year 0 of an ISO date. */
function monthOf(iso: string): number {
  const [year = "0", month = "1"] = iso.split("-");
  return Number(year) * 12 + Number(month) - 1;
}

function isMonthEnd(iso: string): boolean {
  const [year = "0", month = "1", day = "1"] = iso.split("-");
  return new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate() === Number(day);
}

function firstOfMonth(month: number): string {
  return `${String(Math.floor(month / 12)).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}-01`;
}

/** The column end dates in order: "2003-12-31|2003-09-30|2002-12-31". */
function endsOf(s: Statement): string {
  return s.columns.map((c) => c.period?.end ?? "?").join("|");
}
