/**
 * The `crossfoot` command line: `crossfoot inspect <file|-> [--json]` and
 * `crossfoot convert <file|-> [more files] [-o out.xlsx | --out-dir dir] [--json report.json]`.
 */
import { convertExhibit } from "../convert-exhibit";
import { InputError, OutputError, UsageError } from "../errors";
import { formatSummary } from "./format-summary";
import type { Io } from "./io";
import { parseConvertArgs } from "./parse-convert-args";
import { readInput } from "./read-input";
import { runConvert } from "./run-convert";

export const USAGE = `Usage: crossfoot inspect <file|-> [--json]
       crossfoot convert <file|-> [more files] [-o out.xlsx | --out-dir dir] [--json report.json]

  inspect   list the financial tables of an SEC exhibit: statements, periods, rows, findings
    --json      print the full result as JSON (see the README for the format)
  convert   write each exhibit as a live, self-checking .xlsx workbook (beside the input by default)
    -o          the workbook's path (one input only; its folder must exist)
    --out-dir   the folder for every workbook (created if missing)
    --json      also write the inspect JSON there (an array for several inputs; - for stdout)

Exit codes: inspect: 0 the input was read (even with findings); 2 it could not be read, or bad usage.
            convert: 0 no errors found; 1 a finding of severity error (a mismatch, an empty or
            binary input); 2 an input could not be read or an output not written, or bad usage.`;

export type { Io } from "./io";

/** Runs any command, `convert` included (it writes files, so it is asynchronous); never throws for bad input or usage. */
export async function runCommand(args: readonly string[], io: Io): Promise<number> {
  if (args[0] !== "convert") return main(args, io);
  if (args.includes("--help") || args.includes("-h")) return main(["--help"], io);
  try {
    return await runConvert(parseConvertArgs(args.slice(1)), io);
  } catch (error) {
    return reportError(error, io);
  }
}

/** Runs one command but `convert` and returns its exit code; never throws for bad input or usage. */
export function main(args: readonly string[], io: Io): number {
  try {
    const [command, ...rest] = args;
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE + "\n");
      return 0;
    }
    if (command === "convert") throw new UsageError("convert runs through runCommand, which is asynchronous");
    if (command !== "inspect")
      throw new UsageError(command ? `unknown command "${command}"` : "no command given");
    const json = rest.includes("--json");
    const files = rest.filter((a) => a !== "--json");
    const unknown = files.find((a) => a.startsWith("--"));
    if (unknown) throw new UsageError(`unknown option "${unknown}"`);
    if (files.length !== 1) throw new UsageError("inspect takes exactly one file (or - for standard input)");
    const input = readInput(files[0] as string, io.stdin);
    const result = convertExhibit(input.text, { name: input.name });
    io.stdout(json ? JSON.stringify(result, null, 2) + "\n" : formatSummary(result));
    return 0;
  } catch (error) {
    return reportError(error, io);
  }
}

/** Usage, input and output errors in words, exit code 2; anything else is a bug and is thrown. */
function reportError(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    io.stderr(`crossfoot: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (error instanceof InputError || error instanceof OutputError) {
    io.stderr(`crossfoot: ${error.message}\n`);
    return 2;
  }
  throw error;
}
