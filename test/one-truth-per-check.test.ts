/**
 * One truth per check: on every exhibit, each check the check stage made shows the same tolerance
 * and verdict in the JSON finding, on the Checks sheet and on the statement sheet's Tolerance
 * cell; every finding of a check belongs to exactly one check.
 */
import Decimal from "decimal.js";
import { convertExhibit } from "../src/convert-exhibit";
import { cellAddress, parseCellAddress } from "../src/model/a1";
import type { Check } from "../src/model/check";
import type { FindingCode, Severity } from "../src/model/finding";
import type { InspectResult } from "../src/model/statement";
import type { WorkbookPlan } from "../src/model/workbook-plan";
import { planWorkbook } from "../src/plan/plan-workbook";
import { allTextExhibits } from "./exhibits";

const CHECK_CODES = new Set<FindingCode>([
  "sum-mismatch",
  "sum-rounding",
  "link-mismatch",
  "balance-mismatch",
  "ratio-mismatch",
  "per-share-mismatch",
  "per-share-rounding",
  "per-share-rounding-plug",
  "per-share-unsigned-zero",
]);

/** The severities a verdict's finding may have: a mismatch is an error, rounding a remark. */
const SEVERITIES: Record<Check["verdict"], Severity[]> = {
  OK: ["info"],
  ROUNDING: ["info", "warning"],
  MISMATCH: ["error"],
};

/** The number the plan holds at `address` of `sheet`. */
function numberAt(plan: WorkbookPlan, sheet: string, address: string): Decimal {
  const at = parseCellAddress(address);
  const cell =
    at === null ? undefined : plan.sheets.find((s) => s.name === sheet)?.cells[at.row]?.[at.column];
  if (cell?.kind !== "number") throw new Error(`'${sheet}'!${address} holds no number`);
  return new Decimal(cell.value);
}

/** A sheet holds percentages as fractions: 0.05 points is 0.0005 on a percent row or in a percent column. */
function onSheet(result: InspectResult, check: Check): Decimal {
  const statement = result.statements.find((s) => s.id === check.statement);
  const percent =
    statement?.rows[check.row]?.unit === "percent" || statement?.columns[check.column]?.measure === "percent";
  return new Decimal(check.tolerance).dividedBy(percent ? 100 : 1);
}

const exhibits = allTextExhibits();

describe.each(exhibits.map((e) => [e.name, e] as const))("%s", (_, exhibit) => {
  const result = convertExhibit(exhibit.text, { name: exhibit.name });
  const plan = planWorkbook(result, { text: exhibit.text });

  it("makes checks", () => {
    expect(result.checks.length).toBeGreaterThan(0);
  });

  it("gives each check's finding the check's place, numbers and a severity that fits its verdict", () => {
    for (const check of result.checks) {
      if (check.finding === null) {
        expect(check.verdict).toBe("OK");
        continue;
      }
      const finding = result.findings[check.finding];
      expect(finding).toMatchObject({
        code: check.code,
        statement: check.statement,
        row: check.row,
        column: check.column,
        reported: check.reported,
        difference: check.difference,
        tolerance: check.tolerance,
      });
      expect(SEVERITIES[check.verdict]).toContain(finding?.severity);
    }
  });

  it("ties every finding of a check to exactly one check", () => {
    const owners = new Map<number, number>();
    for (const check of result.checks)
      if (check.finding !== null) owners.set(check.finding, (owners.get(check.finding) ?? 0) + 1);
    result.findings.forEach((finding, index) => {
      if (CHECK_CODES.has(finding.code)) expect([index, owners.get(index)]).toEqual([index, 1]);
    });
  });

  it("shows on the Checks sheet every check, with its tolerance and verdict", () => {
    expect(plan.statusChecks.map((status) => status.check)).toEqual(result.checks.map((_, index) => index));
    for (const status of plan.statusChecks) {
      const check = result.checks[status.check] as Check;
      expect([status.check, status.expected, status.finding]).toEqual([
        status.check,
        check.verdict,
        check.finding,
      ]);
      const at = parseCellAddress(status.address);
      if (at === null) throw new Error(`bad address ${status.address}`);
      // the Tolerance column stands just left of the Status column
      const tolerance = numberAt(plan, status.sheet, cellAddress(at.row, at.column - 1));
      expect([status.check, tolerance.toString()]).toEqual([status.check, onSheet(result, check).toString()]);
    }
  });

  it("gives each formula cell of a statement sheet the tolerance of its check", () => {
    for (const live of plan.liveChecks) {
      const check = result.checks[live.check] as Check;
      const tolerance = numberAt(plan, live.sheet, live.tolerance);
      expect([live.live, tolerance.toString()]).toEqual([live.live, onSheet(result, check).toString()]);
    }
  });
});
