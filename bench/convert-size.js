"use strict";
/**
 * `crossfoot convert` of a generated 8 MB exhibit as a user runs it (a new process): wall time and
 * peak memory (resident set), against the targets of 5 s and 30 times the input.
 *
 *   const { benchConvertSize, formatConvertSize } = require("./convert-size");
 *   node bench/convert-size.js [--json]     the same on its own
 *
 * Needs the compiled code (`npm run build`).
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { generateExhibit } = require("./generate-exhibit");

const ROOT = path.resolve(__dirname, "..");
const MB = 1024 * 1024;
const TARGETS = { seconds: 5, memoryPerInput: 30 };
const DEFAULTS = { megabytes: 8, runs: 3 };

/** One run of the real command: wall milliseconds, peak resident kilobytes, exit code. */
function runConvert(input, output) {
  const start = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    [
      "-r",
      path.join(__dirname, "report-peak-memory.js"),
      path.join(ROOT, "bin", "crossfoot.js"),
      "convert",
      input,
      "-o",
      output,
    ],
    { encoding: "utf8", maxBuffer: 64 * MB },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peak = /peak-rss-kb (\d+)/.exec(child.stderr ?? "");
  if (peak === null) throw new Error(`convert did not report its memory: ${child.stderr}`);
  return { ms, peakKb: Number(peak[1]), code: child.status };
}

function benchConvertSize(options = {}) {
  const { megabytes, runs } = { ...DEFAULTS, ...options };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-bench-size-"));
  try {
    const input = path.join(dir, "generated.txt");
    fs.writeFileSync(input, generateExhibit(megabytes * MB));
    const bytes = fs.statSync(input).size;
    const results = Array.from({ length: runs }, () => runConvert(input, path.join(dir, "generated.xlsx")));
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    const peaks = results.map((r) => r.peakKb).sort((a, b) => a - b);
    const medianMs = times[Math.floor(times.length / 2)];
    const peakMb = peaks[peaks.length - 1] / 1024;
    return {
      inputMb: bytes / MB,
      runs,
      exitCodes: results.map((r) => r.code),
      medianSeconds: medianMs / 1000,
      peakMb,
      memoryPerInput: peakMb / (bytes / MB),
      targets: TARGETS,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function formatConvertSize(r) {
  const ok = (pass) => (pass ? "ok" : "OVER");
  return [
    `crossfoot convert of a generated ${r.inputMb.toFixed(1)} MB exhibit (a new process; median of ${r.runs} runs, exit ${[...new Set(r.exitCodes)].join("/")})`,
    `  time:   ${r.medianSeconds.toFixed(2)} s   (target <= ${r.targets.seconds} s: ${ok(r.medianSeconds <= r.targets.seconds)})`,
    `  memory: ${r.peakMb.toFixed(0)} MB peak resident, ${r.memoryPerInput.toFixed(1)} x the input   (target <= ${r.targets.memoryPerInput} x: ${ok(r.memoryPerInput <= r.targets.memoryPerInput)})`,
    "",
  ].join("\n");
}

module.exports = { benchConvertSize, formatConvertSize };

if (require.main === module) {
  const result = benchConvertSize();
  process.stdout.write(
    process.argv.includes("--json") ? JSON.stringify(result) + "\n" : formatConvertSize(result),
  );
}
