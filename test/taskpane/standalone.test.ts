/**
 * The built task pane in Chromium, outside Office (office.js cannot load): paste an exhibit, see
 * its statements, download the .xlsx and open it; bad input shows a clear message and offers
 * nothing to write; no axe-core violations in light or dark.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";
import type { Browser, Page } from "playwright-core";
import {
  ROOT,
  findAxeViolations,
  launchChromium,
  openPane,
  saveScreenshot,
  serveAddin,
  type AddinServer,
} from "./serve-addin";

// The generator is plain JavaScript for the bench, which runs without a TypeScript build step.
const { generateExhibit } = require("../../bench/generate-exhibit") as {
  generateExhibit: (bytes: number, seed?: number) => string;
};

const MPOWER = fs.readFileSync(path.join(ROOT, "test/fixtures/mpower-2003q4.txt"), "utf8");
/** What the README says Mpower Q4 2003 holds. */
const MPOWER_STATEMENTS = 5;

let server: AddinServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveAddin();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pastes `text` into the text box as a user would (the paste event reads it). */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.locator("#exhibit-text").fill(text);
  await page.locator("#exhibit-text").dispatchEvent("paste");
}

describe("the task pane in a plain browser", () => {
  it("previews a pasted exhibit's five statements and downloads an .xlsx that holds them", async () => {
    const { context, page, offMachine, pageErrors } = await openPane(browser, server.origin, {
      officeScript: null,
    });
    await pasteText(page, MPOWER);
    await page.locator("#preview:not([hidden])").waitFor();
    const statements = page.locator("#statement-list > li");
    expect(await statements.count()).toBe(MPOWER_STATEMENTS);
    expect(await statements.first().locator(".periods li").first().textContent()).toBe("at 2003-12-31");
    expect(await page.locator("#summary").textContent()).toMatch(
      /^pasted exhibit: 5 statements and \d+ findings in 375 lines\.$/,
    );
    expect(await page.locator("#write-button").textContent()).toBe("Download .xlsx");
    expect(await page.locator("#finding-list button").count()).toBe(0);
    expect(await page.locator(".finding.warning").first().textContent()).toMatch(/rounding plug.*line 256/);
    await saveScreenshot(page, "taskpane-preview.png");
    if (process.env.UPDATE === "1") {
      await page.locator("#exhibit-text").evaluate((box) => {
        box.scrollTop = 0;
        box.scrollLeft = 0;
        box.blur();
      });
      await page.screenshot({ path: path.join(ROOT, "docs/taskpane.png") });
    }

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#write-button").click(),
    ]);
    expect(download.suggestedFilename()).toBe("pasted exhibit.xlsx");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-pane-")), "pane.xlsx");
    await download.saveAs(file);
    await page.locator("#download:not([hidden])").waitFor();
    expect(await page.locator("#status").textContent()).toMatch(
      /^Saved pasted exhibit\.xlsx with \d+ sheets\.$/,
    );
    // after the write each finding names its cell
    expect(await page.locator(".finding-place", { hasText: "cell '" }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, "taskpane-findings-download.png");

    const workbook = new Workbook();
    await workbook.xlsx.load(fs.readFileSync(file).buffer as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(-2)).toEqual(["Checks", "Source"]);
    const titles = workbook.worksheets.slice(0, -2).map((sheet) => sheet.getCell("A1").text);
    expect(titles).toHaveLength(MPOWER_STATEMENTS);
    expect(titles[0]).toBe("Balance Sheet");
    expect(titles.filter((title) => /Statement of Operations/i.test(title))).toHaveLength(2);
    expect(titles.filter((title) => /Reconciliation/i.test(title))).toHaveLength(2);

    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it.each([
    ["empty", "", /The exhibit is empty/],
    [
      "prose without tables",
      "Mpower Holding Corporation announced results.\nThe quarter was good.\n",
      /No financial tables were found/,
    ],
  ])("explains %s input and offers nothing to write", async (_case, text, message) => {
    const { context, page } = await openPane(browser, server.origin, { officeScript: null });
    await pasteText(page, text);
    await page.locator("#error:not([hidden])").waitFor();
    expect(await page.locator("#error-text").textContent()).toMatch(message);
    expect(await page.locator("#preview").isHidden()).toBe(true);
    expect(await page.locator("#write-button").isVisible()).toBe(false);
    await context.close();
  });

  it("explains a binary file opened by mistake, and writes nothing", async () => {
    const { context, page, pageErrors } = await openPane(browser, server.origin, { officeScript: null });
    let downloads = 0;
    page.on("download", () => downloads++);
    const bytes = Buffer.from([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x03,
    ]);
    await page
      .locator("#file-input")
      .setInputFiles({ name: "report.xlsx.txt", mimeType: "text/plain", buffer: bytes });
    await page.locator("#error:not([hidden])").waitFor();
    expect(await page.locator("#error-text").textContent()).toMatch(/not a text file/);
    expect(await page.locator("#source-name").textContent()).toBe("Opened report.xlsx.txt.");
    expect(await page.locator("#preview").isHidden()).toBe(true);
    await saveScreenshot(page, "taskpane-error.png");
    expect(await findAxeViolations(page)).toEqual([]);
    expect(downloads).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("says plainly when an HTML page holds no tables of figures", async () => {
    const { context, page, pageErrors } = await openPane(browser, server.origin, { officeScript: null });
    const page_ =
      "<html><body><p>Contacts</p><table><tr><td><img src=logo.jpg></td></tr></table></body></html>";
    await page
      .locator("#file-input")
      .setInputFiles({ name: "logo.htm", mimeType: "text/html", buffer: Buffer.from(page_) });
    await page.locator("#error:not([hidden])").waitFor();
    expect(await page.locator("#error-text").textContent()).toMatch(
      /No tables of figures were found in this HTML page/,
    );
    expect(await page.locator("#preview").isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("shows that it is reading a large file before it reads, and keeps the text out of the text box", async () => {
    const { context, page } = await openPane(browser, server.origin, { officeScript: null });
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { statuses: string[] }).statuses = seen;
      const status = document.getElementById("status");
      if (status === null) throw new Error("no #status");
      new MutationObserver(() => seen.push(status.textContent ?? "")).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const text = generateExhibit(5 * 1024 * 1024, 7);
    await page
      .locator("#file-input")
      .setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
    await page.locator("#preview:not([hidden])").waitFor({ timeout: 60000 });
    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses[0]).toBe("Reading big.txt…");
    expect(statuses.at(-1)).toMatch(/^Found \d+ statements and \d+ findings\.$/);
    expect(await page.locator("#exhibit-text").inputValue()).toBe("");
    expect(await page.locator("#exhibit-text").getAttribute("placeholder")).toBe(
      "big.txt is open (too long to show here).",
    );
    expect(await page.locator("#statement-list > li").count()).toBeGreaterThan(5);
    await context.close();
  });

  it("opens an exhibit file, and is fully usable by keyboard", async () => {
    const { context, page } = await openPane(browser, server.origin, { officeScript: null });
    await page.locator("#file-input").setInputFiles(path.join(ROOT, "test/fixtures/mpower-2004q2.txt"));
    await page.locator("#preview:not([hidden])").waitFor();
    expect(await page.locator("#exhibit-text").inputValue()).toContain(
      "Mpower Holding Announces Second Quarter 2004 Results",
    );
    expect(await page.locator("#summary").textContent()).toMatch(
      /^mpower-2004q2\.txt: \d+ statements and \d+ findings in \d+ lines\.$/,
    );

    // from the top of the page, Tab reaches the sample, the text box, Preview, Open, then Download
    await page.locator("body").focus();
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ""));
    }
    expect(reached).toEqual([
      "sample-button",
      "exhibit-text",
      "preview-button",
      "open-button",
      "write-button",
    ]);
    // the focused control shows it
    expect(
      await page.evaluate(
        () => document.activeElement && getComputedStyle(document.activeElement).outlineStyle,
      ),
    ).toBe("solid");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("mpower-2004q2.xlsx");
    await context.close();
  });

  it.each(["light", "dark"] as const)(
    "has no axe-core violations in the %s theme, with a preview and findings",
    async (colorScheme) => {
      const { context, page } = await openPane(browser, server.origin, { officeScript: null, colorScheme });
      expect(await findAxeViolations(page)).toEqual([]);
      await pasteText(page, MPOWER);
      await page.locator("#preview:not([hidden])").waitFor();
      expect(await findAxeViolations(page)).toEqual([]);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === "dark" ? "rgb(31, 31, 31)" : "rgb(250, 250, 250)");
      await saveScreenshot(page, `taskpane-preview-${colorScheme}.png`);
      await context.close();
    },
  );
});
