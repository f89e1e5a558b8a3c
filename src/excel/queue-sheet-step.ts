/**
 * Queues one write step on a worksheet proxy: calls only, no sync. The calls per step are a
 * constant (or one per distinct look or rule group), never one per cell or row, except on hosts
 * without RangeAreas (ExcelApi 1.7-1.8), where each style area and rule gets its own range.
 *
 *   cells rows 0-39 of "IS 3M 2003-12-31"  ->  A1:H40 numberFormat = [...]; A1:H40 formulas = [...]
 */
import type { Block, SheetPlan } from "../model/workbook-plan";
import { blockAddress } from "../model/a1";
import { chunkAreas } from "./chunk-areas";
import type { ExcelFeatures } from "./detect-excel-features";
import type { CellStyle } from "./group-styles";
import type { SheetStep } from "./plan-sheet-steps";

export function queueSheetStep(
  sheet: Excel.Worksheet,
  step: SheetStep,
  rows: { fromRow: number; toRow: number },
  features: ExcelFeatures,
): void {
  switch (step.kind) {
    case "clear": {
      sheet.getRange().clear(Excel.ClearApplyTo.all);
      sheet.getRange().conditionalFormats.clearAll();
      sheet.freezePanes.unfreeze();
      return;
    }
    case "cells": {
      const { cells } = step;
      const count = rows.toRow - rows.fromRow;
      if (count <= 0) return;
      const range = sheet.getRangeByIndexes(rows.fromRow, 0, count, cells.width);
      // formats first: a text cell is "@" before its text arrives, so Excel never parses it
      range.numberFormat = cells.formats.slice(rows.fromRow, rows.toRow);
      range.formulas = cells.formulas.slice(rows.fromRow, rows.toRow);
      return;
    }
    case "styles": {
      for (const group of step.groups) {
        if (features.rangeAreas) {
          for (const list of chunkAreas(group.areas, features.maxAreasAddress))
            applyStyle(sheet.getRanges(list).format, group.style, features);
        } else {
          for (const area of group.areas) applyStyle(rangeOf(sheet, area).format, group.style, features);
        }
      }
      return;
    }
    case "conditional-formats": {
      // each rule added goes to the top priority: add the lowest first so the plan's first wins
      for (const group of [...step.groups].reverse()) {
        const target = features.rangeAreas
          ? sheet.getRanges(group.areas.map(blockAddress).join(",")) // one list: groupConditionalFormats keeps it short
          : rangeOf(sheet, group.areas[0] ?? { row: 0, column: 0, rows: 1, columns: 1 });
        const format = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = group.formula;
        format.custom.format.fill.color = group.fill;
        format.custom.format.font.color = group.color;
      }
      return;
    }
    case "layout":
      queueLayout(sheet, step.plan, step.replaces, features);
      return;
  }
}

function rangeOf(sheet: Excel.Worksheet, block: Block): Excel.Range {
  return sheet.getRangeByIndexes(block.row, block.column, block.rows, block.columns);
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle, features: ExcelFeatures): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.color !== undefined) format.font.color = style.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined) format.horizontalAlignment = style.horizontalAlignment;
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.indent !== undefined && features.indent) format.indentLevel = style.indent;
  if (style.borderBottom) {
    const edge = format.borders.getItem(Excel.BorderIndex.edgeBottom);
    edge.style = Excel.BorderLineStyle.continuous;
    edge.weight = Excel.BorderWeight.thin;
  }
  if (style.borderLeft) {
    const edge = format.borders.getItem(Excel.BorderIndex.edgeLeft);
    edge.style = Excel.BorderLineStyle.continuous;
    edge.weight = Excel.BorderWeight.medium;
  }
}

/**
 * Column widths (runs of equal widths share a range), frozen panes, gridlines and tab colour.
 * Widths are characters in the plan and points in Excel: 7 pixels a character plus 5 of padding,
 * at 96 pixels to 72 points (Calibri 11, the default font).
 */
function queueLayout(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  replaces: boolean,
  features: ExcelFeatures,
): void {
  const widths = plan.columnWidths;
  for (let from = 0; from < widths.length;) {
    const width = widths[from] ?? 0;
    let to = from + 1;
    while (to < widths.length && widths[to] === width) to++;
    if (width > 0)
      sheet.getRangeByIndexes(0, from, 1, to - from).format.columnWidth = columnWidthPoints(width);
    from = to;
  }
  for (const { row, height } of plan.rowHeights)
    sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
  const { rows, columns } = plan.freeze;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  if (features.gridlines && (replaces || !plan.showGridlines)) sheet.showGridlines = plan.showGridlines;
  if (plan.tabColor !== null) sheet.tabColor = plan.tabColor;
  else if (replaces) sheet.tabColor = "";
}

export function columnWidthPoints(characters: number): number {
  return Math.round(((Math.trunc(characters * 7 + 5) * 72) / 96) * 100) / 100;
}
