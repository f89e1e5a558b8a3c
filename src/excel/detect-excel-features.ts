/**
 * Which optional Excel APIs the host has, beyond the manifest's baseline ExcelApi 1.7, from
 * `Office.context.requirements.isSetSupported` (a host that cannot say gets the baseline only).
 *
 *   Excel 2019 (ExcelApi 1.8)  ->  { rangeAreas: false, indent: false, screenUpdating: false, gridlines: true, ... }
 */

import { MAX_AREAS_ADDRESS } from "./chunk-areas";

export interface ExcelFeatures {
  /** `worksheet.getRanges` and RangeAreas formats and conditional formats: ExcelApi 1.9. */
  rangeAreas: boolean;
  /** `format.indentLevel`: ExcelApi 1.9. */
  indent: boolean;
  /** `application.suspendScreenUpdatingUntilNextSync`: ExcelApi 1.9. */
  screenUpdating: boolean;
  /** `worksheet.showGridlines`: ExcelApi 1.8. */
  gridlines: boolean;
  /** The longest address list given to one `getRanges` (see `chunkAreas`). */
  maxAreasAddress: number;
}

export function detectExcelFeatures(): ExcelFeatures {
  const supports = (version: string): boolean => {
    try {
      return (
        typeof Office !== "undefined" &&
        Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
      );
    } catch {
      return false;
    }
  };
  const v18 = supports("1.8");
  const v19 = supports("1.9");
  return {
    rangeAreas: v19,
    indent: v19,
    screenUpdating: v19,
    gridlines: v18,
    maxAreasAddress: MAX_AREAS_ADDRESS,
  };
}
