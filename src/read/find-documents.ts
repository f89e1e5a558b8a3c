/** Finds the EDGAR `<DOCUMENT>`s of a submission and the `<TYPE>` each line belongs to. */

/**
 * One entry per line (0-based index): the document type, or null outside any document
 * (a bare exhibit, or the SGML header of a submission).
 *
 *   <DOCUMENT>
 *   <TYPE>EX-99.1     <- every line up to </DOCUMENT> gets "EX-99.1"
 */
export function findDocuments(lines: readonly string[]): (string | null)[] {
  const types: (string | null)[] = new Array<string | null>(lines.length).fill(null);
  let start = -1;
  let type: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^\s*<DOCUMENT>\s*$/i.test(line)) {
      start = i;
      type = null;
      continue;
    }
    const typeMatch: RegExpExecArray | null =
      start >= 0 && type === null ? /^\s*<TYPE>\s*([^\s<]+)/i.exec(line) : null;
    if (typeMatch) {
      type = typeMatch[1] ?? null;
      for (let j = start; j <= i; j++) types[j] = type;
      continue;
    }
    if (start >= 0) types[i] = type;
    if (/^\s*<\/DOCUMENT>\s*$/i.test(line)) {
      start = -1;
      type = null;
    }
  }
  return types;
}
