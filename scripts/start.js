#!/usr/bin/env node
"use strict";
/**
 * `npm start`: builds and serves the task pane on port 3000, then sideloads the add-in into Excel
 * desktop (Windows, macOS); on Linux it serves the standalone page and says how to use Excel on the
 * web. Ctrl+C stops the server and removes the sideloaded manifest again.
 *
 *   npm start             https with the Office development certificates where they can be trusted
 *   npm start -- --http   plain http on localhost (the standalone page only: Office needs https)
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config");
const { planSideload, readAddinId, runSteps } = require("./sideload");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = 3000;
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function say(text) {
  process.stdout.write(`${text}\n`);
}

/**
 * https options for the server, or null for plain http. Windows and macOS install and trust the
 * Office development certificates (the system asks for consent once). Linux has no sudo-free way to
 * trust them, so it uses certificates already made with `npx office-addin-dev-certs install`, if any.
 */
async function findHttpsOptions(wantHttp) {
  if (wantHttp) return null;
  if (process.platform === "win32" || process.platform === "darwin") {
    const { getHttpsServerOptions } = require("office-addin-dev-certs");
    return getHttpsServerOptions();
  }
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const found = Object.entries(files).map(([name, file]) => [name, path.join(CERT_DIR, file)]);
  if (!found.every(([, file]) => fs.existsSync(file))) return null;
  return Object.fromEntries(found.map(([name, file]) => [name, fs.readFileSync(file)]));
}

function explainLinux(origin) {
  say("");
  say("Excel desktop does not run on Linux. To use the add-in in Excel on the web:");
  if (origin.startsWith("http:")) {
    say("  0. Office loads add-ins over https only. Make trusted certificates once (needs sudo):");
    say("       npx office-addin-dev-certs install");
    say("     then run `npm start` again.");
  }
  say("  1. Open a workbook at https://www.office.com (Excel on the web).");
  say("  2. Insert > Add-ins > Upload My Add-in (or Home > Add-ins > More Add-ins > My Add-ins > Upload).");
  say(
    `  3. Choose ${path.relative(process.cwd(), MANIFEST) || "manifest.xml"}; "Import exhibit" appears on the Home tab.`,
  );
  say("");
  say(`Without Excel, the same pane makes an .xlsx to download: ${origin}/taskpane.html`);
}

async function main() {
  const wantHttp = process.argv.includes("--http");
  const https = await findHttpsOptions(wantHttp);
  // quiet: the instructions below should not scroll away under the build's statistics
  const config = {
    ...makeConfig({}, { mode: "development" }),
    stats: "errors-warnings",
    infrastructureLogging: { level: "warn" },
  };
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      host: "localhost",
      server: https === null ? "http" : { type: "https", options: https },
    },
    webpack(config),
  );
  await server.start();
  const origin = `${https === null ? "http" : "https"}://localhost:${PORT}`;
  say(`Serving the task pane at ${origin}/taskpane.html (Ctrl+C to stop).`);

  const sideload = planSideload(process.platform, {
    manifest: MANIFEST,
    id: readAddinId(fs.readFileSync(MANIFEST, "utf8")),
    home: os.homedir(),
  });
  if (sideload === null) {
    explainLinux(origin);
  } else {
    const failures = runSteps([...sideload.register, ...sideload.launch], spawnSync);
    if (failures.length === 0) say('Sideloaded into Excel: "Import exhibit" is on the Home tab.');
    else
      say(
        `Could not sideload into Excel (${failures.join("; ")}). Add manifest.xml by hand: Insert > Add-ins > My Add-ins.`,
      );
  }

  const stop = async () => {
    if (sideload !== null) runSteps(sideload.unregister, spawnSync);
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  process.stderr.write(`npm start: ${error.message}\n`);
  process.exit(1);
});
