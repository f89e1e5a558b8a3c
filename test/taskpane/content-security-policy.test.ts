/**
 * The built pane runs under its Content-Security-Policy: reading, previewing, the lazily loaded
 * sample and .xlsx writer all work with no violation, while a request, a script or eval aimed at
 * another origin is refused by the policy itself (a second local server, reachable without the
 * policy, sees nothing).
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import {
  ADDIN,
  OFFICE_JS_URL,
  launchChromium,
  openPane,
  readCspViolations,
  serveAddin,
  type AddinServer,
} from "./serve-addin";

const POLICY = [
  "default-src 'none'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

let server: AddinServer;
let browser: Browser;
/** Another origin on this machine: it answers anything, to anyone, and counts what it was asked. */
let foreign: { origin: string; requests: string[]; close(): Promise<void> };

beforeAll(async () => {
  server = await serveAddin();
  browser = await launchChromium();
  const requests: string[] = [];
  const other = http.createServer((request, response) => {
    requests.push(request.url ?? "");
    const script = (request.url ?? "").endsWith(".js");
    response.writeHead(200, {
      "access-control-allow-origin": "*",
      "content-type": script ? "text/javascript" : "application/json",
    });
    response.end(script ? "window.foreignScriptRan = true;" : '{"exhibit":"received"}');
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  foreign = {
    origin: `http://127.0.0.1:${(other.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => other.close(() => resolve())),
  };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await foreign?.close();
});

describe("the Content-Security-Policy", () => {
  it("is in the built pages as a meta element before any script", () => {
    for (const page of ["taskpane.html", "support.html"]) {
      const html = fs.readFileSync(path.join(ADDIN, page), "utf8");
      const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html);
      expect(meta?.[1]).toBe(POLICY);
      expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script") >>> 0);
      expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<link"));
    }
  });

  it("lets the pane read, preview, open the sample and build the .xlsx, with no violation", async () => {
    const { context, page, pageErrors } = await openPane(browser, server.origin, { officeScript: null });
    const loaded: string[] = [];
    page.on("response", (response) => {
      if (response.ok()) loaded.push(new URL(response.url()).pathname);
    });
    await page.locator("#sample-button").click();
    await page.locator("#preview:not([hidden])").waitFor();
    expect(await page.locator("#statement-list > li").count()).toBe(5);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#write-button").click(),
    ]);
    expect(download.suggestedFilename()).toBe("mpower-2003q4.xlsx");
    await page.locator("#download:not([hidden])").waitFor();
    // the lazily loaded chunks came from the add-in itself
    expect(loaded).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/sample\.[0-9a-f]+\.js$/),
        expect.stringMatching(/^\/exceljs\.[0-9a-f]+\.js$/),
      ]),
    );
    expect(await readCspViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("lets office.js load from Office's CDN", async () => {
    const { context, page } = await openPane(browser, server.origin, {
      officeScript: "window.officeScriptRan = true;",
    });
    expect(
      await page.evaluate(() => (window as unknown as { officeScriptRan?: boolean }).officeScriptRan),
    ).toBe(true);
    expect(await readCspViolations(page)).toEqual([]);
    expect(OFFICE_JS_URL.startsWith("https://appsforoffice.microsoft.com/")).toBe(true);
    await context.close();
  });

  it("refuses a request, a script and eval aimed at another origin, which is reachable without it", async () => {
    const attempt = async (bypassCSP: boolean) => {
      const { context, page } = await openPane(browser, server.origin, {
        officeScript: null,
        alsoAllow: [foreign.origin],
        bypassCSP,
      });
      const outcome = await page.evaluate(async (target) => {
        const result = { fetch: "", script: "", eval: "" };
        try {
          const response = await fetch(`${target}/upload`, { method: "POST", body: "exhibit text" });
          result.fetch = `sent: ${response.status}`;
        } catch (error) {
          result.fetch = `refused: ${String(error)}`;
        }
        result.script = await new Promise<string>((resolve) => {
          const script = document.createElement("script");
          script.src = `${target}/tracker.js`;
          script.onload = () => resolve("ran");
          script.onerror = () => resolve("refused");
          document.head.append(script);
        });
        try {
          result.eval = String(window.eval("1 + 1"));
        } catch (error) {
          result.eval = `refused: ${(error as Error).name}`;
        }
        return result;
      }, foreign.origin);
      const violations = await readCspViolations(page);
      await context.close();
      return { outcome, violations };
    };

    const before = foreign.requests.length;
    const guarded = await attempt(false);
    expect(guarded.outcome).toEqual({
      fetch: expect.stringMatching(/^refused: TypeError/),
      script: "refused",
      eval: "refused: EvalError",
    });
    expect(guarded.violations).toEqual([
      `connect-src ${foreign.origin}/upload`,
      `script-src-elem ${foreign.origin}/tracker.js`,
      "script-src eval",
    ]);
    expect(foreign.requests.length).toBe(before);

    // the same page without its policy reaches the other origin: the policy is what refused it
    const open = await attempt(true);
    expect(open.outcome).toEqual({ fetch: "sent: 200", script: "ran", eval: "2" });
    expect(foreign.requests.slice(before)).toEqual(["/upload", "/tracker.js"]);
  });
});
