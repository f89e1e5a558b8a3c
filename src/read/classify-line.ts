/** Sorts one line into what it can be in a table: blank, SGML tag, rule, page footer, figures or text. */
import { MARK_SOURCE } from "./figure-text";
import { splitChunks, type Chunk } from "./split-chunks";

export type LineKind = "blank" | "tag" | "rule" | "page" | "values" | "text";

export interface LineInfo {
  kind: LineKind;
  /** Leading spaces. */
  indent: number;
  chunks: Chunk[];
  /** For a rule: "double" when made of `=`. */
  rule: "single" | "double" | null;
  /** True for a line of figures that are all bare years ("2004     2003"): a header, not data. */
  years: boolean;
  /** For a tag line, its first tag's opening in capitals without `>`: "<TABLE", "</TABLE", "<S"; else null. */
  tag: string | null;
  /** True for a line too long and too broken up to be read as a row (read as one run of prose). */
  unread?: boolean;
}

const TAG_LINE =
  /^\s*(?:<\/?(?:TABLE|CAPTION|S|C|FN|PAGE|TEXT|DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[^<]*?)+\s*$/i;

/**
 * Column tags in front of a row of figures are read past, as if they were spaces:
 *
 *   <S>Net sales                            $ 12,410   $ 10,220
 *   ^^^
 */
const LEADING_COLUMN_TAGS = /^\s*(?:<[SC]>\s*)+/i;

/**
 * A rule is dashes or equals signs, possibly in segments, possibly dash-stuffed by EDGAR:
 *
 *   ---------------   =======    - ------------    - - - - -    ______
 */
const RULE_LINE = /^[\s\-=_]*$/;

/** Page furniture: "2", "- 2 -", "Page 1 of 6", "F-3". */
const PAGE_LINE = /^\s*(?:-\s*\d{1,3}\s*-|\d{1,3}|F-\d{1,3}|page\s+\d+(?:\s+of\s+\d+)?)\s*$/i;
const PAGE_IN_LINE = /\bpage\s+\d+\s+of\s+\d+\b/i;

const YEAR = /^(?:19|20)\d\d$/;

/** Lines longer than this (not counting trailing spaces) are read as rows only when they have few chunks. */
export const MAX_ROW_LENGTH = 2000;
/** A long line with more chunks than this is never a table row: it is read as one run of prose. */
const MAX_LONG_CHUNKS = 64;

/**
 * A long line is read like any other when it holds few chunks (a row padded with spaces, a label
 * run long); otherwise it is one run of prose, marked `unread`.
 */
export function classifyLine(line: string): LineInfo {
  if (line.trimEnd().length > MAX_ROW_LENGTH && splitChunks(line).length > MAX_LONG_CHUNKS) {
    return {
      indent: 0,
      kind: "text",
      chunks: [{ start: 0, end: line.length, text: line, figure: false }],
      rule: null,
      years: false,
      tag: null,
      unread: true,
    };
  }
  return classify(line);
}

function classify(line: string): LineInfo {
  const indent = line.length - line.trimStart().length;
  const base = { indent, chunks: [] as Chunk[], rule: null, years: false, tag: null };
  if (line.trim() === "") return { ...base, kind: "blank" };
  const lead = LEADING_COLUMN_TAGS.exec(line);
  if (lead && lead[0].length < line.trimEnd().length) {
    const rest = classify(" ".repeat(lead[0].length) + line.slice(lead[0].length));
    if (rest.kind === "values") return rest;
  }
  const tagMatch = TAG_LINE.exec(line);
  if (tagMatch) {
    const name = /<\/?([A-Z]+)/i.exec(line)?.[0]?.toUpperCase() ?? null;
    return { ...base, kind: "tag", tag: name };
  }
  if (RULE_LINE.test(line) && /[-=_]{3,}|(?:- ){3,}/.test(line)) {
    const equals = (line.match(/=/g) ?? []).length;
    const dashes = (line.match(/[-_]/g) ?? []).length;
    return { ...base, kind: "rule", rule: equals > dashes ? "double" : "single" };
  }
  if (indent >= 20 && PAGE_LINE.test(line)) return { ...base, kind: "page" };
  const chunks = splitChunks(line);
  if (PAGE_IN_LINE.test(line) && chunks.every((c) => !c.figure)) return { ...base, chunks, kind: "page" };
  const ruled = splitRule(chunks);
  if (ruled) return { ...base, chunks: ruled.label, kind: "text", rule: ruled.rule };
  if (PHONE.test(line)) return { ...base, chunks, kind: "text" };
  const firstFigure = chunks.findIndex((c) => c.figure);
  const valuesShape =
    firstFigure >= 0 && chunks.slice(firstFigure).every((c, k) => c.figure || (k > 0 && isFragment(c)));
  if (!valuesShape) return { ...base, chunks, kind: "text" };
  const figures = chunks.slice(firstFigure).filter((c) => c.figure);
  const years = figures.every((c) => isYear(c.text)) && (figures.length >= 2 || firstFigure === 0);
  if (!years && looksLikeProse(chunks)) return { ...base, chunks, kind: "text" };
  return { ...base, chunks, kind: "values", years };
}

/** A telephone number: a line that holds one is a press contact, never a row of figures. */
const PHONE = /(?:\(\d{3}\)\s{0,2}|\b\d{3}[-./ ])\d{3}[-.]\d{4}\b/;

/**
 * A wrapped label may share its line with the rule that closes the block above it: the label is
 * text and the rule is kept as the line's rule.
 *
 *   Income before income taxes and cumulative   --------   --------
 *     effect of accounting change                  1,310        680
 */
function splitRule(chunks: readonly Chunk[]): { label: Chunk[]; rule: "single" | "double" } | null {
  const first = chunks.findIndex((c) => RULE_CHUNK.test(c.text));
  if (first <= 0 || !chunks.slice(first).every((c) => RULE_CHUNK.test(c.text))) return null;
  const label = chunks.slice(0, first);
  if (label.some((c) => c.figure)) return null;
  const rules = chunks
    .slice(first)
    .map((c) => c.text)
    .join("");
  const equals = (rules.match(/=/g) ?? []).length;
  return { label, rule: equals * 2 > rules.length ? "double" : "single" };
}

const RULE_CHUNK = /^(?:[-=_]{4,}|(?:- ){2,}-)$/;

/** A bare year, possibly with a footnote mark: `2004`, `2003*`, `1999 (a)`. */
export function isYear(text: string): boolean {
  return YEAR.test(text.replace(MARK_AFTER, ""));
}

const MARK_AFTER = new RegExp(`\\s?(?:${MARK_SOURCE})$`, "u");

/**
 * Justified prose spreads its words with runs of spaces, so a sentence falls into many chunks, several
 * of them lower-case words; a table row has one label and figures.
 *
 *   The  Company  reported  net  income  of  $12.3  million,  or  $.45  per  share,
 */
function looksLikeProse(chunks: readonly Chunk[]): boolean {
  const words = chunks.filter((c) => !c.figure);
  return words.length >= 3 && words.filter((c) => /^[a-z]/.test(c.text)).length >= 2;
}

/**
 * After a figure, one word may stand where a figure could ("None", "(a)", or a figure cut short
 * by the end of the input): the line is still a row of figures, and the word becomes a cell.
 * A date ("07/22/2004"), a time or a lower-case word of prose is no such word.
 *
 *   Net (Loss) Income (GAAP)        ($21,133)        ($16,439)        (
 *                                                                      ^ fragment
 */
function isFragment(chunk: Chunk): boolean {
  const t = chunk.text;
  if (t.includes(" ") || t.length > 12) return false;
  if (/\d[/:]\d/.test(t)) return false;
  return !/^[a-z]{2,}/.test(t) || /^(?:none|nil)$/.test(t);
}
