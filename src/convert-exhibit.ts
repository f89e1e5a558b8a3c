/**
 * The pipeline, in the order of the diagram in the README:
 *
 *   exhibit text --read--> TextTable[] --interpret--> Statement[] --infer--> Relation[] --check--> Check[], Finding[]
 *
 * Never throws on any input: problems in the exhibit come back as findings.
 */
import type { InspectResult } from "./model/statement";
import { runChecks } from "./check/check-relations";
import { attachFormulas } from "./infer/attach-formulas";
import { inferRelations } from "./infer/infer-relations";
import { detectCompany } from "./interpret/detect-company";
import { interpretTables } from "./interpret/interpret-tables";
import { readExhibit } from "./read/read-exhibit";

export interface ConvertOptions {
  /** The exhibit's file name, for messages and the JSON `source`. */
  name: string;
}

export function convertExhibit(text: string, options: ConvertOptions): InspectResult {
  const read = readExhibit(text);
  const interpreted = interpretTables(read.tables);
  const relations = inferRelations(interpreted.statements, read.lines);
  const earlier = [...read.findings, ...interpreted.findings];
  const checked = runChecks(interpreted.statements, relations, earlier.length);
  return {
    source: {
      name: options.name,
      lines: read.lines.length,
      company: detectCompany(read.lines),
      ...(read.format === "html" ? { format: read.format, text: read.lines } : {}),
    },
    statements: attachFormulas(interpreted.statements, relations),
    relations,
    findings: [...earlier, ...checked.findings],
    checks: checked.checks,
  };
}
