/**
 * Refuses, before anything is written, an output that is one of the inputs or another output:
 * files are compared as files (device and inode after following links, or the resolved folder
 * and name of a file not there yet), so a symlink or a hard link to the input is caught too.
 *
 *   convert q4.txt --json q4.txt          -> "--json q4.txt would overwrite the input q4.txt"
 *   convert q4.txt -o m.xlsx --json m.xlsx -> "--json m.xlsx would overwrite the workbook for q4.txt"
 */
import { OutputError } from "../errors";
import { fileIdentity } from "./resolve-path";

export function checkOutputs(
  targets: readonly { input: string; output: string }[],
  json: string | null,
): void {
  const inputs = new Map<string, string>();
  for (const { input } of targets) if (input !== "-") inputs.set(fileIdentity(input), input);
  const outputs = new Map<string, string>();
  for (const { input, output } of targets) {
    const key = fileIdentity(output);
    const read = inputs.get(key);
    if (read !== undefined)
      throw new OutputError(
        read === input
          ? `the workbook for ${input} would overwrite it (${output})`
          : `the workbook for ${input} would overwrite the input ${read} (${output})`,
      );
    const other = outputs.get(key);
    if (other !== undefined)
      throw new OutputError(`${other} and ${input} would both be written to ${output}`);
    outputs.set(key, input);
  }
  if (json === null || json === "-") return;
  const key = fileIdentity(json);
  const read = inputs.get(key);
  if (read !== undefined) throw new OutputError(`--json ${json} would overwrite the input ${read}`);
  const workbook = outputs.get(key);
  if (workbook !== undefined)
    throw new OutputError(`--json ${json} would overwrite the workbook for ${workbook}`);
}
