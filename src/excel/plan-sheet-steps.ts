/**
 * A sheet plan as the few write steps the Office writer queues for it, each with the bytes it adds
 * to a request, whatever the sheet's row count: clear (when it replaces an earlier import's sheet),
 * cells (number formats then formulas, one 2-D block, cut into row bands only to fit a request),
 * styles (one range per distinct look), conditional formats (one rule per group), layout.
 *
 *   sheet of 60 rows, 4 looks, 2 rule groups  ->  cells, styles (4 ranges), conditional formats (2), layout
 */
import type { SheetPlan } from "../model/workbook-plan";
import { blockAddress } from "../model/a1";
import { buildSheetCells, type SheetCells } from "./build-sheet-cells";
import { chunkAreas } from "./chunk-areas";
import type { ExcelFeatures } from "./detect-excel-features";
import { estimateBytes, utf8Length } from "./estimate-bytes";
import { groupConditionalFormats, type ConditionalFormatGroup } from "./group-conditional-formats";
import { groupStyles, type StyleGroup } from "./group-styles";
import type { SizedStep } from "./pack-batches";

export type SheetStep =
  | { kind: "clear"; sheet: string }
  | { kind: "cells"; sheet: string; cells: SheetCells }
  | { kind: "styles"; sheet: string; groups: StyleGroup[] }
  | { kind: "conditional-formats"; sheet: string; groups: ConditionalFormatGroup[] }
  | { kind: "layout"; sheet: string; plan: SheetPlan; replaces: boolean };

/**
 * Request bytes of the calls, measured on the client library's requests and rounded up: getting a
 * range (its path, instantiation and reference) and one property set or method call on an object
 * below it. Tests check that the estimate is never below what is sent.
 */
export const RANGE_BYTES = 520;
export const CALL_BYTES = 260;

export function planSheetSteps(sheet: SheetPlan, features: ExcelFeatures): (SheetStep & SizedStep)[] {
  const steps: (SheetStep & SizedStep)[] = [];
  const name = sheet.name;
  if (sheet.replaces) steps.push({ kind: "clear", sheet: name, bytes: 2 * RANGE_BYTES + 3 * CALL_BYTES });

  const cells = buildSheetCells(sheet);
  if (cells.formulas.length > 0 && cells.width > 0) {
    const rowBytes = cells.rowBytes;
    const fixed = 2 * RANGE_BYTES + 2 * CALL_BYTES;
    steps.push({
      kind: "cells",
      sheet: name,
      cells,
      rowBytes,
      bytes: fixed + rowBytes.reduce((a, b) => a + b, 0),
    });
  }

  const styles = groupStyles(sheet.styles);
  if (styles.length > 0) {
    let bytes = 0;
    for (const group of styles) {
      const sets =
        Object.keys(group.style).length +
        (group.style.borderBottom ? 1 : 0) +
        (group.style.borderLeft ? 1 : 0);
      const ranges = features.rangeAreas
        ? chunkAreas(group.areas, features.maxAreasAddress).length
        : group.areas.length;
      bytes += ranges * (RANGE_BYTES + sets * CALL_BYTES) + addressBytes(group.areas);
    }
    steps.push({ kind: "styles", sheet: name, groups: styles, bytes });
  }

  const rules = features.rangeAreas
    ? groupConditionalFormats(sheet.conditionalFormats, features.maxAreasAddress)
    : sheet.conditionalFormats.map((rule) => ({ ...rule, areas: [rule.block] }));
  if (rules.length > 0) {
    let bytes = 0;
    for (const rule of rules)
      bytes += RANGE_BYTES + 5 * CALL_BYTES + addressBytes(rule.areas) + estimateBytes(rule.formula);
    steps.push({ kind: "conditional-formats", sheet: name, groups: rules, bytes });
  }

  const layoutCalls = sheet.columnWidths.length + sheet.rowHeights.length + 4;
  steps.push({
    kind: "layout",
    sheet: name,
    plan: sheet,
    replaces: sheet.replaces,
    bytes: layoutCalls * (RANGE_BYTES + CALL_BYTES) + utf8Length(sheet.tabColor ?? ""),
  });
  return steps;
}

function addressBytes(
  areas: readonly { row: number; column: number; rows: number; columns: number }[],
): number {
  let bytes = 0;
  for (const area of areas) bytes += blockAddress(area).length + 2;
  return bytes;
}
