/**
 * Style blocks folded cell by cell (later blocks win) and regrouped by identical look, so a sheet
 * needs one `getRanges("A1:C1, A5:C5, ...")` per distinct style however many rows it has.
 *
 *   [{A1:C1 bold}, {A5:C5 bold}, {A5 italic}]
 *   ->  { bold } on "A1:C1, B5:C5";  { bold, italic } on "A5"
 *
 * Borders belong to an edge of a block, so they are kept per cell: a bottom line on the cells of
 * a block's last row, a left line on the cells of its first column; areas of a style with a
 * bottom line are one row tall, and of a style with a left line one column wide.
 */
import type { Block, StyleBlock } from "../model/workbook-plan";

/** A StyleBlock's look without its block; `borderBottom` / `borderLeft` mean "this cell has that edge". */
export type CellStyle = Omit<StyleBlock, "block">;

export interface StyleGroup {
  style: CellStyle;
  /** Areas in reading order. */
  areas: Block[];
}

const PROPERTIES = [
  "bold",
  "italic",
  "size",
  "fontName",
  "color",
  "fill",
  "horizontalAlignment",
  "indent",
  "wrapText",
] as const satisfies readonly (keyof CellStyle)[];

export function groupStyles(blocks: readonly StyleBlock[]): StyleGroup[] {
  const cells = new Map<string, { row: number; column: number; style: CellStyle }>();
  for (const block of blocks) foldBlock(cells, block);

  const byKey = new Map<string, { style: CellStyle; cells: { row: number; column: number }[] }>();
  for (const cell of cells.values()) {
    const key = styleKey(cell.style);
    if (key === "{}") continue;
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { style: cell.style, cells: [] }));
    group.cells.push(cell);
  }
  return [...byKey.values()].map(({ style, cells: members }) => ({
    style,
    areas: mergeCells(members, style),
  }));
}

function foldBlock(
  cells: Map<string, { row: number; column: number; style: CellStyle }>,
  block: StyleBlock,
): void {
  const { row, column, rows, columns } = block.block;
  for (let r = row; r < row + rows; r++) {
    for (let c = column; c < column + columns; c++) {
      const key = `${r},${c}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { row: r, column: c, style: {} }));
      const style: Record<string, unknown> = { ...cell.style };
      for (const property of PROPERTIES) {
        if (block[property] !== undefined) style[property] = block[property];
      }
      if (block.borderBottom !== undefined && r === row + rows - 1)
        setEdge(style, "borderBottom", block.borderBottom);
      if (block.borderLeft !== undefined && c === column) setEdge(style, "borderLeft", block.borderLeft);
      cell.style = style as CellStyle;
    }
  }
}

/** A line is drawn on a new sheet only where asked; "no line" is the default, so it is left out. */
function setEdge(style: Record<string, unknown>, edge: "borderBottom" | "borderLeft", on: boolean): void {
  if (on) style[edge] = true;
  else delete style[edge];
}

/** The same text for the same look, whatever order its properties were set in. */
export function styleKey(style: CellStyle): string {
  const entries = Object.entries(style)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

/** Runs along each row, then runs of equal span stacked down the rows. */
function mergeCells(cells: { row: number; column: number }[], style: CellStyle): Block[] {
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: Block[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    const extends_ =
      last !== undefined &&
      !style.borderLeft &&
      last.row === cell.row &&
      last.column + last.columns === cell.column;
    if (extends_) last.columns += 1;
    else runs.push({ row: cell.row, column: cell.column, rows: 1, columns: 1 });
  }
  if (style.borderBottom) return runs;
  const open = new Map<string, Block>();
  const areas: Block[] = [];
  for (const run of runs) {
    const key = `${run.column},${run.columns}`;
    const above = open.get(key);
    if (above && above.row + above.rows === run.row) {
      above.rows += 1;
    } else {
      const area = { ...run };
      open.set(key, area);
      areas.push(area);
    }
  }
  return areas;
}
