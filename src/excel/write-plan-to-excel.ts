/**
 * Writes a WorkbookPlan into the open workbook with Office.js: one read batch (sheet names and
 * Crossfoot's earlier imports), then one write batch for everything (more only when a request
 * would pass Excel on the web's 5 MB limit), and a clean-up of what it added if Excel refuses.
 *
 *   read:   worksheets names, setting "crossfoot.imports"           -> makePlan(existing)
 *   write:  add marker sheet, add new sheets (Excel refuses a taken name: the check is in the batch),
 *           per sheet: number formats + formulas, styles, conditional formats, layout;
 *           delete the plan's removed sheets, store the import record, show the first sheet,
 *           delete the marker sheet.
 *
 * The marker sheet (a random name no sheet has) is added first and removed last: if a write fails,
 * the sheets this import added are exactly the ones after it, so the clean-up never mistakes a
 * sheet the user made meanwhile under one of the planned names for its own.
 */
import { WorkbookWriteError } from "../errors";
import { IMPORTS_KEY, type ExistingWorkbook, type WorkbookPlan } from "../model/workbook-plan";
import { checkPlanSafety, type SafePlan } from "./check-plan-safety";
import { detectExcelFeatures, type ExcelFeatures } from "./detect-excel-features";
import { estimateBytes } from "./estimate-bytes";
import { packBatches, StepTooLargeError, type StepSlice } from "./pack-batches";
import { parseImportRecords, renderImportRecords, type ImportRecords } from "./parse-import-records";
import { CALL_BYTES, planSheetSteps, RANGE_BYTES, type SheetStep } from "./plan-sheet-steps";
import { queueSheetStep } from "./queue-sheet-step";

export interface WriteProgress {
  stage: "reading" | "planning" | "writing" | "cleaning-up" | "done";
  /** 1-based, while writing. */
  batch?: number;
  batches?: number;
}

export interface WriteReport {
  plan: WorkbookPlan;
  readBatches: number;
  writeBatches: number;
  /** Request bytes sent, best estimate (never below what is sent). */
  bytes: number;
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  /** Largest request to send; Excel on the web refuses more than 5 MB. */
  maxBatchBytes?: number;
  /** Longest address list for one `getRanges` (Excel refuses some long ones); 4,000 characters by default. */
  maxAreasAddress?: number;
}

export const DEFAULT_MAX_BATCH_BYTES = 4_500_000;
/** The read request: two objects, two queries. */
const READ_BYTES = 1_000;
/** What any write request costs before its steps: suspending calculation and screen, sheet lookups. */
const BATCH_OVERHEAD_BYTES = 2_000;

/** Reads the workbook (one batch), asks `makePlan` for the plan (it may await a user's answer), writes it (one batch, more only when over the size budget). */
export async function writePlanToExcel(
  makePlan: (existing: ExistingWorkbook) => WorkbookPlan | Promise<WorkbookPlan>,
  options: WriteOptions = {},
): Promise<WriteReport> {
  const budget = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  const report = (progress: WriteProgress): void => options.onProgress?.(progress);
  const detected = detectExcelFeatures();
  const features = { ...detected, maxAreasAddress: options.maxAreasAddress ?? detected.maxAreasAddress };
  report({ stage: "reading" });
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const setting = context.workbook.settings.getItemOrNullObject(IMPORTS_KEY);
    setting.load("value");
    try {
      await context.sync();
    } catch (error) {
      throw new WorkbookWriteError(
        `Excel could not read the workbook (${describe(error)}). Nothing was changed.`,
        describe(error),
        true,
      );
    }
    const records = parseImportRecords(setting.isNullObject ? null : setting.value);
    const sheetNames = worksheets.items.map((sheet) => sheet.name);
    const existing: ExistingWorkbook = { sheetNames, imports: records.imports };

    report({ stage: "planning" });
    const plan = await makePlan(existing);
    const safe = checkPlanSafety(plan, existing);
    if (typeof safe === "string") {
      throw new WorkbookWriteError(
        `Crossfoot did not write the import: ${safe}. Nothing was changed.`,
        safe,
        true,
      );
    }

    const write = prepareWrite(plan, safe, records, features, budget, sheetNames);
    let bytes = READ_BYTES;
    for (let index = 0; index < write.batches.length; index++) {
      report({ stage: "writing", batch: index + 1, batches: write.batches.length });
      bytes += queueBatch(context, write, index, features);
      try {
        // one request per size budget: the batches were sized before the first was sent
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        report({ stage: "cleaning-up" });
        throw await cleanUp(context, write, error);
      }
    }
    report({ stage: "done" });
    return { plan, readBatches: 1, writeBatches: write.batches.length, bytes };
  });
}

interface PreparedWrite {
  plan: WorkbookPlan;
  safe: SafePlan;
  records: ImportRecords;
  marker: string;
  steps: (SheetStep & { bytes: number })[];
  batches: StepSlice[][];
  /** Estimated bytes of each batch. */
  batchBytes: number[];
}

function prepareWrite(
  plan: WorkbookPlan,
  safe: SafePlan,
  records: ImportRecords,
  features: ExcelFeatures,
  budget: number,
  sheetNames: string[],
): PreparedWrite {
  const marker = pickMarkerName(sheetNames, plan);
  const setup = 2 * RANGE_BYTES + (safe.added.length + 1) * (RANGE_BYTES + estimateBytes(marker));
  const finish = {
    kind: "finish" as const,
    bytes:
      (safe.removed.length + 3) * (RANGE_BYTES + CALL_BYTES) +
      estimateBytes(renderImportRecords(records, plan.record)) +
      estimateBytes(records.unreadable ?? ""),
  };
  const steps = plan.sheets.flatMap((sheet) => planSheetSteps(sheet, features));
  let batches: StepSlice[][];
  try {
    batches = packBatches(
      [{ bytes: setup }, ...steps, finish],
      budget,
      BATCH_OVERHEAD_BYTES + plan.sheets.length * RANGE_BYTES,
    ).map((batch) => batch.map((slice) => ({ ...slice, step: slice.step - 1 })));
  } catch (error) {
    if (!(error instanceof StepTooLargeError)) throw error;
    throw new WorkbookWriteError(
      `Crossfoot did not write the import: part of it is larger than one request to Excel may be (${budget} bytes). Nothing was changed.`,
      error.message,
      true,
    );
  }
  const batchBytes = batches.map(
    (batch) =>
      BATCH_OVERHEAD_BYTES +
      plan.sheets.length * RANGE_BYTES +
      batch.reduce((sum, slice) => sum + sliceBytes(slice, steps, setup, finish.bytes), 0),
  );
  return { plan, safe, records, marker, steps, batches, batchBytes };
}

function sliceBytes(
  slice: StepSlice,
  steps: (SheetStep & { bytes: number; rowBytes?: readonly number[] })[],
  setup: number,
  finish: number,
): number {
  if (slice.step < 0) return setup;
  const step = steps[slice.step];
  if (!step) return finish;
  if (!step.rowBytes || slice.toRow - slice.fromRow === step.rowBytes.length) return step.bytes;
  const rows = step.rowBytes.slice(slice.fromRow, slice.toRow).reduce((a, b) => a + b, 0);
  return step.bytes - step.rowBytes.reduce((a, b) => a + b, 0) + rows;
}

/** Queues batch `index` (setup in the first, finish in the last); returns its estimated bytes. */
function queueBatch(
  context: Excel.RequestContext,
  write: PreparedWrite,
  index: number,
  features: ExcelFeatures,
): number {
  const { plan, safe, records, marker, steps } = write;
  context.application.suspendApiCalculationUntilNextSync();
  if (features.screenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  const worksheets = context.workbook.worksheets;
  const proxies = new Map<string, Excel.Worksheet>();
  const sheetNamed = (name: string): Excel.Worksheet => {
    let proxy = proxies.get(name);
    if (!proxy) proxies.set(name, (proxy = worksheets.getItem(name)));
    return proxy;
  };
  for (const slice of write.batches[index] ?? []) {
    if (slice.step < 0) {
      worksheets.add(marker);
      for (const name of safe.added) proxies.set(name, worksheets.add(name));
      continue;
    }
    const step = steps[slice.step];
    if (step) {
      queueSheetStep(sheetNamed(step.sheet), step, slice, features);
      continue;
    }
    for (const name of safe.removed) worksheets.getItem(name).delete();
    context.workbook.settings.add(IMPORTS_KEY, renderImportRecords(records, plan.record));
    if (records.unreadable !== null)
      context.workbook.settings.add(`${IMPORTS_KEY}.unreadable`, records.unreadable);
    const first = plan.sheets[0];
    if (first) sheetNamed(first.name).activate();
    worksheets.getItem(marker).delete();
  }
  return write.batchBytes[index] ?? 0;
}

/**
 * After a refused batch: deletes the marker sheet and the planned sheets after it (the ones this
 * import added), in one batch after reading the sheet names, and returns the error to throw.
 */
async function cleanUp(
  context: Excel.RequestContext,
  write: PreparedWrite,
  cause: unknown,
): Promise<WorkbookWriteError> {
  const detail = describe(cause);
  const added = new Set(write.safe.added.map((name) => name.toLowerCase()));
  const replaced = write.safe.replaced;
  const touched =
    replaced.length > 0
      ? ` The sheets of the earlier import it was rewriting (${replaced.join(", ")}) may be incomplete: import the exhibit again to rewrite them.`
      : "";
  let removed: string[] = [];
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const names = worksheets.items.map((sheet) => sheet.name);
    const at = names.findIndex((name) => name.toLowerCase() === write.marker.toLowerCase());
    if (at < 0) {
      return new WorkbookWriteError(
        `Excel could not write the import (${detail}). Nothing was changed.`,
        detail,
        true,
      );
    }
    removed = names.slice(at + 1).filter((name) => added.has(name.toLowerCase()));
    for (const name of [write.marker, ...removed]) worksheets.getItem(name).delete();
    await context.sync();
  } catch (error) {
    const left = write.safe.added.join(", ");
    return new WorkbookWriteError(
      `Excel could not write the import (${detail}), and removing the sheets it had started failed too (${describe(error)}). ` +
        `Please delete the sheets it added: ${left}.${touched}`,
      detail,
      false,
    );
  }
  const count = removed.length === 1 ? "the sheet" : `the ${removed.length} sheets`;
  const undone =
    removed.length === 0
      ? "No sheet had been added."
      : `${capitalise(count)} it had started ${removed.length === 1 ? "was" : "were"} removed.`;
  return new WorkbookWriteError(
    replaced.length > 0
      ? `Excel could not write the import (${detail}). ${undone}${touched}`
      : `Excel could not write the import (${detail}). Nothing was changed: ${undone.charAt(0).toLowerCase()}${undone.slice(1)}`,
    detail,
    replaced.length === 0,
  );
}

/** A sheet name no sheet has and no plan uses: "Crossfoot 4f9c2a1e". */
function pickMarkerName(sheetNames: string[], plan: WorkbookPlan): string {
  const taken = new Set(
    [...sheetNames, ...plan.sheets.map((sheet) => sheet.name)].map((name) => name.toLowerCase()),
  );
  for (;;) {
    const name = `Crossfoot ${Math.random().toString(16).slice(2, 10).padEnd(8, "0")}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The host's own words for a failure. */
function describe(error: unknown): string {
  // the client library's errors may come from another realm (an iframe, a vm): no instanceof
  if (
    typeof error === "object" &&
    error !== null &&
    "message" in error &&
    typeof error.message === "string"
  ) {
    return error.message;
  }
  return String(error);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
