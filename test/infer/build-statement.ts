/**
 * Small hand-made statements for the infer tests, written as text rows:
 *
 *   "Total current assets | 424254 | 137709"       an item or total, figures by column ("" for none)
 *   "  Cash | 25561 | 1876"                         two spaces of indent per depth level
 *   "Current assets:"                               a heading (no figures)
 *   "---" / ""                                      a rule line / a blank line in the source
 *
 * Rows are typed as the interpret stage types them: a row under a rule or named "Total" is a
 * "total", a row without figures a heading; the unit is given per row with a suffix
 * ("Net loss per share @per-share | -0.30"), currency by default.
 */
import type { Cell, Column, Row, RowUnit, Statement } from "../../src/model/statement";

export interface Built {
  statement: Statement;
  /** The source lines, index 0 holding line 1, rules and blank lines included. */
  lines: string[];
}

const period: Column = {
  header: "",
  period: null,
  basis: null,
  scenario: null,
  role: "period",
  measure: "amount",
};

function cell(value: string, line: number): Cell | null {
  if (value === "") return null;
  return { text: value, value: value === "-" ? "0" : value, line, start: 0, end: 1, formula: null };
}

export function buildStatement(
  text: readonly string[],
  options: { scale?: number; columns?: number } = {},
): Built {
  const lines: string[] = [];
  const rows: Row[] = [];
  let ruleAbove = false;
  let columns = options.columns ?? 0;
  for (const source of text) {
    if (source === "---") {
      lines.push("          ---------   ---------");
      ruleAbove = true;
      continue;
    }
    if (source.trim() === "") {
      lines.push("");
      continue;
    }
    lines.push(source);
    const line = lines.length;
    const [head = "", ...figures] = source.split("|").map((part) => part.trim());
    const indent = /^ */.exec(source)?.[0].length ?? 0;
    const [label = "", unitText] = head.split("@");
    const unit = (unitText?.trim() as RowUnit | undefined) ?? "currency";
    columns = Math.max(columns, figures.length);
    const cells = figures.map((figure) => cell(figure, line));
    const kind: Row["kind"] =
      figures.length === 0 ? "heading" : ruleAbove || /^totals?\b/i.test(label.trim()) ? "total" : "item";
    rows.push({ label: label.trim(), line, depth: Math.floor(indent / 2), unit, kind, cells });
    ruleAbove = false;
  }
  for (const row of rows) while (row.cells.length < columns) row.cells.push(null);
  const statement: Statement = {
    id: "s1",
    title: "Synthetic",
    kind: "operations",
    scale: options.scale ?? 1000,
    document: null,
    lines: [1, lines.length],
    columns: Array.from({ length: columns }, () => period),
    rows,
  };
  return { statement, lines };
}
