#!/usr/bin/env node
"use strict";
/**
 * Times the read stage and the whole pipeline on every exhibit and on generated exhibits of 1 to 8 MB,
 * and the whole pipeline (read, interpret, infer, check) on the Mpower exhibits and on generated
 * statements of 500 to 4,000 rows; then the Office writer through the recording host (batches,
 * bytes, plan + write time), `crossfoot convert` beside LibreOffice's own text import, and the task
 * pane in headless Chromium (initial JavaScript gzipped, load to interactive); and `crossfoot convert`
 * of a generated 8 MB exhibit, its time and peak memory.
 *
 *   node bench/run.js            a readable report
 *   node bench/run.js --json     the same figures as one JSON object
 *
 * Needs the compiled code (`npm run build`). Always exits 0 once it has run: targets are reported, not enforced.
 */
const fs = require("node:fs");
const path = require("node:path");
const { generateExhibitWithCount } = require("./generate-exhibit");
const { generateStatement } = require("./generate-statement");

const DIST = path.resolve(__dirname, "../dist");
const EXHIBITS = path.resolve(__dirname, "../../shared/exhibits/text");
const FIXTURES = path.resolve(__dirname, "../test/fixtures");

/** Runs per exhibit: untimed warm-up, then timed runs whose median is reported. */
const SMALL = { warmup: 10, runs: 31 };
const LARGE = { warmup: 1, runs: 5 };
/** Runs per generated statement. */
const STATEMENT = { warmup: 5, runs: 11 };
const MB = 1024 * 1024;
const TARGETS = { mpowerMs: 5, fiveMbMs: 1000, pipelineMs: 10, statementMs: 100 };
const SIZES_MB = [1, 2, 4, 8];
/** Rows of the generated statements: one total per ten rows (nine items and their total). */
const STATEMENT_ROWS = 500;
const GROWTH_ROWS = [1000, 2000, 4000];

// A reader that stops early (`node bench/run.js --json | head`) is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

function loadPipeline() {
  const convertPath = path.join(DIST, "convert-exhibit.js");
  const readPath = path.join(DIST, "read", "read-tables.js");
  if (!fs.existsSync(convertPath) || !fs.existsSync(readPath)) {
    process.stderr.write("bench: dist/ is missing or incomplete; run `npm run build` first.\n");
    process.exit(2);
  }
  const { interpretTables } = require(path.join(DIST, "interpret", "interpret-tables.js"));
  const { readTables } = require(readPath);
  return {
    convertExhibit: require(convertPath).convertExhibit,
    readTables,
    // the reader's targets (read + interpret); the pipeline section times the whole of convertExhibit
    readAndInterpret: (text) => interpretTables(readTables(text).tables),
  };
}

/** Best and median wall time of `fn` in milliseconds, after untimed warm-up runs. */
function timeRuns(fn, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return { best: times[0], median: times.length % 2 === 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2 };
}

/** Median wall time of `fn` in milliseconds, after untimed warm-up runs. */
function timeMedian(fn, options) {
  return timeRuns(fn, options).median;
}

function listExhibits() {
  const files = [];
  for (const dir of [EXHIBITS, FIXTURES]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith(".txt"))
        files.push({ name: dir === FIXTURES ? `fixtures/${name}` : name, file: path.join(dir, name) });
    }
  }
  return files;
}

function megabytesPerSecond(bytes, ms) {
  return bytes / MB / (ms / 1000);
}

function round(n, places = 3) {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

/** Untimed passes over every exhibit first, so that the first one timed does not pay for the JIT. */
function warmUp(pipeline, exhibits) {
  for (let pass = 0; pass < 5; pass++) {
    for (const { name, text } of exhibits) {
      pipeline.readTables(text);
      pipeline.convertExhibit(text, { name });
    }
  }
  pipeline.convertExhibit(generateExhibitWithCount(MB).text, { name: "warm-up" });
}

function benchExhibits(pipeline) {
  const texts = listExhibits().map((e) => ({ ...e, text: fs.readFileSync(e.file, "utf8") }));
  warmUp(pipeline, texts);
  const exhibits = texts.map(({ name, text }) => {
    const bytes = Buffer.byteLength(text, "utf8");
    const readMs = timeMedian(() => pipeline.readTables(text), SMALL);
    const totalMs = timeMedian(() => pipeline.readAndInterpret(text), SMALL);
    const statements = pipeline.convertExhibit(text, { name }).statements.length;
    return {
      name,
      kb: round(bytes / 1024, 1),
      statements,
      readMs: round(readMs),
      totalMs: round(totalMs),
      mbPerSec: round(megabytesPerSecond(bytes, totalMs), 2),
    };
  });
  return { exhibits, texts };
}

function benchGenerated(pipeline, megabytes) {
  const { text, tables } = generateExhibitWithCount(megabytes * MB);
  const readMs = timeMedian(() => pipeline.readTables(text), LARGE);
  const totalMs = timeMedian(() => pipeline.readAndInterpret(text), LARGE);
  return {
    mb: megabytes,
    tables,
    readMs: round(readMs),
    totalMs: round(totalMs),
    msPerMb: round(totalMs / megabytes),
    mbPerSec: round(megabytesPerSecond(text.length, totalMs), 2),
  };
}

/** convertExhibit (read, interpret, infer, check) on each distinct Mpower exhibit. */
function benchPipelineMpower(pipeline, exhibits) {
  const seen = new Set();
  return exhibits
    .filter((e) => /^mpower/i.test(path.basename(e.name)))
    .filter((e) => !seen.has(e.text) && seen.add(e.text))
    .map(({ name, text }) => {
      const { best, median } = timeRuns(() => pipeline.convertExhibit(text, { name }), SMALL);
      return {
        name: path.basename(name),
        bestMs: round(best),
        medianMs: round(median),
        targetMs: TARGETS.pipelineMs,
        ok: median < TARGETS.pipelineMs,
      };
    });
}

/** convertExhibit on a generated statement of `rows` rows of figures, one total per ten rows. */
function benchStatement(pipeline, rows) {
  const { text, totals } = generateStatement({ sections: rows / 10, items: 9 });
  const name = `statement-${rows}-rows`;
  const { best, median } = timeRuns(() => pipeline.convertExhibit(text, { name }), STATEMENT);
  const found = pipeline
    .convertExhibit(text, { name })
    .relations.filter((r) => r.kind === "sum" && r.misses.length === 0 && r.near.length === 0).length;
  return {
    rows,
    totals: totals.length,
    totalsFound: found,
    bestMs: round(best),
    medianMs: round(median),
    msPer100Rows: round((median * 100) / rows),
  };
}

function benchPipeline(pipeline, exhibits) {
  const mpower = benchPipelineMpower(pipeline, exhibits);
  const statement = benchStatement(pipeline, STATEMENT_ROWS);
  const sizes = GROWTH_ROWS.map((rows) => benchStatement(pipeline, rows));
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  return {
    runs: { small: SMALL, statement: STATEMENT },
    mpower,
    statement: { ...statement, targetMs: TARGETS.statementMs, ok: statement.medianMs < TARGETS.statementMs },
    growth: {
      sizes,
      /** 1 for perfectly linear time; well above 1 means worse than linear. */
      ratio4000To4x1000: round(last.medianMs / ((last.rows / first.rows) * first.medianMs)),
      /** The same on the best runs, which a busy machine disturbs less. */
      ratio4000To4x1000Best: round(last.bestMs / ((last.rows / first.rows) * first.bestMs)),
    },
  };
}

function runBench() {
  const pipeline = loadPipeline();
  const { exhibits, texts } = benchExhibits(pipeline);
  const mpower = exhibits
    .filter((e) => /^mpower/i.test(path.basename(e.name)))
    .map((e) => ({
      name: e.name,
      totalMs: e.totalMs,
      targetMs: TARGETS.mpowerMs,
      ok: e.totalMs < TARGETS.mpowerMs,
    }));
  // The small pipeline timings first, before the megabyte runs leave a large heap to collect.
  const pipelineTimes = benchPipeline(pipeline, texts);
  const five = benchGenerated(pipeline, 5);
  const growth = SIZES_MB.map((mb) => benchGenerated(pipeline, mb));
  const first = growth[0];
  const last = growth[growth.length - 1];
  return {
    node: process.version,
    cpus: require("node:os").cpus().length,
    runs: { small: SMALL, large: LARGE },
    exhibits,
    targets: {
      mpower,
      fiveMb: {
        totalMs: five.totalMs,
        readMs: five.readMs,
        targetMs: TARGETS.fiveMbMs,
        ok: five.totalMs < TARGETS.fiveMbMs,
      },
    },
    growth: {
      sizes: growth,
      /** 1 for perfectly linear time; well above 1 means worse than linear. */
      ratio8To8x1: round(last.totalMs / ((last.mb / first.mb) * first.totalMs)),
    },
    pipeline: pipelineTimes,
  };
}

function verdict(ok) {
  return ok ? "ok" : "over target";
}

function formatReport(r) {
  const out = [];
  const num = (n, width, places = 3) => n.toFixed(places).padStart(width);
  out.push(
    `Crossfoot bench (node ${r.node}, ${r.cpus} CPUs; median of ${r.runs.small.runs} runs, ${r.runs.large.runs} for generated)`,
  );
  out.push("");
  out.push(
    `${"exhibit".padEnd(30)} ${"KB".padStart(7)} ${"tables".padStart(6)} ${"read ms".padStart(10)} ${"read+interpret ms".padStart(18)} ${"MB/s".padStart(8)}`,
  );
  for (const e of r.exhibits) {
    out.push(
      `${e.name.padEnd(30)} ${num(e.kb, 7, 1)} ${String(e.statements).padStart(6)} ${num(e.readMs, 10)} ${num(e.totalMs, 18)} ${num(e.mbPerSec, 8, 2)}`,
    );
  }
  out.push("");
  out.push("Targets");
  for (const m of r.targets.mpower) {
    out.push(`  ${m.name}: ${m.totalMs.toFixed(3)} ms (target < ${m.targetMs} ms) ${verdict(m.ok)}`);
  }
  const f = r.targets.fiveMb;
  out.push(
    `  generated 5 MB: ${f.totalMs.toFixed(3)} ms (read ${f.readMs.toFixed(3)} ms; target < ${f.targetMs} ms) ${verdict(f.ok)}`,
  );
  out.push("");
  out.push("Growth (generated exhibits)");
  out.push(
    `${"  size".padEnd(8)} ${"tables".padStart(6)} ${"read ms".padStart(12)} ${"read+interpret ms".padStart(18)} ${"ms/MB".padStart(10)} ${"MB/s".padStart(8)}`,
  );
  for (const g of r.growth.sizes) {
    out.push(
      `${`  ${g.mb} MB`.padEnd(8)} ${String(g.tables).padStart(6)} ${num(g.readMs, 12)} ${num(g.totalMs, 18)} ${num(g.msPerMb, 10)} ${num(g.mbPerSec, 8, 2)}`,
    );
  }
  out.push(`  time(8 MB) / (8 x time(1 MB)) = ${r.growth.ratio8To8x1.toFixed(3)} (1.000 is linear)`);
  out.push("");
  const p = r.pipeline;
  out.push(
    `Pipeline: read + interpret + infer + check (convertExhibit; best and median of ${p.runs.small.runs} runs, ${p.runs.statement.runs} for statements)`,
  );
  for (const m of p.mpower) {
    out.push(
      `  ${m.name}: best ${m.bestMs.toFixed(3)} ms, median ${m.medianMs.toFixed(3)} ms (target < ${m.targetMs} ms) ${verdict(m.ok)}`,
    );
  }
  const s = p.statement;
  out.push(
    `  statement of ${s.rows} rows, ${s.totals} totals: best ${s.bestMs.toFixed(3)} ms, median ${s.medianMs.toFixed(3)} ms (target < ${s.targetMs} ms) ${verdict(s.ok)}; ${s.totalsFound} of ${s.totals} totals found`,
  );
  out.push(
    `${"  rows".padEnd(8)} ${"totals found".padStart(13)} ${"best ms".padStart(10)} ${"median ms".padStart(10)} ${"ms/100 rows".padStart(12)}`,
  );
  for (const g of p.growth.sizes) {
    out.push(
      `${`  ${g.rows}`.padEnd(8)} ${`${g.totalsFound}/${g.totals}`.padStart(13)} ${num(g.bestMs, 10)} ${num(g.medianMs, 10)} ${num(g.msPer100Rows, 12)}`,
    );
  }
  out.push(
    `  time(4000 rows) / (4 x time(1000 rows)) = ${p.growth.ratio4000To4x1000.toFixed(3)} (best runs: ${p.growth.ratio4000To4x1000Best.toFixed(3)}; 1.000 is linear)`,
  );
  return out.join("\n") + "\n";
}

/** The benchmarks of the workbook writers and the task pane, each in its own module. */
async function runWriterBenches() {
  const { runExcelWriterBench, formatExcelWriterBench } = require("./excel-writer");
  const { benchConvertVsLibreOffice, formatConvertVsLibreOffice } = require("./convert-vs-libreoffice");
  const { benchTaskpane, formatTaskpaneBench } = require("./taskpane");
  const { benchConvertSize, formatConvertSize } = require("./convert-size");
  const { benchHtml, formatHtmlBench } = require("./html");
  const html = benchHtml();
  const convertSize = benchConvertSize();
  const excelWriter = await runExcelWriterBench();
  const convertVsLibreOffice = await benchConvertVsLibreOffice();
  const taskpane = await benchTaskpane();
  return {
    figures: { html, convertSize, excelWriter, convertVsLibreOffice, taskpane },
    text: [
      formatHtmlBench(html),
      formatConvertSize(convertSize),
      formatExcelWriterBench(excelWriter),
      formatConvertVsLibreOffice(convertVsLibreOffice),
      formatTaskpaneBench(taskpane),
    ].join("\n"),
  };
}

async function main() {
  const json = process.argv.includes("--json");
  const result = runBench();
  if (!json) process.stdout.write(formatReport(result) + "\n");
  const writers = await runWriterBenches();
  process.stdout.write(json ? JSON.stringify({ ...result, ...writers.figures }) + "\n" : writers.text);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
