/**
 * The pane reads a file with the command line's decoder: an exhibit saved as UTF-16 or as
 * Windows-1252 opens as the same text `crossfoot inspect` reads.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { ROOT, launchChromium, openPane, serveAddin, type AddinServer } from "./serve-addin";

const MPOWER = fs.readFileSync(path.join(ROOT, "test/fixtures/mpower-2003q4.txt"), "utf8");

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

describe("the pane decodes files as the command line does", () => {
  it.each<[string, Buffer, string]>([
    [
      "UTF-16 with its byte-order mark",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MPOWER, "utf16le")]),
      MPOWER,
    ],
    [
      "Windows-1252 curly quotes",
      Buffer.concat([
        Buffer.from([0x93]),
        Buffer.from("Results", "latin1"),
        Buffer.from([0x94, 0x0a]),
        Buffer.from(MPOWER, "latin1"),
      ]),
      `“Results”\n${MPOWER}`,
    ],
  ])("%s", async (_, bytes, text) => {
    const { context, page, pageErrors } = await openPane(browser, server.origin, { officeScript: null });
    await page
      .locator("#file-input")
      .setInputFiles({ name: "exhibit.txt", mimeType: "text/plain", buffer: bytes });
    await page.locator("#preview:not([hidden])").waitFor();
    expect(await page.locator("#exhibit-text").inputValue()).toBe(text.replace(/\r\n/g, "\n"));
    expect(await page.locator("#error").isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
