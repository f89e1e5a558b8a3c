/**
 * The Office writer against the genuine Excel client library and a recording host: round trips,
 * calls per sheet, the workbook rebuilt from the requests, text that stays text.
 */
import { writePlanToExcel, type WriteProgress } from "../../src/excel/write-plan-to-excel";
import { IMPORTS_KEY } from "../../src/model/workbook-plan";
import { compareWorkbookWithPlan } from "./compare-workbook-with-plan";
import { RecordingHost } from "./recording-host";
import { makeSamplePlan } from "./sample-plans";

describe("writePlanToExcel", () => {
  it("reads in one batch, writes in one, and the workbook equals the plan", async () => {
    const host = new RecordingHost();
    host.addSheet("Sheet1", { "0,0": "mine" });
    const plan = makeSamplePlan();
    const progress: WriteProgress[] = [];
    const report = await writePlanToExcel(() => plan, { onProgress: (p) => progress.push(p) });

    expect(host.requests).toHaveLength(2);
    expect(report).toMatchObject({ readBatches: 1, writeBatches: 1 });
    expect(compareWorkbookWithPlan(host, plan)).toEqual([]);
    expect(host.sheetNames()).toEqual(["Sheet1", "IS 3M 2003-12-31", "Source"]);
    expect(host.sheet("Sheet1")?.cells.get("0,0")?.value).toBe("mine");
    expect(host.workbook.activeSheet).toBe("IS 3M 2003-12-31");
    expect(progress.map((p) => p.stage)).toEqual(["reading", "planning", "writing", "done"]);
    expect(host.suspended[1]).toEqual({ calculation: true, screen: true });
  });

  it("passes the sheet names and earlier imports it read to makePlan", async () => {
    const host = new RecordingHost();
    host.addSheet("Budget");
    const earlier = { id: "zz", exhibit: "old.txt", importedAt: "2024-01-01T00:00:00Z", sheets: ["Budget"] };
    host.workbook.settings.set(IMPORTS_KEY, JSON.stringify([earlier, 42]));
    const plan = makeSamplePlan();
    let seen: unknown = null;
    await writePlanToExcel((existing) => {
      seen = existing;
      return plan;
    });
    expect(seen).toEqual({ sheetNames: ["Budget"], imports: [earlier] });
    // the other import's record and the entry it could not read are kept
    expect(JSON.parse(String(host.workbook.settings.get(IMPORTS_KEY)))).toEqual([earlier, 42, plan.record]);
  });

  it("keeps every text cell text, whatever it looks like", async () => {
    const host = new RecordingHost();
    const plan = makeSamplePlan();
    await writePlanToExcel(() => plan);
    const source = host.sheet("Source");
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => source?.cells.get(`${r},0`));
    expect(values.map((cell) => cell?.value)).toEqual([
      "=SUM(A1)",
      "1,234",
      "2003-12-31",
      "(2,118)",
      "+1",
      "-",
      "'quoted",
      "TRUE",
      "54.9%",
      "@risk",
    ]);
    expect(values.every((cell) => cell?.formula === null && cell.numberFormat === "@")).toBe(true);
  });

  it("makes a constant number of calls per sheet, whatever its row count", async () => {
    // the library writes a 2-D block of more than 1,500 cells as bands of rows (one set per band):
    // one set of the writer, so consecutive band sets count once and the band lookups not at all
    const ownCalls = (calls: string[]): string[] =>
      calls
        .filter((call) => !/^RangeChunk\.GetBoundingRect$|\.GetRow$|\._ValidateArraySize$/.test(call))
        .map((call) => call.replace(/^RangeChunk\./, "Range."))
        .filter((call, i, all) => !(call.startsWith("Range.") && call === all[i - 1]));
    const calls = async (rows: number, maxAreasAddress?: number): Promise<string[]> => {
      const host = new RecordingHost();
      const plan = makeSamplePlan({ rows });
      await writePlanToExcel(() => plan, { maxAreasAddress });
      expect(compareWorkbookWithPlan(host, plan)).toEqual([]);
      return ownCalls(host.requests[1]?.calls ?? []);
    };
    // with address lists of any length, the calls do not depend on the rows at all
    const small = await calls(10, Infinity);
    expect(small.length).toBeLessThan(80);
    expect(await calls(2000, Infinity)).toEqual(small);
    // by default a look spread over a thousand areas (every other row indented) takes one more
    // getRanges list per 4,000 characters of addresses, as Excel refuses some longer ones
    const lists = (found: string[]): number => found.filter((call) => call === "Worksheet.GetRanges").length;
    expect(await calls(10)).toEqual(small);
    const large = await calls(2000);
    expect(lists(large) - lists(small)).toBeGreaterThan(0);
    expect(lists(large) - lists(small)).toBeLessThanOrEqual(8);
  });

  it("on ExcelApi 1.7 writes the same workbook without RangeAreas, indent or gridlines", async () => {
    const host = new RecordingHost({ excelApi: "1.7" });
    const plan = makeSamplePlan({ rows: 5 });
    await writePlanToExcel(() => plan);
    expect(host.requests).toHaveLength(2);
    expect(host.allCalls().some((call) => /GetRanges|IndentLevel|Gridlines|SuspendScreen/.test(call))).toBe(
      false,
    );
    expect(compareWorkbookWithPlan(host, plan, { withoutIndent: true, withoutGridlines: true })).toEqual([]);
  });
});
