/**
 * A sheet being planned: cells placed by 0-based row and column, with the number formats, styles
 * and conditional formats of its blocks. Becomes a SheetPlan with `toSheetPlan`.
 */
import type { Block, ConditionalFormat, PlanCell, SheetPlan, StyleBlock } from "../model/workbook-plan";
import { TEXT_FORMAT } from "../model/workbook-plan";

export interface SheetGrid {
  cells: (PlanCell | null)[][];
  numberFormats: { block: Block; format: string }[];
  styles: StyleBlock[];
  conditionalFormats: ConditionalFormat[];
}

export function makeGrid(): SheetGrid {
  return { cells: [], numberFormats: [], styles: [], conditionalFormats: [] };
}

export function block(row: number, column: number, rows = 1, columns = 1): Block {
  return { row, column, rows, columns };
}

export function put(grid: SheetGrid, row: number, column: number, cell: PlanCell | null): void {
  const cells = (grid.cells[row] ??= []);
  while (cells.length < column) cells.push(null);
  cells[column] = cell;
}

/** Text that stays text: the cell is also given the Text number format, so no host parses it. */
export function putText(grid: SheetGrid, row: number, column: number, text: string): void {
  put(grid, row, column, { kind: "text", text });
  grid.numberFormats.push({ block: block(row, column), format: TEXT_FORMAT });
}

export function putFormula(grid: SheetGrid, row: number, column: number, formula: string): void {
  put(grid, row, column, { kind: "formula", formula });
}

export function putNumber(grid: SheetGrid, row: number, column: number, value: string): void {
  put(grid, row, column, { kind: "number", value });
}

export function format(grid: SheetGrid, where: Block, numberFormat: string): void {
  grid.numberFormats.push({ block: where, format: numberFormat });
}

export function style(grid: SheetGrid, where: Block, look: Omit<StyleBlock, "block">): void {
  grid.styles.push({ block: where, ...look });
}

/** Rows padded to the same length, so every writer sees one rectangle. */
export function toSheetPlan(
  grid: SheetGrid,
  rest: Omit<SheetPlan, "cells" | "numberFormats" | "styles" | "conditionalFormats" | "rowHeights"> & {
    rowHeights?: SheetPlan["rowHeights"];
  },
): SheetPlan {
  let width = 0;
  for (let index = 0; index < grid.cells.length; index += 1)
    width = Math.max(width, grid.cells[index]?.length ?? 0);
  const cells: (PlanCell | null)[][] = [];
  for (let index = 0; index < grid.cells.length; index += 1) {
    const row = [...(grid.cells[index] ?? [])];
    while (row.length < width) row.push(null);
    cells.push(row);
  }
  return {
    ...rest,
    rowHeights: rest.rowHeights ?? [],
    cells,
    numberFormats: grid.numberFormats,
    styles: grid.styles,
    conditionalFormats: grid.conditionalFormats,
  };
}
