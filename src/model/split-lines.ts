/** Splits exhibit text into lines (CRLF, CR or LF) with tabs expanded to 8-column stops. */

/**
 * Column positions everywhere in Crossfoot refer to these expanded lines.
 *
 *   "Cash\t$29,307"  ->  "Cash    $29,307"
 *        ^                    ^ column 8
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.map(expandTabs);
}

export function expandTabs(line: string): string {
  if (!line.includes("\t")) return line;
  let out = "";
  for (const ch of line) {
    if (ch === "\t") out += " ".repeat(8 - (out.length % 8));
    else out += ch;
  }
  return out;
}
