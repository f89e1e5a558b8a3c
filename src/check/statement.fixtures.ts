/** Small hand-made statements for the checks' tests: one column, rows given as [label, unit, value]. */
import type { Row, RowUnit, Statement } from "../model/statement";

export function oneColumnStatement(rows: [string, RowUnit, string | null][], scale = 1000): Statement {
  return {
    id: "s1",
    title: "Statement of Operations",
    kind: "operations",
    scale,
    document: null,
    lines: [1, rows.length],
    columns: [
      { header: "2003", period: null, basis: null, scenario: null, role: "period", measure: "amount" },
    ],
    rows: rows.map(([label, unit, value], index): Row => ({
      label,
      line: index + 1,
      depth: 0,
      unit,
      kind: "item",
      cells: [
        value === null ? null : { text: value, value, line: index + 1, start: 60, end: 70, formula: null },
      ],
    })),
  };
}
