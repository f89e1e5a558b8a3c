"use strict";
/**
 * Times `crossfoot convert` of each Mpower exhibit side by side with LibreOffice's own fixed-width
 * text import of the same file (`soffice --headless --convert-to xlsx`: static numbers, no
 * formulas), and gives the ratio (the target: Crossfoot at least 3 times faster).
 *
 *   const { benchConvertVsLibreOffice, formatConvertVsLibreOffice } = require("./convert-vs-libreoffice");
 *   const result = await benchConvertVsLibreOffice();        // plain data, for --json
 *   process.stdout.write(formatConvertVsLibreOffice(result)); // a readable table
 *
 *   node bench/convert-vs-libreoffice.js [--json]           the same on its own
 *
 * Both sides are timed as the user runs them, a new process per file (the command's wall time,
 * Node or LibreOffice start-up included), after an untimed run that warms the disk cache and
 * LibreOffice's profile; the median of `runs` timed runs is reported. Crossfoot's time inside one
 * warm process (read, plan and write, no start-up) is reported beside it. Needs the compiled code
 * (`npm run build`) and `soffice` on the PATH.
 */
const { execFileSync, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const ROOT = path.resolve(__dirname, "..");
const FIXTURES = path.join(ROOT, "test", "fixtures");
const TARGET_RATIO = 3;
const DEFAULTS = { runs: 5, bin: path.join(ROOT, "bin", "crossfoot.js"), dist: path.join(ROOT, "dist") };

/**
 * The fixed-width import LibreOffice offers for text (Data > Text Import > Fixed width): a column
 * break wherever a figure of the exhibit starts, the first column as text, the rest "Standard" so
 * figures become numbers. Tokens: FIX, text delimiter ("), UTF-8 (76), from line 1, the breaks
 * ("position/format/..."), language en-US (1033), quoted fields as text, special numbers detected.
 */
function fixedWidthFilter(starts) {
  const columns = [0, ...starts.filter((s) => s > 0)]
    .map((start, i) => `${start}/${i === 0 ? 2 : 1}`)
    .join("/");
  return `Text - txt - csv (StarCalc):FIX,34,76,1,${columns},1033,true,true`;
}

/**
 * Column breaks as a user would set them in the import dialog: where each column of figures of each
 * statement begins (its leftmost figure), leaving out any break that would cut a figure in two.
 */
function columnBreaks(convertExhibit, text, name) {
  const breaks = new Set();
  const spans = [];
  for (const statement of convertExhibit(text, { name }).statements) {
    statement.columns.forEach((_, column) => {
      const starts = statement.rows
        .map((row) => row.cells[column])
        .filter((cell) => cell != null)
        .map((cell) => cell.start);
      if (starts.length > 0) breaks.add(Math.min(...starts));
    });
    for (const row of statement.rows) for (const cell of row.cells) if (cell != null) spans.push(cell);
  }
  return [...breaks]
    .filter((at) => !spans.some((cell) => cell.start < at && at < cell.end))
    .sort((a, b) => a - b);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(n, places = 1) {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

/** Wall time in milliseconds of a command that must succeed and write `output`. */
function timeCommand(command, args, output, options = {}) {
  fs.rmSync(output, { force: true });
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { encoding: "utf8", ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.error) throw new Error(`${command} did not run: ${run.error.message}`);
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${command} ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  if (!fs.existsSync(output))
    throw new Error(`${command} ${args.join(" ")} wrote no ${path.basename(output)}: ${run.stderr}`);
  return ms;
}

/** The median of `runs` timings after one untimed run. */
function timeRuns(runs, fn) {
  fn();
  return median(Array.from({ length: runs }, fn));
}

/** Crossfoot's read, plan and write in this process, warmed up (no start-up, no module loading). */
async function timeInProcess(dist, text, name, runs) {
  const { convertExhibit } = require(path.join(dist, "convert-exhibit.js"));
  const { planWorkbook } = require(path.join(dist, "plan", "plan-workbook.js"));
  const { writePlanToXlsx } = require(path.join(dist, "xlsx", "write-plan-to-xlsx.js"));
  const once = async () => {
    const start = process.hrtime.bigint();
    await writePlanToXlsx(planWorkbook(convertExhibit(text, { name }), { text }));
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < 5; i++) await once();
  const times = [];
  for (let i = 0; i < runs * 4; i++) times.push(await once());
  return median(times);
}

/**
 * Runs the comparison on each Mpower fixture and returns plain data (milliseconds, ratios).
 * Options: `runs` (timed runs per side and file), `bin` (the crossfoot command), `dist` (the compiled code).
 */
async function benchConvertVsLibreOffice(options = {}) {
  const { runs, bin, dist } = { ...DEFAULTS, ...options };
  if (!fs.existsSync(path.join(dist, "cli", "main.js")))
    throw new Error("dist/ is missing: run `npm run build` first");
  const { convertExhibit } = require(path.join(dist, "convert-exhibit.js"));
  const soffice = execFileSync("soffice", ["--version"], { encoding: "utf8" }).trim();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-bench-"));
  try {
    const profile = pathToFileURL(path.join(tmp, "profile")).href;
    const exhibits = [];
    for (const file of fs
      .readdirSync(FIXTURES)
      .filter((f) => /^mpower.*\.txt$/.test(f))
      .sort()) {
      const input = path.join(FIXTURES, file);
      const text = fs.readFileSync(input, "utf8");
      const base = file.replace(/\.txt$/, "");
      const crossfootOut = path.join(tmp, `${base}-crossfoot.xlsx`);
      const crossfootMs = timeRuns(runs, () =>
        timeCommand(process.execPath, [bin, "convert", input, "-o", crossfootOut], crossfootOut),
      );
      const officeDir = path.join(tmp, "libreoffice");
      const officeOut = path.join(officeDir, `${base}.xlsx`);
      const filter = fixedWidthFilter(columnBreaks(convertExhibit, text, file));
      const libreOfficeMs = timeRuns(runs, () =>
        timeCommand(
          "soffice",
          [
            `-env:UserInstallation=${profile}`,
            "--headless",
            "--norestore",
            `--infilter=${filter}`,
            "--convert-to",
            "xlsx",
            "--outdir",
            officeDir,
            input,
          ],
          officeOut,
        ),
      );
      const inProcessMs = await timeInProcess(dist, text, file, runs);
      exhibits.push({
        name: file,
        kb: round(Buffer.byteLength(text) / 1024),
        crossfootMs: round(crossfootMs),
        crossfootInProcessMs: round(inProcessMs),
        libreOfficeMs: round(libreOfficeMs),
        ratio: round(libreOfficeMs / crossfootMs, 2),
        inProcessRatio: round(libreOfficeMs / inProcessMs, 2),
        crossfootBytes: fs.statSync(crossfootOut).size,
        libreOfficeBytes: fs.statSync(officeOut).size,
        targetRatio: TARGET_RATIO,
        ok: libreOfficeMs / crossfootMs >= TARGET_RATIO,
      });
    }
    return { runs, node: process.version, soffice, exhibits };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function formatConvertVsLibreOffice(result) {
  const lines = [
    `crossfoot convert vs LibreOffice fixed-width text import (${result.soffice}; median of ${result.runs} runs, a new process each)`,
  ];
  for (const e of result.exhibits) {
    lines.push(
      `  ${e.name} (${e.kb} KB): crossfoot ${e.crossfootMs} ms (${e.crossfootInProcessMs} ms in a warm process), ` +
        `LibreOffice ${e.libreOfficeMs} ms: ${e.ratio}x faster (${e.inProcessRatio}x warm), target ${e.targetRatio}x ${e.ok ? "met" : "NOT met"}`,
    );
  }
  return lines.join("\n") + "\n";
}

module.exports = { benchConvertVsLibreOffice, formatConvertVsLibreOffice };

if (require.main === module) {
  const json = process.argv.includes("--json");
  benchConvertVsLibreOffice().then(
    (result) =>
      process.stdout.write(
        json ? JSON.stringify(result, null, 2) + "\n" : formatConvertVsLibreOffice(result),
      ),
    (error) => {
      process.stderr.write(`bench: ${error.message}\n`);
      process.exitCode = 2;
    },
  );
}
