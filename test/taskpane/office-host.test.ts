/**
 * The built task pane as Excel runs it, with the genuine Excel client library answered by a
 * recording host: "Write" sends one read and one write batch, a finding's button selects its
 * cell, a refused write is explained, and a re-import asks before replacing.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { convertExhibit } from "../../src/convert-exhibit";
import { planWorkbook } from "../../src/plan/plan-workbook";
import type { ResponseBody } from "../excel/load-office-js";
import { RecordingHost } from "../excel/recording-host";
import { makeOfficeHostScript } from "./office-host-script";
import {
  ROOT,
  findAxeViolations,
  launchChromium,
  openPane,
  saveScreenshot,
  serveAddin,
  type AddinServer,
} from "./serve-addin";

const MPOWER = fs.readFileSync(path.join(ROOT, "test/fixtures/mpower-2003q4.txt"), "utf8");
/** The sheets the planner makes of Mpower Q4 2003 in a workbook that holds only "Budget". */
const PLANNED = planWorkbook(convertExhibit(MPOWER, { name: "pasted exhibit" }), {
  text: MPOWER,
  existing: { sheetNames: ["Budget"], imports: [] },
}).sheets.map((sheet) => sheet.name);

let server: AddinServer;
let browser: Browser;
let officeScript: string;

beforeAll(async () => {
  server = await serveAddin();
  browser = await launchChromium();
  officeScript = makeOfficeHostScript();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The task pane in "Excel", every request answered and recorded by `host`. */
async function openInExcel(host: RecordingHost, colorScheme: "light" | "dark" = "light") {
  // the host's answer function is private: it is the handler it gives the library in Node
  const answer = (text: string): ResponseBody => host.answer(text);
  const prepare = (context: BrowserContext) =>
    context.exposeFunction("crossfootAnswer", (text: string) => JSON.stringify(answer(text)));
  return openPane(browser, server.origin, { officeScript, colorScheme, prepare });
}

async function previewMpower(page: Page): Promise<void> {
  await page.locator("#exhibit-text").fill(MPOWER);
  await page.locator("#preview-button").click();
  await page.locator("#preview:not([hidden])").waitFor();
}

describe("the task pane in Excel", () => {
  it("writes with one read and one write batch, then selects a finding's cell", async () => {
    const host = new RecordingHost();
    host.addSheet("Budget", { "0,0": "my own numbers" });
    const { context, page, offMachine, pageErrors } = await openInExcel(host);
    expect(await page.locator("#write-button").textContent()).toBe("Write to workbook");
    await previewMpower(page);
    expect(await page.locator("#statement-list > li").count()).toBe(5);
    expect(host.requests).toHaveLength(0);

    await page.locator("#write-button").click();
    await page.locator("#status", { hasText: /^Wrote \d+ sheets to the workbook\.$/ }).waitFor();
    expect(host.requests.map((request) => request.failed)).toEqual([false, false]);
    const [read, write] = host.requests;
    expect(read?.calls.some((call) => call.startsWith("Worksheets.Add"))).toBe(false);
    expect(write?.calls).toContain("Worksheets.Add");
    expect(host.sheetNames()).toEqual(["Budget", ...PLANNED]);
    expect(PLANNED.slice(-2)).toEqual(["Checks", "Source"]);
    expect(host.sheet("Budget")?.cells.get("0,0")?.value).toBe("my own numbers");

    const buttons = page.locator("#finding-list button");
    expect(await buttons.count()).toBeGreaterThan(0);
    await saveScreenshot(page, "taskpane-findings.png");
    const place = await buttons.first().locator(".finding-place").textContent();
    const [, sheet, address] = /cell '((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(place ?? "") ?? [];
    expect(sheet).toBeDefined();

    // keyboard: Tab lands on the first finding, arrows move, Enter selects
    await buttons.first().focus();
    await page.keyboard.press("ArrowDown");
    expect(
      await page.evaluate(() => document.activeElement?.closest("li")?.previousElementSibling !== null),
    ).toBe(true);
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    await page.locator("#status", { hasText: /^Selected / }).waitFor();
    expect(host.requests).toHaveLength(3);
    expect(host.workbook.activeSheet).toBe(sheet?.replace(/''/g, "'"));
    expect(host.workbook.selection?.sheet).toBe(sheet?.replace(/''/g, "'"));
    expect(await page.locator("#status").textContent()).toBe(`Selected '${sheet}'!${address}.`);

    expect(await findAxeViolations(page)).toEqual([]);
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("explains a write Excel refuses, after the sheets it started are removed", async () => {
    const host = new RecordingHost();
    host.addSheet("Budget");
    host.faults.push({
      request: 2,
      afterActions: 40,
      code: "GeneralException",
      message: "The host refused the request.",
    });
    const { context, page } = await openInExcel(host);
    await previewMpower(page);
    await page.locator("#write-button").click();
    await page.locator("#error:not([hidden])").waitFor();
    expect(await page.locator("#error-text").textContent()).toMatch(/The host refused the request/);
    expect(await page.locator("#status").textContent()).toBe("Nothing was written.");
    expect(host.sheetNames()).toEqual(["Budget"]);
    expect(await page.locator("#write-button").isEnabled()).toBe(true);
    await context.close();
  });

  it("asks before replacing an earlier import of the same exhibit; cancel writes nothing", async () => {
    const host = new RecordingHost();
    const { context, page } = await openInExcel(host, "dark");
    await previewMpower(page);
    await page.locator("#write-button").click();
    await page.locator("#status", { hasText: /^Wrote / }).waitFor();
    const firstImport = host.sheetNames();
    const requestsBefore = host.requests.length;

    await page.locator("#write-button").click();
    await page.locator("#question:not([hidden])").waitFor();
    const question = await page.locator("#question-text").textContent();
    expect(question).toMatch(
      /^pasted exhibit was imported before on \d{4}-\d{2}-\d{2} \(\d+ sheets\)\. Replace Crossfoot's earlier sheets, or add a new copy\?$/,
    );
    expect(question).toContain(`(${PLANNED.length} sheets)`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("replace-button");
    expect(await findAxeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.locator("#status", { hasText: "Cancelled: nothing was written." }).waitFor();
    // the read batch that found the earlier import, and no write
    expect(host.requests).toHaveLength(requestsBefore + 1);
    expect(host.sheetNames()).toEqual(firstImport);

    await page.locator("#write-button").click();
    await page.locator("#replace-button").click();
    await page.locator("#status", { hasText: /^Wrote / }).waitFor();
    expect(host.sheetNames()).toEqual(firstImport);
    await context.close();
  });
});
