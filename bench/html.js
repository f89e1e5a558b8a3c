"use strict";
/**
 * Times HTML exhibits: each of ../shared/exhibits/html through the whole pipeline (read,
 * interpret, infer, check) in a warm process, and a cold `crossfoot convert` of Oracle FY2022's
 * 1.8 MB exhibit. Targets: the pipeline on Oracle FY2022 within 300 ms warm, the cold convert
 * within 1.5 s. Reported, never enforced.
 *
 *   const { benchHtml, formatHtmlBench } = require("./html");
 *   node bench/html.js [--json]       the same, on its own
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const DIST = path.resolve(__dirname, "../dist");
const HTML = path.resolve(__dirname, "../../shared/exhibits/html");
const BIN = path.resolve(__dirname, "../bin/crossfoot.js");
const ORACLE = "004_oracle-fy2022q4.htm";
const TARGETS = { pipelineMs: 300, coldConvertMs: 1500 };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeMs(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function benchHtml() {
  if (!fs.existsSync(HTML)) return { exhibits: [], coldConvertMs: null, targets: TARGETS };
  const { convertExhibit } = require(path.join(DIST, "convert-exhibit.js"));
  const exhibits = fs
    .readdirSync(HTML)
    .filter((f) => /\.html?$/.test(f))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(HTML, name), "latin1");
      for (let i = 0; i < 2; i++) convertExhibit(text, { name });
      const runs = Array.from({ length: 5 }, () => timeMs(() => convertExhibit(text, { name })));
      const result = convertExhibit(text, { name });
      return {
        name,
        bytes: Buffer.byteLength(text, "latin1"),
        pipelineMs: median(runs),
        statements: result.statements.length,
        errors: result.findings.filter((f) => f.severity === "error").length,
      };
    });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-html-bench-"));
  const cold = Array.from({ length: 3 }, () => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, [BIN, "convert", path.join(HTML, ORACLE), "-o", path.join(dir, "o.xlsx")]);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return { exhibits, coldConvertMs: median(cold), targets: TARGETS };
}

function formatHtmlBench(result) {
  const out = ["HTML exhibits (whole pipeline, warm, median of 5):"];
  for (const e of result.exhibits) {
    const target =
      e.name === ORACLE
        ? ` (target ${result.targets.pipelineMs} ms: ${e.pipelineMs <= result.targets.pipelineMs ? "met" : "MISSED"})`
        : "";
    out.push(
      `  ${e.name.padEnd(32)} ${(e.bytes / 1024).toFixed(0).padStart(6)} KB  ${e.pipelineMs.toFixed(1).padStart(8)} ms${target}  ${e.statements} statements, ${e.errors} errors`,
    );
  }
  if (result.coldConvertMs !== null)
    out.push(
      `  crossfoot convert ${ORACLE}, cold: ${result.coldConvertMs.toFixed(0)} ms (target ${result.targets.coldConvertMs} ms: ${result.coldConvertMs <= result.targets.coldConvertMs ? "met" : "MISSED"})`,
    );
  return out.join("\n") + "\n";
}

module.exports = { benchHtml, formatHtmlBench };

if (require.main === module) {
  const result = benchHtml();
  process.stdout.write(
    process.argv.includes("--json") ? JSON.stringify(result) + "\n" : formatHtmlBench(result),
  );
}
