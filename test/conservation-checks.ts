/** Independent checks that a reading lost nothing and invented nothing; used by the conservation tests. */
import type { ReadResult } from "../src/read/read-tables";
import type { Statement } from "../src/model/statement";

/** A label, two or more spaces, then at least two figures separated by two or more spaces. */
const TABLE_LIKE =
  /^\s*[A-Za-z].*?\S\s{2,}\$?\s*\(?\$?\d[\d,]*(?:\.\d+)?\)?%?(?:\s{2,}\$?\s*\(?\$?\d[\d,]*(?:\.\d+)?\)?%?)+\s*$/;
/** A figure at the very end of a label, after a gap: a figure that leaked into a label. */
const FIGURE_AT_LABEL_END = /\s{2,}\(?\$?\s*\d[\d,]*(?:\.\d+)?\)?%?$/;

/** Cells whose text is not the source text at their place, or that share a place with another cell. */
export function misplacedCells(read: ReadResult, statements: readonly Statement[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of statements) {
    for (const row of s.rows) {
      for (const cell of row.cells) {
        if (!cell) continue;
        const source = (read.lines[cell.line - 1] ?? "").slice(cell.start, cell.end);
        const key = `${cell.line}:${cell.start}`;
        if (source !== cell.text || cell.text.trim() !== cell.text || cell.text === "")
          problems.push(`line ${cell.line}: cell "${cell.text}" but source "${source}"`);
        if (cell.line < s.lines[0] || cell.line > s.lines[1])
          problems.push(`line ${cell.line}: cell outside ${s.id}`);
        if (seen.has(key)) problems.push(`line ${cell.line}: two cells at column ${cell.start}`);
        seen.add(key);
      }
    }
  }
  return problems;
}

/** Table lines with a non-space character that no cell, label, header or title covers. */
export function unaccountedLines(read: ReadResult, statements: readonly Statement[]): string[] {
  const problems: string[] = [];
  const footers = new Set(
    read.findings
      .filter((f) => f.code === "page-footer-dropped" || f.code === "table-line-unread")
      .map((f) => f.line),
  );
  read.tables.forEach((table, k) => {
    const covered = new Map<number, boolean[]>();
    const cover = (line: number, start: number, end: number): void => {
      const marks = covered.get(line) ?? [];
      for (let c = start; c < end; c++) marks[c] = true;
      covered.set(line, marks);
    };
    for (const row of statements[k]?.rows ?? [])
      for (const cell of row.cells) if (cell) cover(cell.line, cell.start, cell.end);
    for (const row of table.rows) for (const span of row.labelSpans) cover(span.line, span.start, span.end);
    for (const piece of table.headers) cover(piece.line, piece.start, piece.end);
    for (const span of table.titleLines) cover(span.line, span.start, span.end);
    for (let n = table.firstLine; n <= table.lastLine; n++) {
      const text = read.lines[n - 1] ?? "";
      if (/^[\s\-=_]*$/.test(text) || /^\s*(<[^>]+>\s*)+\S*\s*$/.test(text) || footers.has(n)) continue;
      const marks = covered.get(n) ?? [];
      // Column tags may lead a row of figures: they carry no figure.
      for (const tag of text.matchAll(/^\s*(?:<[SC]>\s*)+/gi))
        for (let c = tag.index; c < tag.index + tag[0].length; c++) marks[c] = true;
      // A rule may share its line with a wrapped label: its dashes carry no figure.
      for (const rule of text.matchAll(/[-=_]{4,}/g))
        for (let c = rule.index; c < rule.index + rule[0].length; c++) marks[c] = true;
      const lost = [...text].findIndex((ch, c) => ch !== " " && !marks[c]);
      if (lost >= 0) problems.push(`line ${n}, column ${lost}: ${JSON.stringify(text.trim())}`);
    }
  });
  return problems;
}

export function leakedFigures(read: ReadResult): string[] {
  return read.tables.flatMap((t) =>
    t.rows.flatMap((r) =>
      r.labelSpans.filter((s) => FIGURE_AT_LABEL_END.test(s.text)).map((s) => `line ${s.line}: ${s.text}`),
    ),
  );
}

/** Lines outside every table that look like table rows but have no finding. */
export function unreportedTableLikeLines(read: ReadResult): string[] {
  const inside = (n: number): boolean => read.tables.some((t) => n >= t.firstLine && n <= t.lastLine);
  const reported = new Set(
    read.findings.filter((f) => f.code === "table-like-line-outside").map((f) => f.line),
  );
  return read.lines.flatMap((text, i) =>
    !inside(i + 1) && TABLE_LIKE.test(text) && !reported.has(i + 1) ? [`line ${i + 1}: ${text.trim()}`] : [],
  );
}
