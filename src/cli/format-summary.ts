/** Renders what `crossfoot inspect` found as a readable summary, one block per statement. */
import type { Period } from "../model/period";
import { plural } from "../model/plural";
import type { InspectResult, Statement } from "../model/statement";
import { formatRelations } from "./format-relations";

export function formatSummary(result: InspectResult): string {
  const out: string[] = [];
  const { statements, relations, findings } = result;
  out.push(
    `${result.source.name}: ${plural(result.source.lines, "line")}, ${plural(statements.length, "statement")}, ${plural(findings.length, "finding")}`,
  );
  for (const s of statements) {
    out.push("");
    const where = s.document ? `${s.document}, ` : "";
    out.push(`${s.id}  ${s.title}  [${s.kind}]  (${where}lines ${s.lines[0]}-${s.lines[1]})`);
    out.push(`    scale: ${describeScale(s)}; ${s.rows.length} rows, ${countFigures(s)} figures`);
    s.columns.forEach((c, i) => {
      const extra = [c.basis, c.scenario, c.role !== "period" ? c.role : null].filter(Boolean).join(", ");
      out.push(
        `    column ${i + 1}: ${describePeriod(c.period)}${extra ? ` (${extra})` : ""}  | ${c.header || "(no header)"}`,
      );
    });
    const lines = formatRelations(statements, s, relations, findings);
    if (lines.length > 0) out.push("    relations:", ...lines.map((line) => `      ${line}`));
    const own = findings.filter((f) => f.statement === s.id);
    for (const f of own) out.push(`    ${f.severity}: ${f.message}`);
  }
  const general = findings.filter((f) => f.statement === null);
  if (general.length > 0) {
    out.push("", "Findings:");
    for (const f of general) out.push(`  ${f.severity}: ${f.message}`);
  }
  return out.join("\n") + "\n";
}

function describeScale(s: Statement): string {
  const names: Record<number, string> = {
    1: "units",
    1000: "thousands",
    1000000: "millions",
    1000000000: "billions",
  };
  return names[s.scale] ?? String(s.scale);
}

function countFigures(s: Statement): number {
  return s.rows.reduce((n, r) => n + r.cells.filter((c) => c !== null).length, 0);
}

export function describePeriod(p: Period | null): string {
  if (p === null) return "no period";
  if (p.instant) return `at ${p.end ?? "?"}`;
  const length = p.months !== null ? `${p.months} months` : p.weeks !== null ? `${p.weeks} weeks` : null;
  if (p.start !== null && p.end !== null) return `${p.start} to ${p.end}${length ? ` (${length})` : ""}`;
  return `${length ?? "period"} ending ${p.end ?? "?"}`;
}
