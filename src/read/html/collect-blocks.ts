/**
 * Walks the parsed HTML in reading order and collects its blocks: paragraphs of text, `<pre>`
 * text, and data tables as grids of cells. A table that holds another table is layout: its cells
 * are read as paragraphs around the inner table.
 *
 *   <p>Apple Inc.</p>                   -> { kind: "text", text: "Apple Inc." }
 *   <table><tr><td>Net sales</td>...    -> { kind: "table", rows: [{ cells: [{ text: "Net sales", ... }] }] }
 */
import type { HtmlElement, HtmlNode } from "./parse-html";
import { readStyle, type Rule } from "./read-style";

export interface GridCell {
  /** The cell's text with white space collapsed, `<br>` as a space and non-breaking spaces as spaces. */
  text: string;
  /** The same without footnote marks (`<sup>`, raised text). */
  plain: string;
  /** The footnote marks, joined by a space ("" when none). */
  marks: string;
  colspan: number;
  /** Left offset of the text in points: padding, margin and indent of the cell and what wraps its text. */
  left: number;
  /** Non-breaking spaces before the text. */
  leadingSpaces: number;
  top: Rule;
  bottom: Rule;
  bold: boolean;
}

export interface GridRow {
  cells: GridCell[];
}

export type Block =
  | { kind: "text"; text: string }
  | { kind: "pre"; text: string }
  | { kind: "table"; rows: GridRow[] }
  | { kind: "break" };

/** Elements that start a new line of text. */
const BLOCK = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "address",
  "blockquote",
  "center",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "form",
  "fieldset",
  "figure",
  "figcaption",
  "caption",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "body",
  "html",
  "hr",
  "kbd",
  "document",
  "type",
  "text",
]);

export function collectBlocks(root: HtmlElement): Block[] {
  const blocks: Block[] = [];
  let line = "";
  const flush = (): void => {
    const text = collapse(line);
    if (text !== "") blocks.push({ kind: "text", text });
    line = "";
  };
  const walk = (node: HtmlNode): void => {
    if (typeof node === "string") {
      line += node;
      return;
    }
    const name = node.name;
    if (name === "br") {
      flush();
      return;
    }
    if (name === "pre" || name === "xmp" || name === "plaintext") {
      flush();
      blocks.push({ kind: "pre", text: textOf(node, true) });
      return;
    }
    if (name === "table" && !containsTable(node)) {
      flush();
      blocks.push({ kind: "table", rows: readRows(node) });
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === "hr" || breaksPage(node)) blocks.push({ kind: "break" });
    for (const child of node.children) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

function breaksPage(node: HtmlElement): boolean {
  const style = node.attributes.style;
  return style !== undefined && /page-break-(?:before|after)\s*:\s*always/i.test(style);
}

function containsTable(node: HtmlElement): boolean {
  return node.children.some((c) => typeof c !== "string" && (c.name === "table" || containsTable(c)));
}

/** The rows of a table, through `thead`/`tbody`/`tfoot`, in document order. */
function readRows(table: HtmlElement): GridRow[] {
  const rows: GridRow[] = [];
  const visit = (node: HtmlElement): void => {
    for (const child of node.children) {
      if (typeof child === "string") continue;
      if (child.name === "tr") rows.push({ cells: readCells(child) });
      else if (child.name !== "td" && child.name !== "th") visit(child);
    }
  };
  visit(table);
  return rows;
}

function readCells(tr: HtmlElement): GridCell[] {
  const cells: GridCell[] = [];
  for (const child of tr.children) {
    if (typeof child === "string" || (child.name !== "td" && child.name !== "th")) continue;
    cells.push(readCell(child));
  }
  return cells;
}

function readCell(td: HtmlElement): GridCell {
  const box = readStyle(td.attributes.style);
  const colspan = Number.parseInt(td.attributes.colspan ?? "1", 10);
  const span = Number.isFinite(colspan) && colspan >= 1 ? Math.min(colspan, 1000) : 1;
  if (!hasText(td)) {
    // a spacer: only its borders matter
    const borders = [box, ...descendantBoxes(td)];
    return {
      text: "",
      plain: "",
      marks: "",
      colspan: span,
      left: 0,
      leadingSpaces: 0,
      top: borders.find((b) => b.top !== null)?.top ?? null,
      bottom: borders.find((b) => b.bottom !== null)?.bottom ?? null,
      bold: false,
    };
  }
  const raw = textOf(td, false);
  const marks: string[] = [];
  collectMarks(td, marks);
  const plain = marks.length === 0 ? raw : textOf(td, false, true);
  const first = firstTextPath(td);
  const inner = first.map((e) => readStyle(e.attributes.style));
  const borders = [box, ...descendantBoxes(td)];
  const text = collapse(raw);
  return {
    text,
    plain: marks.length === 0 ? text : collapse(plain),
    marks: collapse(marks.join(" ")),
    colspan: span,
    left: box.left + inner.reduce((sum, s) => sum + s.left, 0),
    leadingSpaces: /^[ \t\r\n]*(\u00a0*)/.exec(raw)?.[1]?.length ?? 0,
    top: borders.find((b) => b.top !== null)?.top ?? null,
    bottom: borders.find((b) => b.bottom !== null)?.bottom ?? null,
    bold: box.bold || inner.some((s) => s.bold) || first.some((e) => e.name === "b" || e.name === "strong"),
  };
}

/** The elements from a cell down to its first non-blank text ("<p style=margin-left:..><font>Net sales"). */
function firstTextPath(node: HtmlElement): HtmlElement[] {
  for (const child of node.children) {
    if (typeof child === "string") {
      if (child.replace(/[\s\u00a0]/g, "") !== "") return [];
      continue;
    }
    if (!hasText(child)) continue;
    return [child, ...firstTextPath(child)];
  }
  return [];
}

function hasText(node: HtmlNode): boolean {
  if (typeof node === "string") return node.replace(/[\s\u00a0]/g, "") !== "";
  return node.children.some(hasText);
}

/** Block elements inside a cell may carry its rules (`<p style="border-bottom:...">`). */
function descendantBoxes(node: HtmlElement): ReturnType<typeof readStyle>[] {
  const out: ReturnType<typeof readStyle>[] = [];
  for (const child of node.children) {
    if (typeof child === "string" || !BLOCK.has(child.name)) continue;
    out.push(readStyle(child.attributes.style), ...descendantBoxes(child));
  }
  return out;
}

/** `<sup>` and raised text hold footnote marks, not figures. */
function isMark(node: HtmlElement): boolean {
  if (node.name === "sup") return true;
  const style = node.attributes.style;
  return style !== undefined && /vertical-align\s*:\s*(?:super|top)\b/i.test(style);
}

function collectMarks(node: HtmlElement, out: string[]): void {
  for (const child of node.children) {
    if (typeof child === "string") continue;
    if (isMark(child)) out.push(textOf(child, false));
    else collectMarks(child, out);
  }
}

/** The text under a node; `<br>` and block ends become a space (or a line break in `<pre>`). */
function textOf(node: HtmlElement, pre: boolean, withoutMarks = false): string {
  let out = "";
  const walk = (n: HtmlNode): void => {
    if (typeof n === "string") {
      out += n;
      return;
    }
    if (n.name === "br") {
      out += pre ? "\n" : " ";
      return;
    }
    if (withoutMarks && isMark(n)) return;
    for (const child of n.children) walk(child);
    if (!pre && BLOCK.has(n.name)) out += " ";
  };
  for (const child of node.children) walk(child);
  return out;
}

/** White space runs become one space; non-breaking spaces become spaces; the ends are trimmed. */
export function collapse(text: string): string {
  return text
    .replace(/[ \t\r\n\f\v]+/g, " ")
    .replace(/\u00a0/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}
