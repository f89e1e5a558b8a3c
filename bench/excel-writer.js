"use strict";
/**
 * Benchmarks the Office writer through the recording host (the genuine Excel client library in a
 * vm, answered from memory): for each Mpower exhibit and a generated exhibit ten times their size,
 * the read and write batches, the bytes sent, and the plan and write times.
 *
 *   const { runExcelWriterBench, formatExcelWriterBench } = require("./excel-writer");
 *   const figures = await runExcelWriterBench();          // an array, one entry per exhibit
 *   process.stdout.write(formatExcelWriterBench(figures)); // or JSON.stringify(figures)
 *
 * Needs the compiled code (`npm run build`). The recording host is test code in TypeScript: it is
 * compiled here on the fly with the project's TypeScript. Write times are the client library's
 * work plus the recorder's, not Excel's: they show the writer's own cost and how it grows.
 */
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");
const { generateExhibit } = require("./generate-exhibit");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const FIXTURES = path.join(ROOT, "test", "fixtures");
const MPOWER = ["mpower-2003q4.txt", "mpower-2004q2.txt"];
const RUNS = { small: { warmup: 1, runs: 5 }, large: { warmup: 1, runs: 3 } };

/** Loads a TypeScript module of this repository (the recording host), compiled in memory. */
function requireTypeScript(file) {
  const ts = require("typescript");
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
    fileName: file,
  });
  const loaded = { exports: {} };
  const nodeRequire = Module.createRequire(file);
  const localRequire = (request) => {
    if (request.startsWith(".")) {
      const target = path.resolve(path.dirname(file), request);
      if (fs.existsSync(`${target}.ts`)) return requireTypeScript(`${target}.ts`);
    }
    return nodeRequire(request);
  };
  localRequire.resolve = nodeRequire.resolve;
  new Function("exports", "require", "module", "__filename", "__dirname", outputText)(
    loaded.exports,
    localRequire,
    loaded,
    file,
    path.dirname(file),
  );
  return loaded.exports;
}

function loadCompiled(relative) {
  const file = path.join(DIST, relative);
  if (!fs.existsSync(file))
    throw new Error(`bench: ${path.relative(ROOT, file)} is missing; run \`npm run build\` first.`);
  return require(file);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function milliseconds(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * One exhibit through convert, plan and write, `runs` times after `warmup` untimed runs, each on a
 * fresh recording host with one sheet of the user's. Returns the figures of the last run and the
 * median times.
 */
async function benchExhibit(name, text, { warmup, runs }, modules) {
  const { convertExhibit, planWorkbook, writePlanToExcel, RecordingHost } = modules;
  const result = convertExhibit(text, { name });
  const planTimes = [];
  const writeTimes = [];
  let last = null;
  for (let i = 0; i < warmup + runs; i++) {
    const host = new RecordingHost();
    host.addSheet("Sheet1");
    let planMs = 0;
    const start = process.hrtime.bigint();
    const report = await writePlanToExcel((existing) => {
      const planStart = process.hrtime.bigint();
      const plan = planWorkbook(result, { text, existing, importedAt: null });
      planMs = milliseconds(planStart);
      return plan;
    });
    const totalMs = milliseconds(start);
    if (i >= warmup) {
      planTimes.push(planMs);
      writeTimes.push(totalMs - planMs);
    }
    last = { host, report };
  }
  const requests = last.host.requests;
  return {
    exhibit: name,
    characters: text.length,
    sheets: last.report.plan.sheets.length,
    readBatches: last.report.readBatches,
    writeBatches: last.report.writeBatches,
    requests: requests.length,
    bytesSent: requests.reduce((sum, request) => sum + request.bytes, 0),
    largestRequestBytes: Math.max(...requests.map((request) => request.bytes)),
    estimatedBytes: last.report.bytes,
    planMs: Number(median(planTimes).toFixed(2)),
    writeMs: Number(median(writeTimes).toFixed(2)),
  };
}

/** The figures for each Mpower exhibit and for a generated exhibit ten times the larger one's size. */
async function runExcelWriterBench() {
  const modules = {
    convertExhibit: loadCompiled("convert-exhibit.js").convertExhibit,
    planWorkbook: loadCompiled("plan/plan-workbook.js").planWorkbook,
    writePlanToExcel: loadCompiled("excel/write-plan-to-excel.js").writePlanToExcel,
    RecordingHost: requireTypeScript(path.join(ROOT, "test", "excel", "recording-host.ts")).RecordingHost,
  };
  const texts = MPOWER.map((name) => [name, fs.readFileSync(path.join(FIXTURES, name), "utf8")]);
  const figures = [];
  for (const [name, text] of texts) figures.push(await benchExhibit(name, text, RUNS.small, modules));
  const size = 10 * Math.max(...texts.map(([, text]) => text.length));
  const generated = generateExhibit(size);
  figures.push(
    await benchExhibit(`generated ${Math.round(size / 1024)} KB (10x)`, generated, RUNS.large, modules),
  );
  return figures;
}

function formatExcelWriterBench(figures) {
  const lines = ["Office writer through the recording host (genuine office-js, answered from memory):"];
  for (const f of figures) {
    lines.push(
      `  ${f.exhibit}: ${f.sheets} sheets; ${f.readBatches} read + ${f.writeBatches} write batch(es); ` +
        `${(f.bytesSent / 1024).toFixed(1)} KB sent (largest request ${(f.largestRequestBytes / 1024).toFixed(1)} KB, ` +
        `estimated ${(f.estimatedBytes / 1024).toFixed(1)} KB); plan ${f.planMs} ms, write ${f.writeMs} ms`,
    );
  }
  return lines.join("\n") + "\n";
}

module.exports = { runExcelWriterBench, formatExcelWriterBench };

if (require.main === module) {
  runExcelWriterBench().then(
    (figures) =>
      process.stdout.write(
        process.argv.includes("--json") ? JSON.stringify(figures) + "\n" : formatExcelWriterBench(figures),
      ),
    (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    },
  );
}
