"use strict";
/**
 * Measures the task pane as built in dist/addin/ (`npm run build`): the gzipped size of the
 * JavaScript taskpane.html loads at once (the lazy .xlsx writer chunks are reported apart), and,
 * in headless Chromium outside Office, the time from navigation to an interactive pane and from
 * pasting Mpower Q4 2003 to its preview.
 *
 *   const { benchTaskpane, formatTaskpaneBench } = require("./taskpane");
 *   const result = await benchTaskpane();          // { initialJs: { bytes, gzipBytes, files }, ... }
 *   process.stdout.write(formatTaskpaneBench(result));
 *
 *   node bench/taskpane.js [--json]                 the same, on its own
 */
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const zlib = require("node:zlib");

const ADDIN = path.resolve(__dirname, "../dist/addin");
const MPOWER = path.resolve(__dirname, "../test/fixtures/mpower-2003q4.txt");
const READY_MARK = "crossfoot-pane-ready";
const TARGET_GZIP_BYTES = 150 * 1024;
const RUNS = 7;
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** The scripts taskpane.html loads from the build (not office.js from Microsoft's CDN), and the rest. */
function measureScripts() {
  const html = fs.readFileSync(path.join(ADDIN, "taskpane.html"), "utf8");
  // minified HTML may leave attribute values unquoted: <script defer src=taskpane.764e7e85.js>
  const initial = [...html.matchAll(/<script[^>]*\ssrc=("?)([^"\s>]+)\1/g)]
    .map((match) => match[2])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
  const all = fs.readdirSync(ADDIN).filter((file) => file.endsWith(".js"));
  const describe = (files) => ({
    files,
    bytes: files.reduce((sum, file) => sum + fs.statSync(path.join(ADDIN, file)).size, 0),
    gzipBytes: files.reduce((sum, file) => sum + gzipSize(path.join(ADDIN, file)), 0),
  });
  return { initialJs: describe(initial), lazyJs: describe(all.filter((file) => !initial.includes(file))) };
}

function serve() {
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url, "http://127.0.0.1").pathname;
    const file = path.join(ADDIN, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(ADDIN + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Load-to-interactive and paste-to-preview times (ms), median of `RUNS` fresh pages. */
async function measurePage(origin) {
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const text = fs.readFileSync(MPOWER, "utf8");
  const interactive = [];
  const preview = [];
  try {
    for (let run = 0; run < RUNS + 1; run++) {
      const context = await browser.newContext();
      // office.js fails to load, as in a plain browser offline; nothing leaves the machine
      await context.route("**/*", (route) =>
        route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      await page.goto(`${origin}/taskpane.html`);
      const ready = await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime,
        READY_MARK,
        { polling: 10 },
      );
      const readyMs = await ready.jsonValue();
      await page.locator("#exhibit-text").fill(text);
      const started = await page.evaluate(() => {
        const at = performance.now();
        document.getElementById("preview-button").click();
        return at;
      });
      const shown = await page.waitForFunction(
        () => document.querySelectorAll("#statement-list > li").length > 0 && performance.now(),
        undefined,
        { polling: "raf" },
      );
      const previewMs = (await shown.jsonValue()) - started;
      if (run > 0) {
        interactive.push(readyMs);
        preview.push(previewMs);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { loadToInteractiveMs: median(interactive), pasteToPreviewMs: median(preview), runs: RUNS };
}

async function benchTaskpane() {
  if (!fs.existsSync(path.join(ADDIN, "taskpane.html"))) {
    throw new Error("dist/addin/ is missing; run `npm run build` first");
  }
  const scripts = measureScripts();
  const server = await serve();
  try {
    const page = await measurePage(`http://127.0.0.1:${server.address().port}`);
    return { ...scripts, targetGzipBytes: TARGET_GZIP_BYTES, ...page };
  } finally {
    server.close();
  }
}

function formatTaskpaneBench(result) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = result.initialJs.gzipBytes <= result.targetGzipBytes ? "within" : "OVER";
  return [
    "Task pane (dist/addin, headless Chromium, outside Office)",
    `  initial JavaScript: ${kb(result.initialJs.bytes)}, ${kb(result.initialJs.gzipBytes)} gzipped (${verdict} the ${kb(result.targetGzipBytes)} target): ${result.initialJs.files.join(", ")}`,
    `  lazy .xlsx writer:  ${kb(result.lazyJs.bytes)}, ${kb(result.lazyJs.gzipBytes)} gzipped: ${result.lazyJs.files.join(", ")}`,
    `  page load to interactive pane: ${result.loadToInteractiveMs.toFixed(0)} ms (median of ${result.runs})`,
    `  paste Mpower Q4 2003 to preview: ${result.pasteToPreviewMs.toFixed(0)} ms (median of ${result.runs})`,
    "",
  ].join("\n");
}

module.exports = { benchTaskpane, formatTaskpaneBench };

if (require.main === module) {
  benchTaskpane().then(
    (result) =>
      process.stdout.write(
        process.argv.includes("--json")
          ? `${JSON.stringify(result, null, 2)}\n`
          : formatTaskpaneBench(result),
      ),
    (error) => {
      process.stderr.write(`bench/taskpane: ${error.message}\n`);
      process.exit(2);
    },
  );
}
