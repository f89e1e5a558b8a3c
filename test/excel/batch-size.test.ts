/**
 * The Office writer's requests stay under the size budget: an exhibit ten times the Mpower size
 * fits one request under Excel on the web's 5 MB; a small budget splits the write into the fewest
 * requests that fit, cutting a big sheet between rows, and the workbook still equals the plan.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { convertExhibit } from "../../src/convert-exhibit";
import { WorkbookWriteError } from "../../src/errors";
import {
  DEFAULT_MAX_BATCH_BYTES,
  writePlanToExcel,
  type WriteProgress,
} from "../../src/excel/write-plan-to-excel";
import { planWorkbook } from "../../src/plan/plan-workbook";
import { compareWorkbookWithPlan } from "./compare-workbook-with-plan";
import { EXCEL_WEB_PAYLOAD_LIMIT, RecordingHost } from "./recording-host";
import { makeSamplePlan } from "./sample-plans";

const { generateExhibit } = require("../../bench/generate-exhibit") as {
  generateExhibit: (bytes: number, seed?: number) => string;
};

describe("request size", () => {
  it("writes an exhibit ten times the Mpower size in one request under 5 MB", async () => {
    const seed = Math.max(
      ...["mpower-2003q4.txt", "mpower-2004q2.txt"].map(
        (name) => fs.statSync(path.join(__dirname, "..", "fixtures", name)).size,
      ),
    );
    const text = generateExhibit(seed * 10);
    const result = convertExhibit(text, { name: "generated.txt" });
    const host = new RecordingHost();
    const report = await writePlanToExcel((existing) =>
      planWorkbook(result, { text, existing, importedAt: null }),
    );
    const write = host.requests[1];
    process.stdout.write(
      `generated ${text.length} characters: ${report.plan.sheets.length} sheets, write ${write?.bytes} bytes\n`,
    );
    expect(report.plan.sheets.length).toBeGreaterThan(20);
    expect(report.writeBatches).toBe(1);
    expect(write?.bytes).toBeLessThan(DEFAULT_MAX_BATCH_BYTES);
    expect(report.bytes).toBeGreaterThanOrEqual(
      host.requests.reduce((sum, request) => sum + request.bytes, 0),
    );
    expect(compareWorkbookWithPlan(host, report.plan)).toEqual([]);
  });

  it("splits into the fewest requests under a small budget, each within it, and the workbook equals the plan", async () => {
    const host = new RecordingHost();
    const plan = makeSamplePlan({ rows: 3000 });
    const budget = 150_000;
    const progress: WriteProgress[] = [];
    const report = await writePlanToExcel(() => plan, {
      maxBatchBytes: budget,
      onProgress: (p) => progress.push(p),
    });
    const writes = host.requests.slice(1);
    const sent = writes.reduce((sum, request) => sum + request.bytes, 0);
    process.stdout.write(`3,000 rows under ${budget} bytes: ${writes.map((r) => r.bytes).join(", ")}\n`);

    expect(writes.length).toBe(report.writeBatches);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.every((request) => request.bytes <= budget && !request.failed)).toBe(true);
    // every request but the last is filled past half the budget: no request could have been saved
    expect(writes.slice(0, -1).every((request) => request.bytes > budget / 2)).toBe(true);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(sent / (budget / 2)));
    expect(report.bytes).toBeGreaterThanOrEqual(
      host.requests.reduce((sum, request) => sum + request.bytes, 0),
    );
    expect(compareWorkbookWithPlan(host, plan)).toEqual([]);
    expect(host.sheetNames()).toEqual(plan.sheets.map((sheet) => sheet.name));
    expect(progress.filter((p) => p.stage === "writing")).toEqual(
      writes.map((_, i) => ({ stage: "writing", batch: i + 1, batches: writes.length })),
    );
  });

  it("cleans up the sheets of earlier requests when a later request is refused", async () => {
    const host = new RecordingHost();
    host.addSheet("Budget");
    host.faults.push({ request: 3, afterActions: 5, message: "Something went wrong." });
    const plan = makeSamplePlan({ rows: 3000 });
    const error = await writePlanToExcel(() => plan, { maxBatchBytes: 150_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as Error).message).toBe(
      "Excel could not write the import (Something went wrong.). Nothing was changed: the 2 sheets it had started were removed.",
    );
    expect(host.sheetNames()).toEqual(["Budget"]);
  });

  it("is refused by a host over 5 MB, and refuses to send a request over its budget", async () => {
    const host = new RecordingHost();
    host.payloadLimit = 20_000;
    const refused = await writePlanToExcel(() => makeSamplePlan({ rows: 400 })).catch((e: unknown) => e);
    expect((refused as Error).message).toBe(
      "Excel could not write the import (The request payload size has exceeded the limit.). Nothing was changed.",
    );
    expect(host.sheetNames()).toEqual([]);
    expect(EXCEL_WEB_PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);

    const tiny = await writePlanToExcel(() => makeSamplePlan({ rows: 10 }), { maxBatchBytes: 3_000 }).catch(
      (e: unknown) => e,
    );
    expect(tiny).toBeInstanceOf(WorkbookWriteError);
    expect((tiny as Error).message).toMatch(
      /^Crossfoot did not write the import: part of it is larger than one request/,
    );
  });
});
