/** The `crossfoot` command line: `crossfoot inspect <file|-> [--json]`. */
import { convertExhibit } from "../convert-exhibit";
import { InputError, UsageError } from "../errors";
import { formatSummary } from "./format-summary";
import { readInput } from "./read-input";

export const USAGE = `Usage: crossfoot inspect <file|-> [--json]

  inspect   list the financial tables of an SEC exhibit: statements, periods, rows, findings
  --json    print the full result as JSON (see the README for the format)

Exit codes: 0 the input was read (even with findings); 2 it could not be read, or bad usage.`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: () => Buffer;
}

/** Runs one command and returns its exit code; never throws for bad input or usage. */
export function main(args: readonly string[], io: Io): number {
  try {
    const [command, ...rest] = args;
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE + "\n");
      return 0;
    }
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
    if (error instanceof UsageError) {
      io.stderr(`crossfoot: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`crossfoot: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
