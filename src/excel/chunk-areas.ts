/**
 * Areas for `worksheet.getRanges` in lists whose address stays short: Excel refuses some long
 * lists ("The argument is invalid or missing", seen from about 8,000 characters or 500 areas), so
 * a list is cut well before that. Plans of ordinary size need one list per look.
 *
 *   120 areas of "C12:E12" (8 characters each)  ->  one list of 120 ("C12:E12,C20:E20,...")
 */
import type { Block } from "../model/workbook-plan";
import { blockAddress } from "../model/a1";

/** The longest address list sent to `getRanges`, in characters. */
export const MAX_AREAS_ADDRESS = 4000;

export function chunkAreas(areas: readonly Block[], maxLength = MAX_AREAS_ADDRESS): string[] {
  const lists: string[] = [];
  let current = "";
  for (const area of areas) {
    const address = blockAddress(area);
    if (current !== "" && current.length + 1 + address.length > maxLength) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}
