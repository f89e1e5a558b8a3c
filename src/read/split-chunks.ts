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

interface Word {
  start: number;
  end: number;
}

/**
 * Words one space apart stay together and two or more spaces separate chunks, with two
 * exceptions: a lone currency sign belongs to the figure after it, however far, and two figures
 * one space apart are two chunks.
 *
 *   "    Total Current Assets     53,001   $  (839) $     -   650,000,000.00 645,008,411.46"
 *        [Total Current Assets]   [53,001] [$  (839)] [$     -] [650,000,000.00] [645,008,411.46]
 */
export function splitChunks(line: string): Chunk[] {
  const words = bindSigns(line, findWords(line));
  const chunks: Chunk[] = [];
  let current: Word | null = null;
  let currentIsFigure = false;
  for (const word of words) {
    const isFigure = isFigureText(line.slice(word.start, word.end));
    if (current && word.start - current.end === 1 && !(currentIsFigure && isFigure)) {
      current = { start: current.start, end: word.end };
      currentIsFigure = false;
      continue;
    }
    if (current) chunks.push(makeChunk(line, current));
    current = { ...word };
    currentIsFigure = isFigure;
  }
  if (current) chunks.push(makeChunk(line, current));
  return chunks;
}

function findWords(line: string): Word[] {
  const words: Word[] = [];
  const re = /\S+/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line))
    words.push({ start: m.index, end: m.index + m[0].length });
  return words;
}

/** "$" joins the figure after it ("$  (806)", "$     -"); "%" joins the figure before it ("19 %"). */
function bindSigns(line: string, words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const text = line.slice(word.start, word.end);
    const next = words[i + 1];
    if (/^[$€£]$/.test(text) && next && isFigureText(line.slice(word.start, next.end))) {
      out.push({ start: word.start, end: next.end });
      i++;
      continue;
    }
    const previous = out[out.length - 1];
    if (text === "%" && previous && word.start - previous.end === 1) {
      previous.end = word.end;
      continue;
    }
    out.push({ ...word });
  }
  return out;
}

function makeChunk(line: string, word: Word): Chunk {
  const text = line.slice(word.start, word.end);
  return { start: word.start, end: word.end, text, figure: isFigureText(text) };
}
