/**
 * The Source sheet: the exhibit as it was read, one line per row, so line N is cell B{N} and every
 * "Line" link lands on it. The lines of each table are shaded.
 *
 *   A216  216   B216  "Total Operating Revenues          36,879      36,712      38,015"
 */
import type { Statement } from "../model/statement";
import type { SheetPlan } from "../model/workbook-plan";
import { COLORS } from "./plan-statement-sheet";
import { block, format, makeGrid, put, putNumber, style, toSheetPlan } from "./sheet-grid";
import { TEXT_FORMAT } from "../model/workbook-plan";
import { GENERAL_FORMAT } from "./number-format";

/** The most characters a spreadsheet cell holds. */
export const MAX_CELL_TEXT = 32767;

export function planSourceSheet(
  name: string,
  lines: readonly string[],
  statements: readonly Statement[],
): SheetPlan {
  const grid = makeGrid();
  lines.forEach((line, index) => {
    putNumber(grid, index, 0, String(index + 1));
    const text =
      line.length > MAX_CELL_TEXT
        ? `${line.slice(0, MAX_CELL_TEXT - 40)} [... ${line.length} characters in all]`
        : line;
    if (text !== "") put(grid, index, 1, { kind: "text", text });
  });
  const rows = Math.max(1, lines.length);
  format(grid, block(0, 0, rows, 1), GENERAL_FORMAT);
  format(grid, block(0, 1, rows, 1), TEXT_FORMAT);
  style(grid, block(0, 0, rows, 1), { color: COLORS.muted, horizontalAlignment: "Right" });
  style(grid, block(0, 1, rows, 1), { fontName: "Consolas" });
  for (const statement of statements) {
    const [first, last] = statement.lines;
    style(grid, block(first - 1, 1, last - first + 1, 1), { fill: COLORS.reported });
  }
  const widest = Math.max(20, ...lines.slice(0, 5000).map((line) => line.length));
  return toSheetPlan(grid, {
    name,
    role: "source",
    statement: null,
    replaces: false,
    columnWidths: [7, Math.min(200, widest + 2)],
    freeze: { rows: 0, columns: 1 },
    showGridlines: false,
    tabColor: "#8A8886",
  });
}
