/**
 * The read stage for any exhibit: plain text goes to the fixed-width reader; HTML, alone or as
 * documents of an EDGAR submission beside text documents, goes to the HTML reader. Either way the
 * result is readable lines and the tables that point into them. Never throws.
 *
 *   <DOCUMENT>             <- kept as it is (text)
 *   <TYPE>EX-99.1
 *   <TEXT>
 *   <html>...</html>       <- replaced by the lines the HTML reader renders
 *   </TEXT>
 */
import type { Finding } from "../model/finding";
import { makeFinding } from "../model/make-finding";
import type { TextTable } from "../model/text-table";
import { splitLines } from "../model/split-lines";
import { looksBinary } from "./decode-input";
import { findDocuments } from "./find-documents";
import { isHtml } from "./html/is-html";
import { readHtml } from "./html/read-html";
import { readTables, type ReadResult } from "./read-tables";

export interface ExhibitReading extends ReadResult {
  /** "html" when some part of the input was read as HTML. */
  format: "text" | "html";
}

export function readExhibit(text: string): ExhibitReading {
  // binary input is reported by the fixed-width reader, even where its bytes happen to spell a tag
  if (!isHtml(text) || looksBinary(text)) return { ...readTables(text), format: "text" };
  // a bare HTML file is one part: no need to cut it into lines first
  const bare = !/<DOCUMENT>/i.test(text);
  const source = bare ? [] : splitLines(text);
  const parts = bare
    ? [{ html: true, document: null, lines: [text] }]
    : splitParts(source, findDocuments(source));
  if (!parts.some((p) => p.html)) return { ...readTables(text), format: "text" };

  const lines: string[] = [];
  /** Lines the fixed-width reader reads: text parts and `<pre>` blocks. */
  const textual: boolean[] = [];
  const tables: TextTable[] = [];
  const findings: Finding[] = [];
  for (const part of parts) {
    if (!part.html) {
      for (const line of part.lines) {
        lines.push(line);
        textual.push(true);
      }
      continue;
    }
    const reading = readHtml(part.lines.join("\n"), lines.length + 1, part.document);
    const pre = new Set(reading.preLines);
    reading.lines.forEach((line, i) => {
      lines.push(line);
      textual.push(pre.has(i));
    });
    tables.push(...reading.tables);
    findings.push(...reading.findings);
  }
  if (textual.some((t, i) => t && (lines[i] ?? "").trim() !== "")) {
    const view = lines.map((line, i) => (textual[i] ? line : "")).join("\n");
    const fixed = readTables(view);
    tables.push(...fixed.tables);
    findings.push(...fixed.findings.filter((f) => f.code !== "no-tables" && f.code !== "input-empty"));
  }
  tables.sort((a, b) => a.firstLine - b.firstLine);
  if (tables.length === 0) findings.push(makeFinding("no-tables"));
  return { lines, tables, findings, format: "html" };
}

interface Part {
  html: boolean;
  document: string | null;
  lines: string[];
}

/**
 * Cuts the input into runs of text lines and HTML documents. In a submission, the HTML of a
 * document runs from its first tag line after `<TEXT>` to its `</TEXT>`; a bare file is one part.
 */
function splitParts(lines: readonly string[], documents: readonly (string | null)[]): Part[] {
  if (!documents.some((d) => d !== null)) return [{ html: true, document: null, lines: [...lines] }];
  const parts: Part[] = [];
  const push = (html: boolean, document: string | null, line: string): void => {
    const last = parts[parts.length - 1];
    if (last && last.html === html && (!html || last.document === document)) last.lines.push(line);
    else parts.push({ html, document, lines: [line] });
  };
  let inText = false;
  let htmlDocument = false;
  lines.forEach((line, i) => {
    const document = documents[i] ?? null;
    if (/^\s*<TEXT>\s*$/i.test(line)) {
      inText = true;
      htmlDocument = isHtml(bodyAfter(lines, i));
      push(false, document, line);
      return;
    }
    if (/^\s*<\/TEXT>\s*$/i.test(line)) {
      inText = false;
      htmlDocument = false;
    }
    push(inText && htmlDocument && document !== null, document, line);
  });
  return parts;
}

/** The first few thousand characters of a document's text, to tell HTML from plain text. */
function bodyAfter(lines: readonly string[], index: number): string {
  let out = "";
  for (let i = index + 1; i < lines.length && out.length < 4000; i++) {
    const line = lines[i] ?? "";
    if (/^\s*<\/TEXT>\s*$/i.test(line)) break;
    out += line + "\n";
  }
  return out;
}
