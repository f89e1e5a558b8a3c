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

/** What a reconciliation or table is about, from its first figures' label: "Adjusted EBITDA" -> "EBITDA". */
const TOPICS: [RegExp, string][] = [
  [/ebitda/i, "EBITDA"],
  [/gross (margin|profit)/i, "GM"],
  [/operating (income|loss|profit)/i, "OI"],
  [/free cash flow/i, "FCF"],
  [/net (income|loss|earnings)|earnings per share/i, "NI"],
  [/revenue|sales/i, "Rev"],
];

function topicOf(statement: Statement): string | null {
  const first = statement.rows.find((row) => row.cells.some((cell) => cell?.value != null));
  const label = first?.label ?? statement.title;
  return TOPICS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

/** `withTopic` adds what the table is about, to tell apart two tables of one kind and period. */
export function wantedSheetName(statement: Statement, withTopic = false): string {
  const topic = withTopic ? topicOf(statement) : null;
  const kind = topic === null ? SHORT[statement.kind] : `${SHORT[statement.kind]} ${topic}`;
  const period = statement.columns.find((column) => column.period?.end)?.period ?? null;
  const end = period?.end ?? null;
  if (period === null || end === null) {
    const title = statement.title.replace(/\s+/g, " ").trim();
    return statement.kind === "other" && title !== "" ? title : `${kind} ${statement.id.replace(/^s/, "")}`;
  }
  if (period.instant) return `${kind} ${end}`;
  if (period.months === 12)
    return statement.kind === "guidance" ? `${kind} FY${end.slice(0, 4)}` : `${kind} FY ${end.slice(0, 4)}`;
  if (period.months !== null) return `${kind} ${period.months}M ${end}`;
  if (period.weeks !== null) return `${kind} ${period.weeks}W ${end}`;
  return `${kind} ${end}`;
}
