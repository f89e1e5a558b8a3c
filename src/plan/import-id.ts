/**
 * An import's identity: a hash of the exhibit's text, so the same text gives the same id and a
 * re-import finds Crossfoot's own earlier sheets. Two 32-bit FNV-1a hashes over the UTF-16 code
 * units, with different offsets, in one pass, and the length.
 *
 *   importId("abc") -> "1a47e90b-e40c292c-3"
 */

const PRIME = 0x01000193;

export function importId(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x050c5d1f;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, PRIME) >>> 0;
    second = Math.imul(second ^ code, PRIME) >>> 0;
  }
  const hex = (value: number): string => value.toString(16).padStart(8, "0");
  return `${hex(first)}-${hex(second)}-${text.length.toString(36)}`;
}
