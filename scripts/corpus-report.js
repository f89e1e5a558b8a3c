#!/usr/bin/env node
"use strict";
/**
 * Reports, per exhibit of the shared corpus, the rows whose printed figures derive from other rows
 * (the arithmetic oracle in test/oracle, which shares no code with the infer stage), how many of
 * them carry a formula of Crossfoot's, and each of the others with a reason and the oracle's
 * combination; then the corpus-wide rate, the findings by code and every error finding.
 *
 *   node scripts/corpus-report.js            a readable report
 *   node scripts/corpus-report.js --json     the same figures as one JSON object
 *
 * Reads the plain-text exhibits, and the HTML ones when `--html` is given (until the HTML reader
 * lands they hold no statements). The TypeScript sources are transpiled on load: no build needed.
 */
const fs = require("node:fs");
const path = require("node:path");
require("./register-ts");

const ROOT = path.resolve(__dirname, "..");
const SHARED = path.resolve(ROOT, "../shared/exhibits");
const { convertExhibit } = require(path.join(ROOT, "src/convert-exhibit.ts"));
const { readInput } = require(path.join(ROOT, "src/cli/read-input.ts"));
const { measureCoverage, rate } = require(path.join(ROOT, "test/oracle/measure-coverage.ts"));

// A reader that stops early (`node scripts/corpus-report.js | head`) is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

function exhibitFiles() {
  const dirs = [["text", ".txt"], ...(process.argv.includes("--html") ? [["html", ".htm"]] : [])];
  return dirs.flatMap(([dir, ext]) => {
    const full = path.join(SHARED, dir);
    if (!fs.existsSync(full)) return [];
    return fs
      .readdirSync(full)
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => path.join(full, name));
  });
}

function reportExhibit(file) {
  const { name, text } = readInput(file);
  const result = convertExhibit(text, { name });
  const coverage = measureCoverage(result);
  const findings = {};
  for (const finding of result.findings) findings[finding.code] = (findings[finding.code] ?? 0) + 1;
  return {
    name,
    statements: result.statements.length,
    derivable: coverage.derivable,
    withFormula: coverage.withFormula,
    percent: rate(coverage.withFormula, coverage.derivable),
    findings,
    errors: result.findings
      .filter((f) => f.severity === "error")
      .map((f) => ({
        code: f.code,
        statement: f.statement,
        row: f.row,
        column: f.column,
        line: f.line,
        message: f.message,
      })),
    missing: coverage.rows.filter((r) => !r.formula).map(({ formula: _, ...r }) => r),
  };
}

function runReport() {
  const files = exhibitFiles();
  if (files.length === 0) {
    process.stderr.write(`corpus-report: no exhibits at ${SHARED}\n`);
    process.exit(2);
  }
  const exhibits = files.map(reportExhibit);
  const derivable = exhibits.reduce((n, e) => n + e.derivable, 0);
  const withFormula = exhibits.reduce((n, e) => n + e.withFormula, 0);
  const reasons = {};
  for (const e of exhibits) for (const m of e.missing) reasons[m.reason] = (reasons[m.reason] ?? 0) + 1;
  return {
    exhibits,
    corpus: {
      exhibits: exhibits.length,
      derivable,
      withFormula,
      percent: rate(withFormula, derivable),
      reasons,
      errors: exhibits.reduce((n, e) => n + e.errors.length, 0),
    },
  };
}

const pct = (p) => (p === null ? "-" : `${p.toFixed(1)}%`);

function formatReport(r) {
  const out = [];
  for (const e of r.exhibits) {
    out.push(`${e.name}: ${e.statements} statement(s)`);
    out.push(`  derivable rows: ${e.derivable}, with a formula: ${e.withFormula} (${pct(e.percent)})`);
    const codes = Object.entries(e.findings).sort(([a], [b]) => a.localeCompare(b));
    out.push(
      `  findings: ${codes.length === 0 ? "none" : codes.map(([code, n]) => `${code} ${n}`).join(", ")}`,
    );
    for (const f of e.errors)
      out.push(`  error ${f.code} ${f.statement ?? "-"} r${f.row ?? "-"} c${f.column ?? "-"}: ${f.message}`);
    for (const m of e.missing)
      out.push(
        `  ${m.reason}: ${m.statement} r${m.row} (line ${m.line}, ${m.unit}) ${m.label.slice(0, 60)}\n      oracle: ${m.oracle}`,
      );
    out.push("");
  }
  const c = r.corpus;
  const reasons = Object.entries(c.reasons).map(([reason, n]) => `${reason} ${n}`);
  out.push(
    `Corpus (${c.exhibits} exhibits): ${c.withFormula} of ${c.derivable} derivable rows have a formula (${pct(c.percent)})` +
      `${reasons.length === 0 ? "" : `; without: ${reasons.join(", ")}`}; ${c.errors} error finding(s)`,
  );
  return out.join("\n") + "\n";
}

const report = runReport();
process.stdout.write(process.argv.includes("--json") ? JSON.stringify(report) + "\n" : formatReport(report));
