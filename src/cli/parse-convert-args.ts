/**
 * The command line of `crossfoot convert`, checked before anything is read or written.
 *
 *   convert q4.txt q2.txt --out-dir models --json report.json
 *   -> { inputs: ["q4.txt", "q2.txt"], output: null, outDir: "models", json: "report.json" }
 */
import { UsageError } from "../errors";

export interface ConvertArgs {
  /** Files, or "-" for standard input, in the order given. */
  inputs: string[];
  /** `-o`: the workbook's path (one input only). */
  output: string | null;
  /** `--out-dir`: the folder every workbook goes to. */
  outDir: string | null;
  /** `--json`: where the inspect JSON goes ("-" for standard output). */
  json: string | null;
}

export function parseConvertArgs(args: readonly string[]): ConvertArgs {
  const parsed: ConvertArgs = { inputs: [], output: null, outDir: null, json: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const option = (["-o", "--out-dir", "--json"] as const).find((name) => name === arg);
    if (option !== undefined) {
      const value = args[i + 1];
      if (value === undefined || value === "") throw new UsageError(`${option} needs a path`);
      const key = option === "-o" ? "output" : option === "--out-dir" ? "outDir" : "json";
      if (parsed[key] !== null) throw new UsageError(`${option} given twice`);
      parsed[key] = value;
      i++;
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      parsed.inputs.push(arg);
    }
  }
  if (parsed.inputs.length === 0)
    throw new UsageError("convert needs at least one file (or - for standard input)");
  if (parsed.inputs.filter((input) => input === "-").length > 1)
    throw new UsageError("standard input (-) can be read only once");
  if (parsed.output !== null && parsed.outDir !== null)
    throw new UsageError("give either -o or --out-dir, not both");
  if (parsed.output !== null && parsed.inputs.length > 1)
    throw new UsageError("-o names one workbook: with several files, use --out-dir");
  return parsed;
}
