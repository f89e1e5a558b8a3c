#!/usr/bin/env node
"use strict";
/**
 * Bundles the command line (dist/cli, the pipeline and exceljs's Workbook class) into one file,
 * dist/cli-bundle/crossfoot.js, then converts a sample exhibit once with it to record V8's code
 * cache beside it (crossfoot.cache). A cold `crossfoot convert` then spends its time converting
 * rather than finding, reading and compiling some four hundred modules.
 *
 *   node scripts/build-cli.js      (part of `npm run build`, after tsc)
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..");
const OUTPUT = path.join(ROOT, "dist", "cli-bundle");
const SAMPLE = path.join(ROOT, "test", "fixtures", "mpower-2003q4.txt");

const config = {
  mode: "production",
  target: "node20",
  context: ROOT,
  entry: "./dist/cli/main.js",
  output: { path: OUTPUT, filename: "crossfoot.js", library: { type: "commonjs2" }, clean: true },
  // the whole package only as a fallback the command line never takes; its Workbook class is bundled
  externals: { exceljs: "commonjs exceljs" },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: "errors-warnings",
};

webpack(config, (error, stats) => {
  if (error || stats.hasErrors()) {
    process.stderr.write(`build-cli: ${error ? error.message : stats.toString("errors-only")}\n`);
    process.exit(1);
  }
  if (!fs.existsSync(SAMPLE)) return;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-")), "sample.xlsx");
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, "bin", "crossfoot.js"), "convert", SAMPLE, "-o", out],
    {
      env: { ...process.env, CROSSFOOT_CODE_CACHE: "write" },
      encoding: "utf8",
    },
  );
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(`build-cli: the sample conversion failed\n${run.stderr}`);
    process.exit(1);
  }
});
