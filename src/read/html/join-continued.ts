/**
 * Joins a table continued over a page break with its first part: the second part has no header of
 * its own (its first row is a label with figures), the grid is as wide, and only page furniture
 * (a page break, a page number, "(continued)") stands between them.
 *
 *   <table> ... Total current assets  143,692 </table>
 *   <hr style="page-break-after:always"> 2
 *   <table> Marketable securities  99,475 ... </table>   -> one table; "2" follows it
 */
import type { Block, GridRow } from "./collect-blocks";
import { classifyPiece } from "./classify-piece";

const FURNITURE = /^(?:\(?(?:more|continued|cont'd)\)?|\d{1,3}|page \d+(?: of \d+)?|-\s?\d{1,3}\s?-)$/i;

export function joinContinued(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i] as Block;
    i++;
    if (block.kind !== "table") {
      out.push(block);
      continue;
    }
    let rows = block.rows;
    const after: Block[] = [];
    for (;;) {
      let j = i;
      let broken = false;
      const furniture: Block[] = [];
      for (; j < blocks.length; j++) {
        const between = blocks[j] as Block;
        if (between.kind === "break") broken = true;
        else if (between.kind === "text" && FURNITURE.test(between.text)) {
          if (/cont/i.test(between.text)) broken = true;
          furniture.push(between);
        } else break;
      }
      const next = blocks[j];
      if (!broken || next?.kind !== "table" || !continues(rows, next.rows)) break;
      rows = [...rows, ...next.rows];
      after.push(...furniture);
      i = j + 1;
    }
    // page numbers and "(continued)" lines between the parts follow the joined table
    out.push({ kind: "table", rows }, ...after);
  }
  return out;
}

function width(rows: readonly GridRow[]): number {
  return Math.max(0, ...rows.map((r) => r.cells.reduce((sum, c) => sum + c.colspan, 0)));
}

/** The second part starts with a row of a label and figures, on a grid as wide as the first's. */
function continues(first: readonly GridRow[], second: readonly GridRow[]): boolean {
  if (width(first) !== width(second)) return false;
  const top = second.find((r) => r.cells.some((c) => c.plain !== ""));
  if (top === undefined) return false;
  const kinds = top.cells.filter((c) => c.plain !== "").map((c) => classifyPiece(c.plain));
  return kinds[0] === "text" && kinds.includes("number");
}
