/** Renders the read stage's tables as plain text for golden files: one line per row, cells in columns. */
import type { TextTable } from "../src/model/text-table";

export function renderTables(tables: readonly TextTable[]): string {
  const out: string[] = [];
  tables.forEach((t, i) => {
    out.push(`table ${i + 1}  lines ${t.firstLine}-${t.lastLine}  document ${t.document ?? "-"}`);
    for (const s of t.titleLines) out.push(`  title   ${s.line}: ${s.text}`);
    t.columns.forEach((c, k) => {
      const pieces = t.headers.filter((h) => h.columns.includes(k)).map((h) => h.text.trim());
      out.push(`  column ${k + 1} [${c.start}-${c.end}): ${pieces.join(" / ")}`);
    });
    for (const r of t.rows) {
      const label = r.kind === "rule" ? `(${r.rule} rule)` : `${" ".repeat(Math.min(r.indent, 8))}${r.label}`;
      const cells = r.cells.map((c) => (c ? c.text : "·").padStart(14)).join("");
      out.push(
        `  ${String(r.line).padStart(5)} ${r.kind.padEnd(8)} ${label.slice(0, 70).padEnd(70)}${r.kind === "values" ? cells : ""}`.trimEnd(),
      );
    }
    out.push("");
  });
  return out.join("\n");
}
