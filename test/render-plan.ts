/**
 * A WorkbookPlan as readable text for golden files: each sheet's name and settings, then every
 * non-empty cell by A1 address with its number format, then its conditional formats. The Source
 * sheet is summarised (it is the exhibit itself).
 *
 *   == IS 3M 2003-12-31 (statement s2) freeze 9x1 tab #0F6CBD
 *   B13  = =B11+B12   [#,##0_);(#,##0);"-"_)]
 */
import { cellAddress } from "../src/model/a1";
import type { Block, PlanCell, SheetPlan, WorkbookPlan } from "../src/model/workbook-plan";

function inBlock(block: Block, row: number, column: number): boolean {
  return (
    row >= block.row &&
    row < block.row + block.rows &&
    column >= block.column &&
    column < block.column + block.columns
  );
}

function show(cell: PlanCell): string {
  switch (cell.kind) {
    case "text":
      return JSON.stringify(cell.text);
    case "number":
      return cell.value;
    case "formula":
      return cell.formula;
    case "date":
      return `date ${cell.date}`;
  }
}

function renderSheet(sheet: SheetPlan): string[] {
  const out = [
    `== ${sheet.name} (${sheet.role}${sheet.statement ? ` ${sheet.statement}` : ""}) freeze ${sheet.freeze.rows}x${sheet.freeze.columns} tab ${sheet.tabColor} replaces ${sheet.replaces}`,
  ];
  for (const { row, height } of sheet.rowHeights) out.push(`  row ${row + 1} height ${height}`);
  if (sheet.role === "source") return [...out, `  ${sheet.cells.length} lines`];
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      const format =
        [...sheet.numberFormats].reverse().find((f) => inBlock(f.block, r, c))?.format ?? "General";
      out.push(`  ${cellAddress(r, c).padEnd(5)} ${show(cell)}   [${format}]`);
    }),
  );
  for (const rule of sheet.conditionalFormats) {
    const { row, column, rows, columns } = rule.block;
    out.push(
      `  if ${rule.formula} on ${cellAddress(row, column)}:${cellAddress(row + rows - 1, column + columns - 1)} fill ${rule.fill}`,
    );
  }
  return out;
}

export function renderPlan(plan: WorkbookPlan): string {
  return [
    `record ${plan.record.id} ${plan.record.exhibit} sheets ${plan.record.sheets.join(" | ")}`,
    `remove ${plan.remove.join(" | ") || "-"}`,
    ...plan.sheets.flatMap(renderSheet),
    "",
  ].join("\n");
}
