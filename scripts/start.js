#!/usr/bin/env node
"use strict";
/**
 * `npm start`: on Windows and macOS, office-addin-debugging starts the dev server (`npm run
 * dev-server`), sideloads manifest.xml into Excel desktop and opens it; `npm stop` undoes both. Excel
 * desktop does not exist on Linux (office-addin-debugging stops with "platform not supported"), so
 * there it serves the pane itself and says how to use Excel on the web; Ctrl+C stops it.
 *
 *   npm start             https with the Office development certificates where they can be trusted
 *   npm start -- --http   Linux: plain http on localhost (the standalone page only: Office needs https)
 */
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = "manifest.xml";

function say(text) {
  process.stdout.write(`${text}\n`);
}

/** Runs office-addin-debugging's command line with `args`, in the repository; returns its exit code. */
function runDebugging(args) {
  const cli = require.resolve("office-addin-debugging/cli.js");
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function explainLinux(origin) {
  say("");
  say("Excel desktop does not run on Linux. To use the add-in in Excel on the web:");
  if (origin.startsWith("http:")) {
    say("  0. Office loads add-ins over https only. Make trusted certificates once (needs sudo):");
    say("       npx office-addin-dev-certs install");
    say("     then run `npm start` again.");
  }
  say("  1. Open a workbook in Excel on the web and copy its address.");
  say("  2. With this server running, in another terminal: npm run start:web -- --document <that address>");
  say("     (or in the workbook: Insert > Add-ins > Upload My Add-in, and choose manifest.xml).");
  say("");
  say(`Without Excel, the same pane makes an .xlsx to download: ${origin}/taskpane.html`);
}

async function main() {
  if (process.platform === "win32" || process.platform === "darwin") {
    process.exit(runDebugging(["start", MANIFEST, "desktop", "--app", "excel"]));
  }
  const { startDevServer } = require("./dev-server");
  const { origin, stop } = await startDevServer({ wantHttp: process.argv.includes("--http") });
  say(`Serving the task pane at ${origin}/taskpane.html (Ctrl+C to stop).`);
  explainLinux(origin);
  const quit = async () => {
    await stop();
    process.exit(0);
  };
  process.once("SIGINT", quit);
  process.once("SIGTERM", quit);
}

main().catch((error) => {
  process.stderr.write(`npm start: ${error.message}\n`);
  process.exit(1);
});
