/**
 * Acceptance of the Office writer on both Mpower exhibits, through the real pipeline and planner
 * and the genuine Excel client library: one read batch, one write batch under 5 MB, the rebuilt
 * workbook equal to the plan; a refused write cleaned up; clashes and re-imports that touch no
 * sheet but Crossfoot's own.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { convertExhibit } from "../../src/convert-exhibit";
import { WorkbookWriteError } from "../../src/errors";
import { writePlanToExcel } from "../../src/excel/write-plan-to-excel";
import { planWorkbook } from "../../src/plan/plan-workbook";
import { compareWorkbookWithPlan } from "./compare-workbook-with-plan";
import { EXCEL_WEB_PAYLOAD_LIMIT, RecordingHost } from "./recording-host";

const EXHIBITS = ["mpower-2003q4.txt", "mpower-2004q2.txt"];

function readExhibit(name: string): string {
  return fs.readFileSync(path.join(__dirname, "..", "fixtures", name), "utf8");
}

/** The task pane's flow: convert, then plan against the workbook the writer read. */
function planFor(name: string, options: { replace?: boolean } = {}) {
  const text = readExhibit(name);
  const result = convertExhibit(text, { name });
  return (existing: Parameters<typeof planWorkbook>[1]["existing"]) =>
    planWorkbook(result, { text, existing, replace: options.replace ?? false, importedAt: null });
}

describe.each(EXHIBITS)("%s", (name) => {
  it("is read in one batch and written in one, under 5 MB, and the workbook equals the plan", async () => {
    const host = new RecordingHost();
    host.addSheet("Sheet1");
    const report = await writePlanToExcel(planFor(name));
    const [read, write] = host.requests;
    process.stdout.write(
      `${name}: ${report.plan.sheets.length} sheets, read ${read?.bytes} bytes, write ${write?.bytes} bytes ` +
        `(estimated ${report.bytes} in all)\n`,
    );
    expect(host.requests).toHaveLength(2);
    expect(report).toMatchObject({ readBatches: 1, writeBatches: 1 });
    expect(write?.bytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    // the writer's estimate never falls below what is sent
    expect(report.bytes).toBeGreaterThanOrEqual((read?.bytes ?? 0) + (write?.bytes ?? 0));
    expect(report.bytes).toBeLessThan(3 * ((read?.bytes ?? 0) + (write?.bytes ?? 0)));
    expect(compareWorkbookWithPlan(host, report.plan)).toEqual([]);
    expect(host.sheetNames()).toEqual(["Sheet1", ...report.plan.sheets.map((sheet) => sheet.name)]);
  });

  it("removes every sheet it added when Excel refuses the write, and says so", async () => {
    const plan = planFor(name)({ sheetNames: ["Budget"], imports: [] });
    const dryRun = new RecordingHost();
    dryRun.addSheet("Budget");
    await writePlanToExcel(() => plan);
    const actions = dryRun.requests[1]?.actions.length ?? 0;

    // the write request fails two thirds of the way through: every sheet is added by then
    const host = new RecordingHost();
    host.addSheet("Budget", { "0,0": 1 });
    host.faults.push({
      request: 2,
      afterActions: Math.floor((actions * 2) / 3),
      code: "GeneralException",
      message: "The server is busy.",
    });
    const error = await writePlanToExcel(() => plan).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WorkbookWriteError);
    const writeError = error as WorkbookWriteError;
    expect(writeError.cleanedUp).toBe(true);
    expect(writeError.message).toMatch(
      new RegExp(
        `^Excel could not write the import \\(The server is busy\\.\\)\\. Nothing was changed: the ${plan.sheets.length} sheets it had started were removed\\.$`,
      ),
    );
    expect(host.requests).toHaveLength(4); // read, write, clean-up read, clean-up
    expect(host.requests[1]?.failed).toBe(true);
    expect(host.requests[3]?.calls.filter((call) => call === "Worksheet.Delete")).toHaveLength(
      plan.sheets.length + 1,
    );
    expect(host.sheetNames()).toEqual(["Budget"]);
    expect(host.sheet("Budget")?.cells.get("0,0")?.value).toBe(1);
  });

  it("leaves the user's sheets of the same names alone", async () => {
    const first = new RecordingHost();
    const names = (await writePlanToExcel(planFor(name))).plan.sheets.map((sheet) => sheet.name);

    const host = new RecordingHost();
    const users = names.map((sheetName, i) => host.addSheet(sheetName, { "0,0": `user ${i}` }));
    const report = await writePlanToExcel(planFor(name));
    expect(compareWorkbookWithPlan(host, report.plan)).toEqual([]);
    users.forEach((sheet, i) => {
      expect(host.sheetNames()).toContain(names[i]);
      expect([...sheet.cells.values()].map((cell) => cell.value)).toEqual([`user ${i}`]);
    });
    expect(report.plan.sheets.every((sheet) => !names.includes(sheet.name))).toBe(true);
    expect(first.sheetNames()).toEqual(names);
  });

  it("refuses, inside the write batch, a name the user took while the plan was made", async () => {
    const host = new RecordingHost();
    host.addSheet("Budget");
    const make = planFor(name);
    let taken = "";
    const error = await writePlanToExcel((existing) => {
      const plan = make(existing);
      taken = plan.sheets[2]?.name ?? "";
      host.addSheet(taken, { "0,0": "typed while the dialog was open" }); // after the read
      return plan;
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).message).toMatch(/the 2 sheets it had started were removed/);
    expect(host.sheetNames()).toEqual(["Budget", taken]);
    expect(host.sheet(taken)?.cells.get("0,0")?.value).toBe("typed while the dialog was open");
  });

  it("re-imported with replace, rewrites only its own earlier sheets, in place", async () => {
    const host = new RecordingHost();
    host.addSheet("Budget", { "0,0": "=SUM('Checks'!A1:A3)" });
    const first = await writePlanToExcel(planFor(name));
    const firstIds = first.plan.sheets.map((sheet) => host.sheet(sheet.name)?.id);
    // the user's own sheet named like one Crossfoot would choose next
    host.addSheet(`${first.plan.sheets[0]?.name ?? ""} (2)`.slice(0, 31), { "0,0": "mine" });
    const before = host.sheetNames();

    const second = await writePlanToExcel(planFor(name, { replace: true }));
    expect(second.plan.sheets.every((sheet) => sheet.replaces)).toBe(true);
    expect(second.writeBatches).toBe(1);
    expect(host.sheetNames()).toEqual(before);
    expect(second.plan.sheets.map((sheet) => host.sheet(sheet.name)?.id)).toEqual(firstIds);
    expect(compareWorkbookWithPlan(host, second.plan)).toEqual([]);
    expect(host.sheet("Budget")?.cells.get("0,0")?.formula).toBe("=SUM('Checks'!A1:A3)");
    expect(host.sheet(before[before.length - 1] ?? "")?.cells.get("0,0")?.value).toBe("mine");
    const records = JSON.parse(String(host.workbook.settings.get("crossfoot.imports"))) as unknown[];
    expect(records).toEqual([second.plan.record]);
  });
});
