#!/usr/bin/env node
// Entry point of the `crossfoot` command; the code lives in src/cli (compiled to dist/ on install).
const { runCommand } = require("../dist/cli/main.js");

// A reader that stops early (`crossfoot inspect x --json | head`) is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

runCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
