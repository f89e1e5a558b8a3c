/**
 * The generated-layout properties: every derived row of a generated exhibit gets its formula and
 * no error is raised (A); with one printed figure changed, exactly one error, at that figure or at
 * the one total it is a term of (B). Each returns its failures as sentences (none when it holds).
 */
import type { Finding } from "../../src/model/finding";
import type { Relation } from "../../src/model/relation";
import type { InspectResult, Statement } from "../../src/model/statement";
import type { GenExhibit, GenRow } from "./build-exhibit";
import { buildExhibit } from "./build-exhibit";
import type { FeatureSet } from "./features";
import { makeRandom } from "./random";
import type { Random } from "./random";
import type { Rendered, RenderedTable } from "./render-exhibit";
import { renderExhibit } from "./render-exhibit";

export type Convert = (text: string, options: { name: string }) => InspectResult;

export interface Generated {
  seed: number;
  exhibit: GenExhibit;
  rendered: Rendered;
}

export function generate(seed: number, features: FeatureSet): Generated {
  const exhibit = buildExhibit(makeRandom(seed), features);
  return { seed, exhibit, rendered: renderExhibit(exhibit) };
}

/** The statement row printed on `line`, if any. */
function rowAt(result: InspectResult, line: number): { statement: Statement; row: number } | null {
  for (const statement of result.statements) {
    const row = statement.rows.findIndex((r) => r.line === line && r.cells.some((c) => c !== null));
    if (row >= 0) return { statement, row };
  }
  return null;
}

type Leaf = string;

/** A sum's terms as signed source lines, expanded through the generated sums: "+12", "-15". */
function expand(table: RenderedTable, lines: { line: number; sign: number }[]): Leaf[] {
  const byLine = new Map(table.rowLines.map((line, i) => [line, table.table.rows[i]]));
  const out: Leaf[] = [];
  const walk = (line: number, sign: number, depth: number): void => {
    const derive = byLine.get(line)?.derive;
    if (derive?.kind === "sum" && depth < 20) {
      for (const t of derive.terms) walk(table.rowLines[t.row] ?? -1, sign * t.sign, depth + 1);
    } else out.push(`${sign > 0 ? "+" : "-"}${line}`);
  };
  for (const { line, sign } of lines) walk(line, sign, 0);
  return out.sort();
}

const sameLeaves = (a: Leaf[], b: Leaf[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function lineOf(statement: Statement, row: number): number {
  return statement.rows[row]?.line ?? -1;
}

/** Why a generated derived row has no (equivalent) formula, or null when it has one. */
function missingFormula(table: RenderedTable, result: InspectResult, index: number): string | null {
  const gen = table.table.rows[index] as GenRow;
  const derive = gen.derive;
  const line = table.rowLines[index] ?? -1;
  if (derive === null) return null;
  const at = rowAt(result, line);
  const name = `line ${line} "${gen.label}"`;
  if (at === null) return `${name}: no statement row reads its figures`;
  const relations = result.relations.filter((r) => r.statement === at.statement.id && r.row === at.row);
  const s = at.statement;
  switch (derive.kind) {
    case "sum": {
      const want = expand(
        table,
        derive.terms.map((t) => ({ line: table.rowLines[t.row] ?? -1, sign: t.sign })),
      );
      const ok = relations.some(
        (r) =>
          r.kind === "sum" &&
          sameLeaves(
            expand(
              table,
              r.terms.map((t) => ({ line: lineOf(s, t.row), sign: t.sign * r.sign })),
            ),
            want,
          ),
      );
      return ok ? null : `${name}: no sum of ${want.join(" ")} (${describeRelations(s, relations)})`;
    }
    case "per-share": {
      const shares = table.rowLines[derive.shares];
      const ok = relations.some((r) => r.kind === "per-share" && lineOf(s, r.shares) === shares);
      return ok
        ? null
        : `${name}: no per-share relation over line ${shares} (${describeRelations(s, relations)})`;
    }
    case "ratio": {
      const [n, d] = [table.rowLines[derive.numerator], table.rowLines[derive.denominator]];
      const ok = relations.some(
        (r) => r.kind === "ratio" && lineOf(s, r.numerator) === n && lineOf(s, r.denominator) === d,
      );
      return ok ? null : `${name}: no ratio of line ${n} over line ${d} (${describeRelations(s, relations)})`;
    }
  }
}

function describeRelations(s: Statement, relations: Relation[]): string {
  if (relations.length === 0) return "no relation";
  return relations
    .map((r) =>
      r.kind === "sum"
        ? `sum ${r.terms.map((t) => `${t.sign * r.sign > 0 ? "+" : "-"}${lineOf(s, t.row)}`).join(" ")} misses [${r.misses.join(",")}]`
        : r.kind,
    )
    .join("; ");
}

const errors = (result: InspectResult): Finding[] => result.findings.filter((f) => f.severity === "error");

function describeFinding(result: InspectResult, f: Finding): string {
  const row = result.statements.find((s) => s.id === f.statement)?.rows[f.row ?? -1];
  return `${f.code} line ${row?.line ?? f.line ?? "-"} c${f.column ?? "-"} ${JSON.stringify(f.text)}`;
}

/** Property A: every derived row has its formula, and no error finding. */
export function checkClean(generated: Generated, convert: Convert): string[] {
  const result = convert(generated.rendered.text, { name: `generated-${generated.seed}` });
  const failures = errors(result).map((f) => `error finding: ${describeFinding(result, f)}`);
  for (const table of generated.rendered.tables)
    table.table.rows.forEach((_, i) => {
      const missing = missingFormula(table, result, i);
      if (missing !== null) failures.push(`no formula: ${missing}`);
    });
  return failures;
}

/** Rows of table `t` that are a term of exactly one derivation and of nothing else: a change there breaks one relation. */
function singleUseItems(rows: readonly GenRow[]): { row: number; total: number }[] {
  const uses = new Map<number, number[]>();
  rows.forEach((row, i) => {
    const d = row.derive;
    const parts =
      d === null
        ? []
        : d.kind === "sum"
          ? d.terms.map((t) => t.row)
          : d.kind === "ratio"
            ? [d.numerator, d.denominator]
            : [d.numerator, d.shares];
    for (const p of parts) uses.set(p, [...(uses.get(p) ?? []), d?.kind === "sum" ? i : -1]);
  });
  return [...uses]
    .filter(
      ([row, by]) =>
        by.length === 1 && (by[0] ?? -1) >= 0 && rows[row]?.derive === null && rows[row]?.unit === "amount",
    )
    .map(([row, by]) => ({ row, total: by[0] ?? -1 }));
}

export interface Injected {
  generated: Generated;
  /** Source lines where the one error may be reported (the changed figure's row and its total), and the column. */
  lines: number[];
  column: number;
  description: string;
}

/**
 * The exhibit with one item's figure moved by far more than rounding, re-rendered in the same
 * layout; null when no table has two period columns. With one column only, the changed figure
 * leaves no column where the total ties, so nothing in the figures says which rows it adds:
 *
 *   Interest expense, net     252,788  (was 252,134)
 *   Net income                323,559  <- no rule, one column: a sum, or just a line?
 *
 * Flagging it would be a guess; in a table of two columns or more, the others still tie.
 */
export function injectError(generated: Generated, random: Random): Injected | null {
  const exhibit = structuredClone(generated.exhibit);
  const all = exhibit.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
  const tables = all.filter((table) => table.periodHeaders.length >= 2);
  if (tables.length === 0) return null;
  const table = tables[random.int(0, tables.length - 1)];
  const t = table === undefined ? -1 : all.indexOf(table);
  const candidates = table === undefined ? [] : singleUseItems(table.rows);
  if (table === undefined || candidates.length === 0) return null;
  const { row, total } = random.pick(candidates);
  const values = table.rows[row]?.values;
  if (values === null || values === undefined) return null;
  const column = random.int(0, values.length - 1);
  const old = values[column] ?? 0n;
  const delta = BigInt(random.int(11, 999)) * (random.chance(0.5) ? 1n : -1n);
  values[column] = old + delta === 0n ? old + 2n * delta : old + delta;
  const rendered = renderExhibit(exhibit);
  const where = rendered.tables[t];
  if (where === undefined) return null;
  const lines = [where.rowLines[row] ?? -1, where.rowLines[total] ?? -1];
  return {
    generated: { seed: generated.seed, exhibit, rendered },
    lines,
    column,
    description: `line ${lines[0]} "${table.rows[row]?.label}" c${column}: ${old} -> ${values[column]}`,
  };
}

/** Property B: exactly one error finding, on the changed figure's row or its total, in its column. */
export function checkInjected(injected: Injected, convert: Convert): string[] {
  const result = convert(injected.generated.rendered.text, { name: `generated-${injected.generated.seed}` });
  const found = errors(result);
  const right = found.filter((f) => {
    const row = result.statements.find((s) => s.id === f.statement)?.rows[f.row ?? -1];
    return row !== undefined && injected.lines.includes(row.line) && f.column === injected.column;
  });
  if (found.length === 1 && right.length === 1) return [];
  return [
    `injected ${injected.description}: ${found.length} error finding(s), ${right.length} at lines ${injected.lines.join("/")} c${injected.column}` +
      (found.length === 0 ? "" : `: ${found.map((f) => describeFinding(result, f)).join("; ")}`),
  ];
}
