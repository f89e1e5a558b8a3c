/**
 * The pipeline, in the order of the diagram in the README:
 *
 *   exhibit text --read--> TextTable[] --interpret--> Statement[]
 *
 * Never throws on any input: problems in the exhibit come back as findings.
 */
import type { InspectResult } from "./model/statement";
import { interpretTables } from "./interpret/interpret-tables";
import { readTables } from "./read/read-tables";

export interface ConvertOptions {
  /** The exhibit's file name, for messages and the JSON `source`. */
  name: string;
}

export function convertExhibit(text: string, options: ConvertOptions): InspectResult {
  const read = readTables(text);
  const interpreted = interpretTables(read.tables);
  return {
    source: { name: options.name, lines: read.lines.length },
    statements: interpreted.statements,
    findings: [...read.findings, ...interpreted.findings],
  };
}
