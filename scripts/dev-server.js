#!/usr/bin/env node
"use strict";
/**
 * `npm run dev-server`: builds the task pane in development mode and serves it on port 3000 with
 * live reload, https with the Office development certificates where they can be trusted. It is the
 * server office-addin-debugging starts for `npm start` (Windows, macOS) and `npm run start:web`.
 *
 *   npm run dev-server             https where certificates exist or can be made, else plain http
 *   npm run dev-server -- --http   plain http on localhost (the standalone page only: Office needs https)
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config");

const PORT = 3000;
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

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

/** Starts the server; resolves with its origin and a function that stops it. */
async function startDevServer({ wantHttp }) {
  const https = await findHttpsOptions(wantHttp);
  // quiet: instructions printed after start should not scroll away under the build's statistics
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
  return { origin, stop: () => server.stop() };
}

function say(text) {
  process.stdout.write(`${text}\n`);
}

async function main() {
  const { origin, stop } = await startDevServer({ wantHttp: process.argv.includes("--http") });
  say(`Serving the task pane at ${origin}/taskpane.html (Ctrl+C or \`npm stop\` to stop).`);
  if (origin.startsWith("http:")) {
    say("Office loads add-ins over https only: make trusted certificates once with");
    say("`npx office-addin-dev-certs install` (needs sudo on Linux), then start again.");
  }
  const quit = async () => {
    await stop();
    process.exit(0);
  };
  process.once("SIGINT", quit);
  process.once("SIGTERM", quit);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`npm run dev-server: ${error.message}\n`);
    process.exit(1);
  });
}

module.exports = { PORT, startDevServer };
