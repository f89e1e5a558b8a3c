/**
 * The pane's first screen says what Crossfoot does, what it writes and that the exhibit stays on the
 * computer, offers the bundled sample, names the add-in only in its footer, and counts in proper
 * singular and plural; in light, dark and high-contrast (forced colours) modes, with a screenshot of
 * each under artifacts/ and no axe-core violation.
 */
import type { Browser } from "playwright-core";
import {
  findAxeViolations,
  launchChromium,
  openPane,
  saveScreenshot,
  serveAddin,
  type AddinServer,
} from "./serve-addin";

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

const MODES = [
  ["light", { colorScheme: "light" }],
  ["dark", { colorScheme: "dark" }],
  ["high-contrast", { colorScheme: "dark", forcedColors: true }],
] as const;

describe("the first run", () => {
  it("explains the add-in before anything else, and names it only in the footer", async () => {
    const { context, page } = await openPane(browser, server.origin, { officeScript: null });
    const intro = page.locator("#intro");
    expect(await intro.isVisible()).toBe(true);
    const text = await intro.innerText();
    expect(text).toMatch(/earnings-release exhibit/);
    expect(text).toMatch(/one new sheet per statement/);
    expect(text).toMatch(/Checks sheet and a Source sheet/);
    expect(text).toMatch(/never leaves this computer/);
    // the first thing on the pane is the intro, not a masthead with the add-in's name
    const first = await page.evaluate(() => document.body.firstElementChild?.id ?? "");
    expect(first).toBe("pane");
    expect(await page.locator("h1").innerText()).not.toMatch(/Crossfoot/);
    expect(await page.locator("header").count()).toBe(0);
    expect(await page.locator("footer.brand").innerText()).toMatch(/^Crossfoot\s+Help and privacy$/);
    expect(await page.locator("footer.brand a").getAttribute("href")).toBe("support.html");
    await context.close();
  });

  it("opens the bundled sample and previews it in proper singular and plural", async () => {
    const { context, page, pageErrors, offMachine } = await openPane(browser, server.origin, {
      officeScript: null,
    });
    await page.locator("#sample-button").click();
    await page.locator("#preview:not([hidden])").waitFor();
    expect(await page.locator("#source-name").textContent()).toBe(
      "Opened the sample exhibit, mpower-2003q4.txt.",
    );
    expect(await page.locator("#exhibit-text").inputValue()).toContain(
      "MPOWER HOLDING ANNOUNCES FOURTH QUARTER AND YEAR END 2003 RESULTS",
    );
    expect(await page.locator("#summary").textContent()).toMatch(
      /^mpower-2003q4\.txt: 5 statements and \d+ findings in 375 lines\.$/,
    );
    expect(await page.locator("#findings-hint").textContent()).toMatch(
      /^\d+ errors?, \d+ warnings?, \d+ remarks?\. /,
    );
    expect(await page.locator("body").innerText()).not.toMatch(/\(s\)/);
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it.each(MODES)(
    "has no axe-core violations in the %s mode, first screen and preview",
    async (mode, options) => {
      const { context, page } = await openPane(browser, server.origin, { officeScript: null, ...options });
      expect(await findAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `taskpane-first-run-${mode}.png`);
      await page.locator("#sample-button").click();
      await page.locator("#preview:not([hidden])").waitFor();
      expect(await findAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `taskpane-sample-${mode}.png`);
      if (options.colorScheme === "dark" && !("forcedColors" in options)) {
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
          "rgb(31, 31, 31)",
        );
      }
      if ("forcedColors" in options) {
        expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
      }
      await context.close();
    },
  );
});
