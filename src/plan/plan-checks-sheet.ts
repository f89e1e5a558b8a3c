/**
 * The Checks sheet: one row per check the checker made (a total, a link, a balance, a per-share or
 * percent figure, on one column), recomputed by formula from the reported figures it is made of,
 * with its difference, the checker's tolerance and a status formula that shows the checker's
 * verdict; then every other finding. Each row links to its cell and to its line of the exhibit.
 *
 *   Sheet             Row                       Column  Check  Reported  Computed       Difference  Tolerance  Status
 *   IS 3M 2003-12-31  Total Operating Expenses  ...     Total  ='IS..'!H20  ='IS..'!H12+...  =ROUND(E5-F5,10)  3.5  =IF(G5=0,"OK",...)
 */
import type { CheckKind } from "../model/check";
import type { Formula } from "../model/formula";
import { ref, renderFormula } from "../model/formula";
import { formulaOf } from "../model/formula-of";
import type { LinkRelation, Relation } from "../model/relation";
import type { Statement } from "../model/statement";
import type { SheetPlan, StatusCheck } from "../model/workbook-plan";
import { cellAddress } from "../model/a1";
import { linkFormula, sheetReference } from "./sheet-reference";
import { describePeriod } from "./describe-columns";
import { GENERAL_FORMAT, numberFormatOf } from "./number-format";
import { COLORS, sheetPlaces, sheetTolerance } from "./plan-statement-sheet";
import type { PlanContext } from "./plan-statement-sheet";
import { block, format, makeGrid, putFormula, putNumber, putText, style, toSheetPlan } from "./sheet-grid";
import { findingAddress, liveAddress, reportedAddress } from "./statement-layout";

const KIND_WORDS: Record<CheckKind, string> = {
  sum: "Total",
  link: "Link",
  balance: "Balance",
  ratio: "Percent",
  "per-share": "Per share",
};

/** The formula a check recomputes, over the statement's figures (reference form). */
function checkFormula(relation: Relation, column: number): Formula | null {
  if (relation.kind !== "link") return formulaOf(relation, column);
  const target = relation.columns[column];
  return target == null ? null : linkedFormula(relation, target);
}

function linkedFormula(relation: LinkRelation, target: number): Formula {
  const address = ref(relation.target.statement, relation.target.row, target);
  return relation.sign === 1 ? address : { kind: "sum", terms: [{ sign: -1, formula: address }] };
}

const HEADERS = [
  "Sheet",
  "Row",
  "Column",
  "Check",
  "Reported",
  "Computed",
  "Difference",
  "Tolerance",
  "Status",
  "Cell",
  "Line",
  "Finding",
];
const FIRST_ROW = 5;

export function planChecksSheet(
  name: string,
  statements: readonly Statement[],
  relations: readonly Relation[],
  context: PlanContext,
): { sheet: SheetPlan; statusChecks: StatusCheck[]; checkFindings: Set<number> } {
  const grid = makeGrid();
  const checks = context.checks;
  const statusChecks: StatusCheck[] = [];
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const checkFindings = new Set<number>();
  const last = FIRST_ROW + Math.max(checks.length, 1) - 1;
  const statusRange = `${cellAddress(FIRST_ROW, 8)}:${cellAddress(last, 8)}`;

  putText(grid, 0, 0, "Checks");
  style(grid, block(0, 0), { bold: true, size: 14 });
  putText(
    grid,
    1,
    0,
    `${context.exhibit}: every total, link, balance, per-share and percent figure, recomputed from the reported figures it is made of.`,
  );
  style(grid, block(1, 0), { color: COLORS.muted });
  (["OK", "ROUNDING", "MISMATCH"] as const).forEach((status, index) => {
    putText(grid, 2, 2 * index, status);
    putFormula(grid, 2, 2 * index + 1, `=COUNTIF(${statusRange},"${status}")`);
  });
  style(grid, block(2, 0, 1, 6), { bold: true });
  HEADERS.forEach((header, column) => putText(grid, 4, column, header));
  style(grid, block(4, 0, 1, HEADERS.length), { bold: true, fill: COLORS.caption, borderBottom: true });

  checks.forEach((check, index) => {
    const at = FIRST_ROW + index;
    const statement = byId.get(check.statement);
    const relation = relations[check.relation];
    const layout = context.layouts.get(check.statement);
    const row = statement?.rows[check.row];
    const formula = relation === undefined ? null : checkFormula(relation, check.column);
    if (statement === undefined || layout === undefined || row === undefined || formula === null) return;
    const column = statement.columns[check.column];
    putText(grid, at, 0, layout.sheet);
    putText(grid, at, 1, row.label);
    putText(
      grid,
      at,
      2,
      [column?.header ?? "", column ? describePeriod(column) : "", column?.period?.end ?? ""]
        .filter(Boolean)
        .join(" · "),
    );
    putText(grid, at, 3, KIND_WORDS[check.kind]);
    putFormula(
      grid,
      at,
      4,
      `=${sheetReference(layout.sheet, reportedAddress(layout, check.row, check.column))}`,
    );
    const printReported = (address: { statement: string; row: number; column: number | null }): string => {
      const target = context.layouts.get(address.statement);
      return target === undefined
        ? "#REF!"
        : sheetReference(target.sheet, reportedAddress(target, address.row, address.column ?? check.column));
    };
    putFormula(grid, at, 5, renderFormula(formula, printReported));
    const e = cellAddress(at, 4);
    const f = cellAddress(at, 5);
    const g = cellAddress(at, 6);
    const h = cellAddress(at, 7);
    const places = sheetPlaces(row, column, check);
    putFormula(
      grid,
      at,
      6,
      places === null ? `=ROUND(${e}-${f},10)` : `=ROUND(${e}-ROUND(${f},${places}),10)`,
    );
    putNumber(grid, at, 7, sheetTolerance(row, column, check));
    putFormula(grid, at, 8, `=IF(${g}=0,"OK",IF(ABS(${g})<=${h},"ROUNDING","MISMATCH"))`);
    const live = liveAddress(layout, check.row, check.column);
    putFormula(grid, at, 9, linkFormula(layout.sheet, live, `${layout.sheet}!${live}`));
    putFormula(grid, at, 10, linkFormula(context.sourceSheet, `A${row.line}`, String(row.line)));
    const finding = check.finding === null ? undefined : context.findings[check.finding];
    if (finding !== undefined && check.finding !== null) {
      putText(grid, at, 11, finding.message);
      checkFindings.add(check.finding);
    }
    const rowFormat = numberFormatOf(row, statement.columns, check.column);
    format(grid, block(at, 4, 1, 3), rowFormat);
    format(grid, block(at, 7, 1, 1), GENERAL_FORMAT);
    statusChecks.push({
      sheet: name,
      address: cellAddress(at, 8),
      expected: check.verdict,
      finding: check.finding,
      check: index,
    });
  });
  if (checks.length === 0)
    putText(grid, FIRST_ROW, 0, "No totals, links or derived figures were found to check.");

  const rows = Math.max(1, checks.length);
  const status = cellAddress(FIRST_ROW, 8);
  grid.conditionalFormats.push(
    {
      block: block(FIRST_ROW, 8, rows, 1),
      formula: `=${status}="MISMATCH"`,
      fill: COLORS.mismatchFill,
      color: COLORS.mismatchText,
    },
    {
      block: block(FIRST_ROW, 8, rows, 1),
      formula: `=${status}="ROUNDING"`,
      fill: COLORS.roundingFill,
      color: COLORS.roundingText,
    },
  );

  // Every other finding, with where it points.
  const others = context.findings.flatMap((finding, index) =>
    checkFindings.has(index) ? [] : [{ finding, index }],
  );
  let at = FIRST_ROW + rows + 2;
  putText(grid, at, 0, "Other findings");
  style(grid, block(at, 0), { bold: true, size: 12 });
  at += 1;
  ["Severity", "Finding", "Where", "Line"].forEach((header, column) => putText(grid, at, column, header));
  style(grid, block(at, 0, 1, 4), { bold: true, fill: COLORS.caption, borderBottom: true });
  at += 1;
  if (others.length === 0) putText(grid, at, 0, "None.");
  for (const { finding } of others) {
    putText(grid, at, 0, finding.severity);
    putText(grid, at, 1, finding.message);
    const layout = finding.statement === null ? undefined : context.layouts.get(finding.statement);
    if (layout !== undefined) {
      const target = findingAddress(layout, finding);
      putFormula(grid, at, 2, linkFormula(layout.sheet, target, `${layout.sheet}!${target}`));
    }
    if (finding.line !== null) {
      putFormula(grid, at, 3, linkFormula(context.sourceSheet, `A${finding.line}`, String(finding.line)));
    }
    if (finding.severity === "error") style(grid, block(at, 0), { color: COLORS.mismatchText, bold: true });
    at += 1;
  }

  const mismatches = statusChecks.some((check) => check.expected === "MISMATCH");
  const sheet = toSheetPlan(grid, {
    name,
    role: "checks",
    statement: null,
    replaces: false,
    columnWidths: [20, 44, 30, 10, 14, 14, 12, 10, 12, 24, 7, 80],
    freeze: { rows: FIRST_ROW, columns: 0 },
    showGridlines: false,
    tabColor: mismatches ? COLORS.mismatchText : "#107C10",
  });
  return { sheet, statusChecks, checkFindings };
}
