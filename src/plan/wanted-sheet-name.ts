/**
 * The name a statement's sheet asks for: a short kind, then the period of its first column.
 *
 *   balance sheet at 2003-12-31                 -> "BS 2003-12-31"
 *   operations, 3 months ended 2003-12-31       -> "IS 3M 2003-12-31"
 *   operations, 12 months ended 2003-12-31      -> "IS FY 2003"
 *   reconciliation, 13 weeks ended 2004-07-03   -> "Recon 13W 2004-07-03"
 *   guidance for 2004                           -> "Guidance FY2004"
 */
import type { Statement, StatementKind } from "../model/statement";

const SHORT: Record<StatementKind, string> = {
  "balance-sheet": "BS",
  operations: "IS",
  "cash-flows": "CF",
  equity: "Equity",
  reconciliation: "Recon",
  guidance: "Guidance",
  segment: "Segments",
  statistics: "Stats",
  other: "Table",
};

export function wantedSheetName(statement: Statement): string {
  const kind = SHORT[statement.kind];
  const period = statement.columns.find((column) => column.period?.end)?.period ?? null;
  const end = period?.end ?? null;
  if (period === null || end === null) {
    const title = statement.title.replace(/\s+/g, " ").trim();
    return statement.kind === "other" && title !== "" ? title : `${kind} ${statement.id}`;
  }
  if (period.instant) return `${kind} ${end}`;
  if (period.months === 12)
    return statement.kind === "guidance" ? `${kind} FY${end.slice(0, 4)}` : `${kind} FY ${end.slice(0, 4)}`;
  if (period.months !== null) return `${kind} ${period.months}M ${end}`;
  if (period.weeks !== null) return `${kind} ${period.weeks}W ${end}`;
  return `${kind} ${end}`;
}
