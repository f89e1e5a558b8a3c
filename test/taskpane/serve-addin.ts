/**
 * Serves the built task pane (dist/addin/) on 127.0.0.1 for the browser tests, building it first
 * when it is missing, and opens it in Debian's Chromium with every request off the machine refused.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const ADDIN = path.join(ROOT, "dist/addin");
export const ARTIFACTS = path.join(ROOT, "artifacts");
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = "/usr/bin/chromium";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** A build another test file started gives up its claim within this time, or is taken over. */
const BUILD_WAIT_MS = 180_000;

/**
 * Builds dist/addin/ with webpack when `npm run build` has not (a test file run on its own). Test
 * files run in parallel: the first claims the build with a lock folder, the others wait for it.
 */
export async function ensureAddinBuilt(): Promise<void> {
  const built = () => fs.existsSync(path.join(ADDIN, "taskpane.html"));
  if (built()) return;
  const lock = path.join(ROOT, "dist", ".addin-build-lock");
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const waitUntil = Date.now() + BUILD_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (built() && !fs.existsSync(lock)) return;
      if (Date.now() > waitUntil) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (!built()) {
      execFileSync(
        process.execPath,
        [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"],
        {
          cwd: ROOT,
          stdio: "pipe",
        },
      );
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface AddinServer {
  origin: string;
  close(): Promise<void>;
}

/** A static file server over dist/addin/ on a free port of 127.0.0.1. */
export async function serveAddin(): Promise<AddinServer> {
  await ensureAddinBuilt();
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(ADDIN, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(ADDIN + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface PaneOptions {
  /** The script served for office.js; null lets it fail, as in a plain browser offline. */
  officeScript: string | null;
  colorScheme?: "light" | "dark";
  /** Emulates a high-contrast (forced colours) display. */
  forcedColors?: boolean;
  /** Loopback origins besides the pane's own whose requests may go through (the policy test's). */
  alsoAllow?: string[];
  /** Opens the page without its Content-Security-Policy (to show what the policy prevents). */
  bypassCSP?: boolean;
  /** Runs on the new browser context before the page loads (to expose functions to it). */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

/**
 * A new page on the task pane, ready for input. Loopback requests go through; office.js gets
 * `officeScript`; anything else leaving the machine is aborted and remembered in `offMachine`.
 */
export async function openPane(
  browser: Browser,
  origin: string,
  options: PaneOptions,
): Promise<{ context: BrowserContext; page: Page; offMachine: string[]; pageErrors: string[] }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    colorScheme: options.colorScheme ?? "light",
    forcedColors: options.forcedColors === true ? "active" : "none",
    bypassCSP: options.bypassCSP === true,
    viewport: { width: 360, height: 900 },
  });
  await options.prepare?.(context);
  const offMachine: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL && options.officeScript !== null) {
      await route.fulfill({ status: 200, contentType: "text/javascript", body: options.officeScript });
    } else if ([origin, ...(options.alsoAllow ?? [])].some((allowed) => url.startsWith(`${allowed}/`))) {
      await route.continue();
    } else {
      if (url !== OFFICE_JS_URL) offMachine.push(url);
      await route.abort();
    }
  });
  // every Content-Security-Policy violation, for readCspViolations
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/taskpane.html`);
  await page.locator('#pane[aria-busy="false"]').waitFor();
  return { context, page, offMachine, pageErrors };
}

/** The Content-Security-Policy violations the page reported so far: "directive blocked-URL". */
export function readCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]);
}

/**
 * The axe-core violations on the page as it is now: id, impact and the elements at fault. axe is
 * evaluated through the debugging protocol: the pane's policy would refuse it as an inline script.
 */
export async function findAxeViolations(page: Page): Promise<string[]> {
  const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const results = await axe.run();
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  });
  return violations;
}

/** Saves a screenshot of the page under artifacts/ (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
