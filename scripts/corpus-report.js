#!/usr/bin/env node
"use strict";
/**
 * Reports, per exhibit of the shared corpus, how many total-looking rows have a confirmed sum
 * formula, the links made, and the findings by code; then the corpus-wide rate and false mismatches.
 *
 *   node scripts/corpus-report.js            a readable report
 *   node scripts/corpus-report.js --json     the same figures as one JSON object
 *
 * A row looks like a total when it has a sum relation, or when the layout says so: a currency row
 * with figures that is named "Total ...", or sits under a rule line below other figures with a
 * total's wording (`isTotalLabel`). Lines that only read like totals ("Net
 * Income Available to Common" in a summary of subsidiaries, with no rule and no parts printed) are
 * reported measures, not totals. Needs the compiled code (`npm run build`).
 */
const fs = require("node:fs");
const path = require("node:path");

const DIST = path.resolve(__dirname, "../dist");
const EXHIBITS = path.resolve(__dirname, "../../shared/exhibits/text");

/** Codes raised by the check stage (sum-*, link-*, balance-*, ratio-*, per-share-*, row-not-linked); those of severity "error" are mismatches. */
const CHECK_CODE = /^(?:sum|link|balance|ratio|per-share)-|^row-not-linked$/;

// A reader that stops early (`node scripts/corpus-report.js | head`) is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

function load() {
  const convertPath = path.join(DIST, "convert-exhibit.js");
  const totalPath = path.join(DIST, "infer", "is-total-candidate.js");
  if (!fs.existsSync(convertPath) || !fs.existsSync(totalPath)) {
    process.stderr.write("corpus-report: dist/ is missing or incomplete; run `npm run build` first.\n");
    process.exit(2);
  }
  return {
    convertExhibit: require(convertPath).convertExhibit,
    isTotalLabel: require(totalPath).isTotalLabel,
    isTotalCandidate: require(totalPath).isTotalCandidate,
  };
}

function percent(part, whole) {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}

function hasFigure(row) {
  return row.cells.some((cell) => cell !== null && cell.value !== null);
}

/** What else explains a row that has no sum: "link formula s2 r21", "ratio", "note line 120". */
function otherRelations(relations, statement, row) {
  return relations
    .filter((r) => r.statement === statement && r.row === row && r.kind !== "sum")
    .map((r) => {
      if (r.kind === "link") return `link ${r.role} ${r.target.statement} r${r.target.row}`;
      if (r.kind === "note") return `note line ${r.line}`;
      return r.kind;
    });
}

function reportExhibit(pipeline, name, text) {
  const result = pipeline.convertExhibit(text, { name });
  const sums = new Set(
    result.relations.filter((r) => r.kind === "sum").map((r) => `${r.statement}:${r.row}`),
  );
  const totals = [];
  for (const statement of result.statements) {
    statement.rows.forEach((row, index) => {
      const summed = sums.has(`${statement.id}:${index}`);
      const totalNamed = /^\s*total\b/i.test(row.label);
      const underRule =
        row.kind === "total" &&
        pipeline.isTotalLabel(row.label) &&
        pipeline.isTotalCandidate(statement.rows, index);
      const looksLikeTotal = row.unit === "currency" && hasFigure(row) && (totalNamed || underRule);
      if (!summed && !looksLikeTotal) return;
      totals.push({
        statement: statement.id,
        row: index,
        line: row.line,
        label: row.label,
        figures: row.cells.map((cell) => (cell === null ? null : cell.text)),
        confirmed: summed,
        other: summed ? [] : otherRelations(result.relations, statement.id, index),
      });
    });
  }
  const links = result.relations.filter((r) => r.kind === "link");
  const findings = {};
  for (const finding of result.findings) findings[finding.code] = (findings[finding.code] ?? 0) + 1;
  const mismatches = result.findings.filter((f) => f.severity === "error" && CHECK_CODE.test(f.code));
  const confirmed = totals.filter((t) => t.confirmed).length;
  return {
    name,
    statements: result.statements.length,
    totals: totals.length,
    confirmed,
    confirmedPercent: percent(confirmed, totals.length),
    links: {
      formula: links.filter((r) => r.role === "formula").length,
      check: links.filter((r) => r.role === "check").length,
      notes: result.relations.filter((r) => r.kind === "note").length,
    },
    findings,
    falseMismatches: mismatches.map((f) => ({
      code: f.code,
      statement: f.statement,
      row: f.row,
      column: f.column,
      line: f.line,
      message: f.message,
    })),
    unconfirmed: totals.filter((t) => !t.confirmed).map(({ confirmed: _, ...t }) => t),
  };
}

function runReport() {
  const pipeline = load();
  if (!fs.existsSync(EXHIBITS)) {
    process.stderr.write(`corpus-report: no exhibits at ${EXHIBITS}\n`);
    process.exit(2);
  }
  const exhibits = fs
    .readdirSync(EXHIBITS)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => reportExhibit(pipeline, name, fs.readFileSync(path.join(EXHIBITS, name), "latin1")));
  const totals = exhibits.reduce((n, e) => n + e.totals, 0);
  const confirmed = exhibits.reduce((n, e) => n + e.confirmed, 0);
  return {
    exhibits,
    corpus: {
      exhibits: exhibits.length,
      totals,
      confirmed,
      confirmedPercent: percent(confirmed, totals),
      falseMismatches: exhibits.reduce((n, e) => n + e.falseMismatches.length, 0),
    },
  };
}

function formatReport(r) {
  const out = [];
  for (const e of r.exhibits) {
    const rate = e.confirmedPercent === null ? "-" : `${e.confirmedPercent.toFixed(1)}%`;
    out.push(`${e.name}: ${e.statements} ${e.statements === 1 ? "statement" : "statements"}`);
    out.push(`  totals: ${e.confirmed} of ${e.totals} total-looking rows have a sum formula (${rate})`);
    out.push(`  links: ${e.links.formula} formula, ${e.links.check} check; notes: ${e.links.notes}`);
    const codes = Object.entries(e.findings).sort(([a], [b]) => a.localeCompare(b));
    out.push(
      `  findings: ${codes.length === 0 ? "none" : codes.map(([code, n]) => `${code} ${n}`).join(", ")}`,
    );
    for (const m of e.falseMismatches)
      out.push(`  mismatch ${m.code} ${m.statement} r${m.row} c${m.column}: ${m.message}`);
    if (e.unconfirmed.length > 0) out.push("  unconfirmed totals:");
    for (const t of e.unconfirmed) {
      const figures = t.figures.map((f) => f ?? "·").join(" | ");
      const other = t.other.length === 0 ? "" : `  [${t.other.join("; ")}]`;
      out.push(`    ${t.statement} r${t.row} (line ${t.line}) ${t.label}: ${figures}${other}`);
    }
    out.push("");
  }
  const c = r.corpus;
  const rate = c.confirmedPercent === null ? "-" : `${c.confirmedPercent.toFixed(1)}%`;
  out.push(
    `Corpus (${c.exhibits} exhibits): ${c.confirmed} of ${c.totals} total-looking rows have a sum formula (${rate}); ` +
      `${c.falseMismatches} error ${c.falseMismatches === 1 ? "finding" : "findings"} from the checks (false mismatches: the corpus is believed correct)`,
  );
  return out.join("\n") + "\n";
}

const report = runReport();
process.stdout.write(process.argv.includes("--json") ? JSON.stringify(report) + "\n" : formatReport(report));
