/**
 * Escapes text for a cell of an .xlsx file, so that characters XML cannot hold survive as the
 * format's `_xHHHH_` escapes instead of being dropped.
 *
 *   "page\x0Cbreak"  -> "page_x000C_break"      (a form feed from an old filing)
 *   "_x0041_"        -> "_x005F_x0041_"         (literal text that looks like an escape)
 */

const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

export function encodeCellText(text: string): string {
  const escaped = text.replace(LOOKS_ESCAPED, "_x005F_$1");
  let out = "";
  let from = 0;
  for (let i = 0; i < escaped.length; i++) {
    const code = escaped.charCodeAt(i);
    if (!isNotInXml(code)) continue;
    out += `${escaped.slice(from, i)}_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
    from = i + 1;
  }
  return from === 0 ? escaped : out + escaped.slice(from);
}

/** C0 controls other than tab, line feed and carriage return, DEL (which exceljs drops), and the two non-characters XML forbids. */
function isNotInXml(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    code === 0x7f ||
    code === 0xfffe ||
    code === 0xffff
  );
}
