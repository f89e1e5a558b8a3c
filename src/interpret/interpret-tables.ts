/** The interpret stage: every text table becomes a typed statement. */
import type { Finding } from "../model/finding";
import type { Statement } from "../model/statement";
import type { TextTable } from "../model/text-table";
import { inferBarePeriods } from "./infer-bare-periods";
import { interpretTable } from "./interpret-table";

export function interpretTables(tables: readonly TextTable[]): {
  statements: Statement[];
  findings: Finding[];
} {
  const findings: Finding[] = [];
  const interpreted = tables.map((t, i) => interpretTable(t, `s${i + 1}`, findings));
  const statements = interpreted.map((t) => t.statement);
  inferBarePeriods(
    statements,
    interpreted.map((t) => t.bareDates),
    findings,
  );
  return { statements, findings };
}
