#!/usr/bin/env node
"use strict";
/**
 * Runs the generated-layout properties with every feature, outside jest, and prints per feature
 * the failure rate (each feature alone on top of the plain layout, then all features at once)
 * with the smallest failing exhibit. "no B": exhibits with no table of two period columns, where
 * no error is injected.
 *
 *   node scripts/generated-report.js               200 exhibits per feature
 *   node scripts/generated-report.js --count 50    fewer, faster
 *   node scripts/generated-report.js --json        the same figures as one JSON object
 *   node scripts/generated-report.js --show rules  also print the smallest failing text
 *
 * The sources are TypeScript; they are transpiled on load (no type check: `npm run typecheck`
 * does that), so no build is needed.
 */
const path = require("node:path");
require("./register-ts");

process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const root = path.resolve(__dirname, "..");
const { runFeatureReport } = require(path.join(root, "test/generate/run-properties.ts"));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
};
const report = runFeatureReport(Number(arg("--count", "200")));
if (process.argv.includes("--json")) {
  process.stdout.write(JSON.stringify(report) + "\n");
} else {
  const show = arg("--show", null);
  const out = ["feature               exhibits  A fails  B fails  no B  rate", ""];
  for (const f of report.features) {
    const rate = f.exhibits === 0 ? "-" : `${((100 * f.failed) / f.exhibits).toFixed(1)}%`;
    out.push(
      `${f.feature.padEnd(20)}  ${String(f.exhibits).padStart(8)}  ${String(f.cleanFailures).padStart(7)}  ${String(f.injectedFailures).padStart(7)}  ${String(f.notInjected).padStart(4)}  ${rate.padStart(5)}`,
    );
    if (f.smallest !== null) {
      out.push(
        `    smallest failing seed ${f.smallest.seed} (${f.smallest.lines} lines): ${f.smallest.failures[0]}`,
      );
      if (show === f.feature || show === "all") out.push(f.smallest.text.replace(/^/gm, "    | "));
    }
  }
  process.stdout.write(out.join("\n") + "\n");
}
