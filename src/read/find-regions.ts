/** Finds the line ranges that hold tables: runs of figure rows with their header stacks above. */
import { isYear, type LineInfo } from "./classify-line";
import { continues } from "./continues";
import { isProseLine } from "./is-prose";
import type { Chunk } from "./split-chunks";
import { isWordy, placeText, widenArea, type ValueArea } from "./value-area";

/** A table's lines, 0-based and inclusive. */
export interface Region {
  start: number;
  end: number;
  /** Index of the last header line; rows start after it (start - 1 when there is no header). */
  headerEnd: number;
  area: ValueArea;
  /** True when the table sits inside `<TABLE>` tags. */
  tagged: boolean;
}

/** Blank lines that end an untagged table; inside `<TABLE>` tags only the tags end it. */
const MAX_BLANKS = 2;
/** How far a header stack may reach above the first row of figures. */
const MAX_HEADER_LINES = 16;

/** Tags that a table's header never reaches above. */
const OUTER_TAGS = new Set([
  "<TABLE",
  "</TABLE",
  "<TEXT",
  "</TEXT",
  "<DOCUMENT",
  "</DOCUMENT",
  "<TYPE",
  "<SEQUENCE",
  "<FILENAME",
  "<DESCRIPTION",
]);

/**
 * A line with a label and a figure, or with two figures: the seed of a table. A word after a lone
 * figure is no label:
 *
 *       -0-                             07/22/2004        <- a dateline, not a row
 */
export function isAnchor(info: LineInfo): boolean {
  if (info.kind !== "values" || info.years) return false;
  const figures = info.chunks.filter((c) => c.figure).length;
  return figures >= 2 || (info.chunks[0]?.figure === false && figures >= 1);
}

interface Context {
  infos: readonly LineInfo[];
  documents: readonly (string | null)[];
  /** Per line: index of the `<TABLE>` tag line that opens its container, or -1. */
  containers: readonly number[];
}

export function findRegions(infos: readonly LineInfo[], documents: readonly (string | null)[]): Region[] {
  const ctx: Context = { infos, documents, containers: findContainers(infos, documents) };
  const regions: Region[] = [];
  let i = 0;
  while (i < infos.length) {
    const info = infos[i] as LineInfo;
    if (!isAnchor(info)) {
      i++;
      continue;
    }
    const block = growBlock(ctx, i);
    const start = growHeader(ctx, i, regions[regions.length - 1]?.end ?? -1, block.area);
    regions.push(...splitBlock(ctx, start, block.end, block.area));
    i = block.end + 1;
  }
  return regions.filter((r) => {
    const anchors = anchorsOf(infos, r);
    if (isContents(infos, r, anchors)) return false;
    if (anchors.length >= 2) return true;
    const only = anchors[0];
    return only !== undefined && hasHeader(infos, r) && !isBareNumberLine(only);
  });
}

/**
 * A lone row whose only figure is a bare number is an address or a file number, not a table:
 *
 *        1200 Main Street                                     98101
 */
function isBareNumberLine(info: LineInfo): boolean {
  const figures = info.chunks.filter((c) => c.figure);
  return figures.length === 1 && /^\d+$/.test((figures[0] as Chunk).text);
}

/**
 * A table of contents: one page number per line, never decreasing, after dot leaders or under a
 * "Page" header.
 *
 *   Consolidated Balance Sheets ...................................  3
 *   Consolidated Statements of Operations .........................  4
 */
function isContents(infos: readonly LineInfo[], r: Region, anchors: readonly LineInfo[]): boolean {
  const pages = anchors.map((a) => {
    const figures = a.chunks.filter((c) => c.figure);
    return figures.length === 1 && /^\d{1,3}$/.test((figures[0] as Chunk).text)
      ? Number(figures[0]!.text)
      : NaN;
  });
  if (pages.length < 2 || pages.some((p, k) => Number.isNaN(p) || (k > 0 && p < (pages[k - 1] as number))))
    return false;
  const leaders = anchors.filter((a) => a.chunks.some((c) => !c.figure && LEADER.test(c.text))).length;
  let header = false;
  for (let i = r.start; i <= r.headerEnd; i++) {
    if ((infos[i] as LineInfo).chunks.some((c) => /^page$/i.test(c.text))) header = true;
  }
  return header || leaders * 2 >= anchors.length;
}

/** Dot leaders at the end of a label: "Net sales .........." or ". . . . ." */
const LEADER = /(?:\.{3,}|(?:\. ){3,}\.?)$/;

/** One row of figures under a header stack is a table too (an exhibit cut short, a one-line table). */
function hasHeader(infos: readonly LineInfo[], r: Region): boolean {
  for (let i = r.start; i <= r.headerEnd; i++) if (isHeaderLine(infos[i] as LineInfo, r.area)) return true;
  return false;
}

function anchorsOf(infos: readonly LineInfo[], r: Region): LineInfo[] {
  const out: LineInfo[] = [];
  for (let i = r.headerEnd + 1; i <= r.end; i++)
    if (isAnchor(infos[i] as LineInfo)) out.push(infos[i] as LineInfo);
  return out;
}

/**
 * `<TABLE>` ... `</TABLE>` containers. A missing `</TABLE>` ends at the next `<TABLE>` or at
 * the end of the document.
 */
function findContainers(infos: readonly LineInfo[], documents: readonly (string | null)[]): number[] {
  const containers = new Array<number>(infos.length).fill(-1);
  let open = -1;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i] as LineInfo;
    if (open >= 0 && documents[i] !== documents[open]) open = -1;
    if (info.tag === "<TABLE") open = i;
    containers[i] = open;
    if (info.tag === "</TABLE") open = -1;
  }
  return containers;
}

function sameBox(ctx: Context, a: number, b: number): boolean {
  return ctx.documents[a] === ctx.documents[b] && ctx.containers[a] === ctx.containers[b];
}

/** Extends a block downwards from an anchor over rows, rules, headings and short gaps. */
function growBlock(ctx: Context, first: number): { end: number; area: ValueArea } {
  const tagged = (ctx.containers[first] ?? -1) >= 0;
  let area = widenArea(null, ctx.infos[first] as LineInfo) as ValueArea;
  let end = first;
  let blanks = 0;
  for (let i = first + 1; i < ctx.infos.length; i++) {
    if (!sameBox(ctx, i, first)) break;
    const info = ctx.infos[i] as LineInfo;
    if (info.kind === "blank") {
      if (!tagged && ++blanks > MAX_BLANKS) break;
      continue;
    }
    blanks = 0;
    if (info.unread && rowFollows(ctx.infos, i)) continue;
    if (info.kind === "values") {
      if (isAnchor(info)) area = widenArea(area, info) ?? area;
      end = i;
    } else if (info.kind === "rule") {
      end = i;
    } else if (info.kind === "text" && placeText(info, area) === "prose" && !wrapsOntoRow(ctx.infos, i)) {
      break;
    } else if (info.kind === "tag" && info.tag === "</TABLE") {
      break;
    }
  }
  return { end: trimTail(ctx.infos, first, end), area };
}

/**
 * A long label line that goes on over the row of figures right under it is no prose, however far
 * it reaches:
 *
 *       Property and equipment, net including amounts
 *         paid to related parties under agreements                   9,917          762,305
 */
function wrapsOntoRow(infos: readonly LineInfo[], i: number): boolean {
  const next = infos[i + 1];
  return next !== undefined && isAnchor(next) && continues(lineText(infos[i]), lineText(next));
}

/** The next line that is not blank is a row of figures or a rule: a long line there is inside the table. */
function rowFollows(infos: readonly LineInfo[], from: number): boolean {
  for (let i = from + 1; i < infos.length; i++) {
    const info = infos[i] as LineInfo;
    if (info.kind !== "blank") return isAnchor(info) || info.kind === "rule";
  }
  return false;
}

/** A block ends with its last row of figures and the rules right under it. */
function trimTail(infos: readonly LineInfo[], first: number, end: number): number {
  let last = first;
  for (let i = first; i <= end; i++) if ((infos[i] as LineInfo).kind === "values") last = i;
  let j = last;
  while (j + 1 <= end && (infos[j + 1] as LineInfo).kind === "rule") j++;
  return j;
}

/** Extends upwards from the first anchor over headings, header stacks, titles and rules. */
function growHeader(ctx: Context, first: number, floor: number, area: ValueArea): number {
  const container = ctx.containers[first] ?? -1;
  let start = first;
  let blanks = 0;
  for (let i = first - 1; i > floor && i >= first - MAX_HEADER_LINES; i--) {
    if (!sameBox(ctx, i, first)) break;
    const info = ctx.infos[i] as LineInfo;
    if (info.kind === "blank") {
      if (container < 0 && ++blanks >= MAX_BLANKS) break;
      continue;
    }
    blanks = 0;
    if (isAnchor(info)) break;
    if (info.kind === "text" && (placeText(info, area) === "prose" || info.chunks.some(isSentence))) break;
    if (
      info.kind === "text" &&
      placeText(info, area) === "label" &&
      isProseLine(lineText(info), lineText(ctx.infos[i + 1]))
    )
      break;
    if (info.kind === "tag") {
      if (info.tag !== null && OUTER_TAGS.has(info.tag)) break;
      continue;
    }
    start = i;
  }
  return start;
}

/**
 * A block may hold several tables one under another; a new header stack after rows of figures
 * starts a new table:
 *
 *   Net Loss (GAAP)                                 ($1,404)      ($263)
 *
 *   RECONCILIATION TO GAAP (amounts in $ thousands)      12 Months Ending December 31, 2004   <- new table
 */
function splitBlock(ctx: Context, start: number, end: number, area: ValueArea): Region[] {
  const tagged = (ctx.containers[start] ?? -1) >= 0 || (ctx.containers[end] ?? -1) >= 0;
  const starts = [start];
  let seenAnchor = false;
  for (let i = start; i <= end; i++) {
    const info = ctx.infos[i] as LineInfo;
    if (isAnchor(info)) seenAnchor = true;
    else if (seenAnchor && isHeaderLine(info, area) && anchorFollows(ctx.infos, i, end)) {
      const floor = starts[starts.length - 1] ?? start;
      starts.push(titleStart(ctx.infos, i, floor, area));
      seenAnchor = false;
    }
  }
  const regions: Region[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as number;
    const next = starts[k + 1];
    const e = next === undefined ? end : lastContent(ctx.infos, s, next - 1);
    regions.push({ start: s, end: e, headerEnd: findHeaderEnd(ctx.infos, s, e, area), area, tagged });
  }
  return regions;
}

/**
 * A header line stands over the columns and carries no figure but years:
 *
 *                                         2004    2003  Change            2004    2003 Change
 */
/**
 * A new table's titles stand right above its header, possibly across a blank line; a line of
 * figures, prose or a footnote of the table above ends them:
 *
 *       outstanding                         216.5    298.0
 *
 *   SEARS, ROEBUCK AND CO.                           <- title
 *   CONSOLIDATED BALANCE SHEET                       <- title
 *
 *       (millions)                                   <- title
 *                                        July 3,   June 28,
 */
function titleStart(infos: readonly LineInfo[], header: number, floor: number, area: ValueArea): number {
  let s = header;
  let blanks = 0;
  for (let k = header - 1; k > floor; k--) {
    const info = infos[k] as LineInfo;
    if (info.kind === "blank") {
      if (++blanks > 1) break;
      continue;
    }
    const text = lineText(info);
    if (!isTitleOrRule(info, area) || isProseLine(text) || FOOTNOTE.test(text)) break;
    if (info.kind === "rule" && blanks > 0) break;
    blanks = 0;
    s = k;
  }
  return s;
}

/** A footnote under a table: "(1) These items relate to ...", "* Domestic segment detail". */
const FOOTNOTE = /^(?:\(\w{1,2}\)|\*{1,3})\s+\S/;

function isHeaderLine(info: LineInfo, area: ValueArea): boolean {
  if (info.kind === "values") return info.years;
  return (
    info.kind === "text" &&
    placeText(info, area) === "header" &&
    info.chunks.every((c) => !c.figure || isYear(c.text))
  );
}

function isTitleOrRule(info: LineInfo, area: ValueArea): boolean {
  return info.kind === "rule" || (info.kind === "text" && placeText(info, area) === "label");
}

/** Above a table, a long run of words is a paragraph of prose, not a title. */
function isSentence(chunk: Chunk): boolean {
  return isWordy(chunk) && chunk.text.split(" ").length >= 9;
}

function anchorFollows(infos: readonly LineInfo[], from: number, end: number): boolean {
  for (let i = from + 1; i <= end; i++) if (isAnchor(infos[i] as LineInfo)) return true;
  return false;
}

function lastContent(infos: readonly LineInfo[], from: number, to: number): number {
  let last = from;
  for (let i = from; i <= to; i++) {
    const kind = (infos[i] as LineInfo).kind;
    if (kind === "values" || kind === "rule" || kind === "text") last = i;
  }
  return last;
}

/**
 * The header stack ends with the last header line (or the rule right under it) before the first
 * row of figures. Lines after it, such as "Current Assets", are headings of the body.
 */
function findHeaderEnd(infos: readonly LineInfo[], start: number, end: number, area: ValueArea): number {
  let headerEnd = start - 1;
  for (let i = start; i <= end; i++) {
    const info = infos[i] as LineInfo;
    if (isAnchor(info)) break;
    if (isHeaderLine(info, area)) headerEnd = i;
    else if (info.kind === "rule" && headerEnd === i - 1) headerEnd = i;
    else if (info.kind === "rule" && headerEnd < start) headerEnd = i;
  }
  return headerEnd;
}

/** The words of a line as one string (chunks joined by a space). */
function lineText(info: LineInfo | undefined): string {
  return info ? info.chunks.map((c) => c.text).join(" ") : "";
}
