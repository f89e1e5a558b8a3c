/**
 * Figures read straight from an HTML file's table cells, independently of the reader: each cell's
 * text with tags removed and common entities decoded, kept when it is a whole figure or the
 * number part of one ("$", "(435", ")" and "%" pieces give their digits once).
 */
const CELL = /<t[dh]\b[^>]*>([\s\S]*?)(?=<\/t[dh]>|<t[dh]\b|<\/tr>|$)/gi;
const FIGURE =
  /^\(?\s*\$?\s*\(?\s*-?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*\)?\s*%?\s*\)?(?:\s*(?:bp|bps|pts?)\.?)?$/;

export function rawFigures(html: string): string[] {
  const body = html.replace(/<sup\b[\s\S]*?<\/sup>/gi, "").replace(/<ix:header\b[\s\S]*?<\/ix:header>/gi, "");
  const out: string[] = [];
  for (const row of body.split(/<tr\b/i).slice(1)) {
    const cells = [...row.split(/<\/table>/i)[0]!.matchAll(CELL)].map((m) =>
      decode((m[1] ?? "").replace(/<[^>]*>/g, " "))
        .replace(/\s+/g, " ")
        .trim(),
    );
    // a footnote row: "(1) | This presentation includes non-GAAP measures ..."
    const first = cells.find((c) => c !== "") ?? "";
    if (/^\(?\d{1,2}\)?$|^\*+$/.test(first) && cells.some((c) => c.length > 40)) continue;
    for (const text of cells) if (FIGURE.test(text)) out.push(text.replace(/[^\d.]/g, "").replace(/\.$/, ""));
  }
  return out;
}

function decode(text: string): string {
  return text
    .replace(/&nbsp;|&#160;|&#xa0;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCharCode(Number.parseInt(n, 16)));
}

/** What is in `a` and not in `b`, counting repeats. */
export function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}
