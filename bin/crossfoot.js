#!/usr/bin/env node
// Entry point of the `crossfoot` command; the code lives in src/cli (compiled to dist/ on install).
// It runs the one-file bundle of dist/cli-bundle with V8's code cache when the build made them
// (scripts/build-cli.js), else the compiled modules.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const BUNDLE = path.join(__dirname, "..", "dist", "cli-bundle", "crossfoot.js");
const CACHE = path.join(__dirname, "..", "dist", "cli-bundle", "crossfoot.cache");

/** The bundle's exports, compiled with the code cache when it is there and fits this Node. */
function loadBundle() {
  const source = fs.readFileSync(BUNDLE, "utf8");
  const cachedData = fs.existsSync(CACHE) ? fs.readFileSync(CACHE) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    Module.createRequire(BUNDLE),
    module,
    BUNDLE,
    path.dirname(BUNDLE),
  );
  return { exports: module.exports, script };
}

const bundled = fs.existsSync(BUNDLE) ? loadBundle() : null;
const { runCommand } = bundled ? bundled.exports : require("../dist/cli/main.js");

// A reader that stops early (`crossfoot inspect x --json | head`) is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

runCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  // the build records what V8 compiled for a whole conversion (scripts/build-cli.js)
  if (bundled && process.env.CROSSFOOT_CODE_CACHE === "write")
    fs.writeFileSync(CACHE, bundled.script.createCachedData());
  process.exitCode = code;
});
