/**
 * The name a statement's sheet asks for: a short kind, then the period of its first column.
 *
 *   balance sheet at 2003-12-31                 -> "BS 2003-12-31"
 *   operations, 3 months ended 2003-12-31       -> "IS 3M 2003-12-31"
 *   operations, 12 months ended 2003-12-31      -> "IS FY 2003"
 *   reconciliation, 13 weeks ended 2004-07-03   -> "Recon 13W 2004-07-03"
 *   guidance for 2004                           -> "Guidance FY2004"
 *   a table titled "Domestic Retail Stores:"    -> "Domestic Retail Stores 2004-07-03"
 */
import type { Statement, StatementKind } from "../model/statement";
import { MAX_SHEET_NAME } from "./name-sheets";

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
  // a table of no known kind goes by its own title ("Pool Information"), when it has one
  const title = statement.title.replace(/\s+/g, " ").replace(/^[*\s]+|[:\s]+$/g, "");
  const named = statement.kind === "other" && title !== "" && !/^Table \d+$/.test(title);
  const kind = named ? title : topic === null ? SHORT[statement.kind] : `${SHORT[statement.kind]} ${topic}`;
  const period = statement.columns.find((column) => column.period?.end)?.period ?? null;
  const end = period?.end ?? null;
  if (period === null || end === null) return named ? kind : `${kind} ${statement.id.replace(/^s/, "")}`;
  const when = period.instant
    ? end
    : period.months === 12
      ? statement.kind === "guidance"
        ? `FY${end.slice(0, 4)}`
        : `FY ${end.slice(0, 4)}`
      : period.months !== null
        ? `${period.months}M ${end}`
        : period.weeks !== null
          ? `${period.weeks}W ${end}`
          : end;
  // a long title gives way to the period, which tells the sheets apart
  return `${kind.slice(0, Math.max(1, MAX_SHEET_NAME - when.length - 1)).trim()} ${when}`;
}
