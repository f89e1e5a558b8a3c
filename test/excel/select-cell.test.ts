/** selectCell and detectExcel against the genuine client library and the recording host. */
import { WorkbookWriteError } from "../../src/errors";
import { detectExcel } from "../../src/excel/detect-excel";
import { selectCell } from "../../src/excel/select-cell";
import { RecordingHost } from "./recording-host";

describe("selectCell", () => {
  it("activates the sheet and selects the cell, in one request", async () => {
    const host = new RecordingHost();
    host.addSheet("Budget");
    host.addSheet("IS 3M 2003-12-31");
    await selectCell("IS 3M 2003-12-31", "C12");
    expect(host.requests).toHaveLength(1);
    expect(host.workbook.activeSheet).toBe("IS 3M 2003-12-31");
    expect(host.workbook.selection).toEqual({
      sheet: "IS 3M 2003-12-31",
      areas: [{ row: 11, column: 2, rows: 1, columns: 1 }],
    });
  });

  it("says in words when the sheet is gone", async () => {
    new RecordingHost();
    const error = await selectCell("Gone", "A1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as Error).message).toBe(
      'Excel could not show cell A1 of "Gone" (The worksheet "Gone" does not exist.).',
    );
  });
});

describe("detectExcel", () => {
  const global = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete global.Office;
  });

  it("is false without Office.js", async () => {
    delete global.Office;
    expect(await detectExcel(50)).toBe(false);
  });

  it.each([
    ["Excel", { host: "Excel", platform: "OfficeOnline" }, true],
    ["Word", { host: "Word", platform: "PC" }, false],
    ["no host (a plain browser tab)", { host: null, platform: null }, false],
  ])("reads Office.onReady's host: %s", async (_, info, expected) => {
    global.Office = { onReady: () => Promise.resolve(info), HostType: { Excel: "Excel" } };
    expect(await detectExcel(1000)).toBe(expected);
  });

  it("is false when Office.onReady never answers", async () => {
    global.Office = { onReady: () => new Promise(() => undefined), HostType: { Excel: "Excel" } };
    expect(await detectExcel(20)).toBe(false);
  });
});
