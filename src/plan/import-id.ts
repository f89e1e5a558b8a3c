/**
 * An import's identity: a hash of the exhibit's text, so the same text gives the same id and a
 * re-import finds Crossfoot's own earlier sheets. Two 32-bit FNV-1a hashes over the UTF-16 code
 * units, with different offsets, and the length.
 *
 *   importId("abc") -> "1a47e90b-e40c292c-3"
 */

function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function importId(text: string): string {
  const hex = (value: number): string => value.toString(16).padStart(8, "0");
  return `${hex(fnv1a(text, 0x811c9dc5))}-${hex(fnv1a(text, 0x050c5d1f))}-${text.length.toString(36)}`;
}
