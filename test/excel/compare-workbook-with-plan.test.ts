/**
 * The comparison the acceptance tests rely on finds each kind of difference (so an equal result
 * means something), and the writer refuses an unsafe plan before it writes anything.
 */
import { WorkbookWriteError } from "../../src/errors";
import { writePlanToExcel } from "../../src/excel/write-plan-to-excel";
import { compareWorkbookWithPlan, shiftFormula } from "./compare-workbook-with-plan";
import { RecordingHost, type SheetModel } from "./recording-host";
import { makeSamplePlan } from "./sample-plans";

async function written(): Promise<{
  host: RecordingHost;
  plan: ReturnType<typeof makeSamplePlan>;
  sheet: SheetModel;
}> {
  const host = new RecordingHost();
  const plan = makeSamplePlan({ rows: 4 });
  await writePlanToExcel(() => plan);
  const sheet = host.sheet("IS 3M 2003-12-31");
  if (!sheet) throw new Error("the statement sheet was not written");
  return { host, plan, sheet };
}

describe("compareWorkbookWithPlan", () => {
  it.each<[string, (sheet: SheetModel, host: RecordingHost) => void, RegExp]>([
    ["a value", (sheet) => (sheet.cells.get("2,1")!.value = 1), /B3: 1, plan -300/],
    ["a formula", (sheet) => (sheet.cells.get("2,4")!.formula = "=B3+C3"), /E3: formula "=B3\+C3"/],
    ["a number format", (sheet) => (sheet.cells.get("2,2")!.numberFormat = "General"), /C3: number format/],
    [
      "text that became a number",
      (sheet) => (sheet.cells.get("1,1")!.numberFormat = "General"),
      /B2: text not formatted/,
    ],
    ["a style", (sheet) => (sheet.cells.get("0,0")!.style.FontBold = false), /A1: style/],
    [
      "a stray cell",
      (sheet) => sheet.cells.set("90,9", { value: "x", formula: null, numberFormat: "General", style: {} }),
      /J91: holds/,
    ],
    [
      "a conditional format",
      (sheet) => sheet.conditionalFormats.pop(),
      /conditional format \d+ .* is missing/,
    ],
    [
      "priority",
      (sheet) => sheet.conditionalFormats.push({ ...sheet.conditionalFormats[0]!, formula: "=E3>0" }),
      /conditional-format areas/,
    ],
    ["a frozen pane", (sheet) => (sheet.freeze = { rows: 1, columns: 0 }), /frozen/],
    ["a sheet name", (sheet) => (sheet.name = "Renamed"), /sheet "IS 3M 2003-12-31" is missing/],
    ["the record", (_, host) => host.workbook.settings.clear(), /import record/],
  ])("finds a changed %s", async (_, tamper, problem) => {
    const { host, plan, sheet } = await written();
    expect(compareWorkbookWithPlan(host, plan)).toEqual([]);
    tamper(sheet, host);
    expect(compareWorkbookWithPlan(host, plan).join("\n")).toMatch(problem);
  });

  it("moves relative references only", () => {
    expect(shiftFormula("=ABS(M12)>$R$1+'Q1 A1'!B$2", 8, 1)).toBe("=ABS(N20)>$R$1+'Q1 A1'!C$2");
  });
});

describe("writePlanToExcel refuses an unsafe plan", () => {
  it("writes nothing when the plan would replace a sheet the user made", async () => {
    const host = new RecordingHost();
    host.addSheet("IS 3M 2003-12-31", { "0,0": "mine" });
    const error = await writePlanToExcel(() => makeSamplePlan({ replaces: [true, false] })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).message).toBe(
      'Crossfoot did not write the import: the sheet "IS 3M 2003-12-31" is not one Crossfoot wrote for this exhibit, so it will not be replaced. Nothing was changed.',
    );
    expect(host.requests).toHaveLength(1);
    expect(host.sheet("IS 3M 2003-12-31")?.cells.get("0,0")?.value).toBe("mine");
  });

  it("writes nothing when the plan adds a name that is taken", async () => {
    const host = new RecordingHost();
    host.addSheet("Source");
    const error = await writePlanToExcel(() => makeSamplePlan()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/a sheet named "Source" already exists/);
    expect(host.requests).toHaveLength(1);
  });

  it("says in words when the workbook cannot be read", async () => {
    const host = new RecordingHost();
    host.faults.push({ request: 1, afterActions: 0, message: "The workbook is busy." });
    const error = await writePlanToExcel(() => makeSamplePlan()).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "Excel could not read the workbook (The workbook is busy.). Nothing was changed.",
    );
  });
});
