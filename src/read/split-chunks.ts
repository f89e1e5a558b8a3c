/** Splits a line into chunks: runs of text separated by two or more spaces, figures marked. */
import { isFigureText } from "./figure-text";

export interface Chunk {
  /** 0-based first column and column past the end, in the tab-expanded line. */
  start: number;
  end: number;
  text: string;
  /** True when the chunk is figure-shaped: a number, a zero dash, or a marker such as n/m. */
  figure: boolean;
}

/**
 * Words one space apart stay together; two or more spaces separate chunks. A lone currency sign
 * joins the figure after it, and single-spaced runs made only of figures are split apart.
 *
 *   "    Total Current Assets     53,001   $  (806)   650,000,000.00 645,008,411.46"
 *        [Total Current Assets]   [53,001] [$  (806)] [650,000,000.00] [645,008,411.46]
 */
export function splitChunks(line: string): Chunk[] {
  const raw: Chunk[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    raw.push(makeChunk(line, m.index, m.index + m[0].length));
  }
  const joined: Chunk[] = [];
  for (let i = 0; i < raw.length; i++) {
    const chunk = raw[i] as Chunk;
    const next = raw[i + 1];
    if (/^[$€£]$/.test(chunk.text) && next && next.figure) {
      joined.push(makeChunk(line, chunk.start, next.end));
      i++;
      continue;
    }
    joined.push(...splitFigureRun(line, chunk));
  }
  return joined;
}

function makeChunk(line: string, start: number, end: number): Chunk {
  const text = line.slice(start, end);
  return { start, end, text, figure: isFigureText(text) };
}

/**
 * "650,000,000.00 645,008,411.46" is two figures one space apart; "$ 900" and "19 %" are one.
 */
function splitFigureRun(line: string, chunk: Chunk): Chunk[] {
  if (chunk.figure || !chunk.text.includes(" ")) return [chunk];
  const words: { start: number; end: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(chunk.text); m !== null; m = re.exec(chunk.text)) {
    const start = chunk.start + m.index;
    const end = start + m[0].length;
    const previous = words[words.length - 1];
    const glue = previous && (/^[$€£(]$/.test(line.slice(previous.start, previous.end)) || m[0] === "%");
    if (previous && glue) previous.end = end;
    else words.push({ start, end });
  }
  const parts = words.map((w) => makeChunk(line, w.start, w.end));
  return parts.length > 1 && parts.every((p) => p.figure && /\d/.test(p.text)) ? parts : [chunk];
}
