/**
 * HTML into the built task pane in Chromium: opening a .htm file, pasting a table copied from a
 * rendered exhibit (the clipboard's text/html and text/plain both present, and text/plain alone,
 * tab-separated) give the same statements as the command line's pipeline on the same input; the
 * exhibit's scripts and event attributes never run.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { convertExhibit } from "../../src/convert-exhibit";
import { exhibitFromClipboard } from "../../src/taskpane/exhibit-from-clipboard";
import { summarizeResult } from "../../src/taskpane/summarize-result";
import { ROOT, launchChromium, openPane, serveAddin, type AddinServer } from "./serve-addin";

const APPLE = path.join(ROOT, "../shared/exhibits/html/006_apple-2024q1.htm");

let server: AddinServer;
let browser: Browser;
/** The first table of the Apple exhibit as Chromium renders it: its markup and its text (what a copy gives). */
let copied: { html: string; plain: string };

beforeAll(async () => {
  server = await serveAddin();
  browser = await launchChromium();
  const context = await browser.newContext();
  await context.route("**/*", (route) => route.abort());
  const page = await context.newPage();
  await page.setContent(fs.readFileSync(APPLE, "latin1"));
  copied = await page.evaluate(() => {
    const table = document.querySelector("table");
    if (table === null) throw new Error("no table");
    return { html: `<meta charset="utf-8">${table.outerHTML}`, plain: table.innerText };
  });
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the pane lists for each statement: title, then "kind, n rows, lines a-b", then the periods. */
async function shownStatements(page: Page): Promise<string[]> {
  await page.locator("#preview:not([hidden])").waitFor();
  return page
    .locator("#statement-list > li")
    .evaluateAll((items) =>
      items.map((item) =>
        [...item.querySelectorAll("span, .periods li")].map((e) => e.textContent).join(" | "),
      ),
    );
}

/** The same list from the pipeline in Node, for the same input. */
function expectedStatements(text: string, name: string): string[] {
  return summarizeResult(convertExhibit(text, { name }), text).statements.map((s) =>
    [s.title, `${s.kind}, ${s.rows} rows, ${s.lines}`, ...s.periods].join(" | "),
  );
}

async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.locator("#exhibit-text").evaluate((box, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    box.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, data);
}

describe("HTML in the task pane", () => {
  it("opens a .htm exhibit and lists the statements the command line finds", async () => {
    const { context, page, pageErrors } = await openPane(browser, server.origin, { officeScript: null });
    await page.locator("#file-input").setInputFiles(APPLE);
    const shown = await shownStatements(page);
    expect(shown).toEqual(expectedStatements(fs.readFileSync(APPLE, "latin1"), "006_apple-2024q1.htm"));
    expect(shown.map((s) => s.split(" | ")[1]?.split(",")[0])).toEqual([
      "statement of operations",
      "balance sheet",
      "cash flows",
    ]);
    expect(await page.locator("#error").isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("reads a pasted table from the clipboard's HTML when text/plain is there too", async () => {
    const { context, page, pageErrors } = await openPane(browser, server.origin, { officeScript: null });
    await paste(page, { "text/html": copied.html, "text/plain": copied.plain });
    const shown = await shownStatements(page);
    expect(shown).toEqual(expectedStatements(copied.html, "pasted exhibit"));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain("3 months to 2023-12-30");
    expect(await page.locator("#exhibit-text").inputValue()).toBe(copied.plain);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("reads tab-separated plain text as cells", async () => {
    expect(copied.plain).toContain("\t");
    const { context, page } = await openPane(browser, server.origin, { officeScript: null });
    await paste(page, { "text/plain": copied.plain });
    const shown = await shownStatements(page);
    const exhibit = exhibitFromClipboard({ html: "", plain: copied.plain });
    expect(shown).toEqual(expectedStatements(exhibit, "pasted exhibit"));
    expect(shown).toHaveLength(1);
    await context.close();
  });

  it("never runs an exhibit's scripts or event attributes", async () => {
    const { context, page, pageErrors } = await openPane(browser, server.origin, { officeScript: null });
    const html =
      "<table><tr><td></td><td>2023</td><td>2022</td></tr>" +
      '<tr><td><img src="x" onerror="window.ran = 1">Revenue</td><td>$5</td><td>$4</td></tr>' +
      '<tr><td onmouseover="window.ran = 2">Cost</td><td>(2)</td><td>(1)</td></tr>' +
      "</table><script>window.ran = 3</script>";
    await paste(page, { "text/html": html, "text/plain": "Revenue\t$5\t$4" });
    expect(await shownStatements(page)).toHaveLength(1);
    await page.locator("#statement-list").hover();
    expect(await page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
