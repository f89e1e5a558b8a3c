/**
 * How many bytes a value adds to a request: its JSON in UTF-8, as the client library sends it.
 *
 *   estimateBytes([["Total", 53001]])  ->  19
 */

export function estimateBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for its 2 code units
      i++;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}
