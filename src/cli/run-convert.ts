/**
 * `crossfoot convert`: one .xlsx workbook per exhibit, the inspect JSON on request, progress and a
 * summary of the findings on stderr. Returns the exit code:
 *   0  every input converted, no finding of severity "error";
 *   1  every input converted, some finding of severity "error" (a mismatch, an empty or binary input);
 *   2  an input could not be read or an output could not be written (the others are still converted).
 *
 *   convert q4.txt            -> q4.xlsx beside q4.txt
 *   convert - -o model.xlsx   -> standard input to model.xlsx
 *   convert a.txt b.txt --out-dir out --json report.json
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { convertExhibit } from "../convert-exhibit";
import { deflateZip } from "./deflate-zip";
import { InputError, OutputError } from "../errors";
import type { InspectResult } from "../model/statement";
import { EMPTY_WORKBOOK, planImport } from "../plan-import";
import { limitStatements } from "../plan/plan-workbook";
import { checkOutputs } from "./check-outputs";
import type { Io } from "./io";
import type { ConvertArgs } from "./parse-convert-args";
import { readInput } from "./read-input";
import { summarizeFindings } from "./summarize-findings";
import { writeFileAtomic, type WriteFs } from "./write-file-atomic";

/** Inputs from this size on get progress lines, as do batches of `MANY_FILES` or more. */
export const LARGE_INPUT_BYTES = 1024 * 1024;
export const MANY_FILES = 3;

export async function runConvert(args: ConvertArgs, io: Io): Promise<number> {
  const targets = args.inputs.map((input) => ({ input, output: outputPathOf(input, args) }));
  checkOutputs(targets, args.json);
  if (args.outDir !== null) makeOutDir(args.outDir);

  // loaded here, not at start-up, so that `inspect` does not pay for exceljs
  const { writePlanToXlsx } = await import("../xlsx/write-plan-to-xlsx");
  const { loadWorkbookClass } = await import("../xlsx/load-workbook-class");
  const Workbook = loadWorkbookClass();
  const results: InspectResult[] = [];
  let failed = 0;
  let mismatched = 0;
  for (const [index, { input, output }] of targets.entries()) {
    try {
      const size = input === "-" ? 0 : sizeOf(input);
      if (targets.length >= MANY_FILES || size >= LARGE_INPUT_BYTES)
        io.stderr(
          `[${index + 1}/${targets.length}] converting ${input}${size > 0 ? ` (${formatBytes(size)})` : ""}\n`,
        );
      const { name, text } = readInput(input, io.stdin);
      const result = convertExhibit(text, { name });
      const importedAt = (io.now?.() ?? new Date()).toISOString();
      const plan = await planImport({ text, result }, EMPTY_WORKBOOK, { importedAt });
      writeOutput(output, deflateZip(await writePlanToXlsx(plan, { Workbook, zip: "store" })), io.fs);
      results.push(result);
      if (result.findings.some((f) => f.severity === "error")) mismatched++;
      // the workbook's own findings too (statements past the sheet limit)
      io.stderr(summarizeFindings({ ...result, findings: limitStatements(result).findings }, output));
    } catch (error) {
      if (!(error instanceof InputError || error instanceof OutputError)) throw error;
      failed++;
      io.stderr(`crossfoot: ${error.message}\n`);
    }
  }
  // one input gives the object `inspect --json` prints; several give an array of those read
  const report = args.inputs.length === 1 ? results[0] : results;
  if (args.json !== null && report !== undefined) {
    const json = JSON.stringify(report, null, 2) + "\n";
    try {
      if (args.json === "-") io.stdout(json);
      else writeOutput(args.json, json, io.fs);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      failed++;
      io.stderr(`crossfoot: ${error.message}\n`);
    }
  }
  if (targets.length > 1)
    io.stderr(
      `converted ${results.length} of ${targets.length} files` +
        `${mismatched > 0 ? `; ${mismatched} with errors` : ""}${failed > 0 ? `; ${failed} failed` : ""}\n`,
    );
  return failed > 0 ? 2 : mismatched > 0 ? 1 : 0;
}

/**
 * Where an input's workbook goes: `-o` as given; in `--out-dir`, or else beside the input, its
 * base name with ".xlsx" for the last extension; standard input makes "stdin.xlsx".
 */
export function outputPathOf(input: string, args: Pick<ConvertArgs, "output" | "outDir">): string {
  if (args.output !== null) return args.output;
  const base = input === "-" ? "stdin" : path.basename(input).replace(/(.)\.[^.]*$/, "$1");
  const dir = args.outDir ?? (input === "-" ? "." : path.dirname(input));
  return path.join(dir, `${base}.xlsx`);
}

function makeOutDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new OutputError(`cannot create the folder ${dir}: ${describeFsError(error)}`);
  }
}

/**
 * Writes a file whole or not at all (an earlier file stays whole on failure); a missing folder is
 * not created (`-o` names a file in a folder that exists).
 */
function writeOutput(file: string, data: Uint8Array | string, files?: WriteFs): void {
  try {
    writeFileAtomic(file, data, files);
  } catch (error) {
    const why =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "its folder does not exist"
        : describeFsError(error);
    throw new OutputError(`cannot write ${file}: ${why}`);
  }
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0; // readInput reports the missing file in words
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  if (code === "ENOTDIR") return "a part of the path is a file";
  if (code === "ENOSPC") return "the disk is full";
  return (error as Error).message;
}

/** "8.0 MB", "512 KB" */
function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
