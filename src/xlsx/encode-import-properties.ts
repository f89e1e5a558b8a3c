/**
 * The import records as custom document properties: the JSON array under `IMPORTS_KEY`, cut into
 * pieces of at most 255 characters because Excel trims longer property values when it saves.
 *
 *   [{"id":"...","exhibit":"mpower-2003q4.txt",...}]   (600 characters)
 *   -> crossfoot.imports   = characters 1-255
 *      crossfoot.imports.2 = characters 256-510
 *      crossfoot.imports.3 = characters 511-600
 */
import { IMPORTS_KEY, type ImportRecord } from "../model/workbook-plan";

/** The longest property value Excel keeps. */
export const MAX_PROPERTY_LENGTH = 255;

export interface CustomProperty {
  name: string;
  value: string;
}

/** The properties that hold `records`, in order. */
export function encodeImportProperties(records: readonly ImportRecord[]): CustomProperty[] {
  const json = JSON.stringify(records);
  const properties: CustomProperty[] = [];
  let start = 0;
  while (start < json.length || properties.length === 0) {
    let end = Math.min(start + MAX_PROPERTY_LENGTH, json.length);
    // never split a surrogate pair: each half alone is not a character
    if (end < json.length && /[\uD800-\uDBFF]/.test(json.charAt(end - 1))) end -= 1;
    properties.push({ name: nameOfPiece(properties.length), value: json.slice(start, end) });
    start = end;
  }
  return properties;
}

/**
 * The records held by `properties` (name → value, as read from a workbook): [] when there are none,
 * null when the pieces are there but do not make a JSON array (a piece lost or edited by hand).
 */
export function decodeImportProperties(properties: ReadonlyMap<string, string>): ImportRecord[] | null {
  if (!properties.has(IMPORTS_KEY)) return [];
  let json = "";
  for (let piece = 0; properties.has(nameOfPiece(piece)); piece += 1)
    json += properties.get(nameOfPiece(piece));
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as ImportRecord[]) : null;
  } catch {
    return null;
  }
}

function nameOfPiece(index: number): string {
  return index === 0 ? IMPORTS_KEY : `${IMPORTS_KEY}.${index + 1}`;
}
