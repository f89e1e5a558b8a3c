/** Properties of the pipeline on hostile input: it never throws, explains an empty result, and loses no figure. */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { convertExhibit } from "../src/convert-exhibit";
import type { FindingCode } from "../src/model/finding";
import type { InspectResult } from "../src/model/statement";

const EXHIBITS = path.resolve(__dirname, "../../shared/exhibits/text");
const MPOWER = readFileSync(path.join(EXHIBITS, "mpower-2003q4.txt"), "latin1");
const MPOWER_LINES = MPOWER.split("\n");

/** The balance sheet of mpower-2003q4.txt, lines 161-203: header stack (5 lines), then the body. */
const BALANCE_SHEET = MPOWER_LINES.slice(160, 203);
const HEADER_LINES = 5;

/** Runs the pipeline and checks the shape every result must have. */
function convert(text: string): InspectResult {
  const result = convertExhibit(text, { name: "robustness" });
  expect(Array.isArray(result.findings)).toBe(true);
  expect(Array.isArray(result.statements)).toBe(true);
  if (result.statements.length === 0) expect(result.findings.length).toBeGreaterThan(0);
  return result;
}

function codes(result: InspectResult): FindingCode[] {
  return result.findings.map((f) => f.code);
}

/** Every cell of every statement, as "line:start:text". */
function cellKeys(result: InspectResult): Set<string> {
  const keys = new Set<string>();
  for (const s of result.statements)
    for (const row of s.rows) for (const c of row.cells) if (c) keys.add(`${c.line}:${c.start}:${c.text}`);
  return keys;
}

// Jest's sandbox makes every lookup of the global `Math` slow; hot loops use these instead.
const { floor, imul } = Math;

/** A seeded PRNG (mulberry32), so that large inputs are the same on every run without Math.random. */
function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = imul(a ^ (a >>> 15), 1 | a);
    t = (t + imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Runs of text separated by two or more spaces, as a reader of the page sees them. */
function tokensOf(line: string): Token[] {
  const out: Token[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * Figures in the value area of a Mpower row: `$29,307`, `92`, `-`, `(37,572)`, `($51)`.
 *
 *   Accumulated Deficit                  (37,572)                  (37,521)
 *                                        ^^^^^^^^                  ^^^^^^^^
 */
const FIGURE = /^(?:-|\(?\$?\(?\d[\d,]*(?:\.\d+)?\)?%?)$/;
const VALUE_AREA = 60;

function figuresOf(line: string): Token[] {
  return tokensOf(line).filter((t) => t.start >= VALUE_AREA && FIGURE.test(t.text));
}

/**
 * Moves one figure of a line `by` columns (negative: left), taking the spaces from the gap on the
 * other side and keeping two spaces on each side so that it stays a figure of its own.
 *
 *   Other Receivables          5,039          8,335      ->      Other Receivables        5,039            8,335
 */
function shiftFigure(line: string, which: number, by: number): string {
  const figures = figuresOf(line);
  const f = figures[which % Math.max(1, figures.length)];
  if (!f || by === 0) return line;
  const before = line.slice(0, f.start);
  const after = line.slice(f.end);
  const gapBefore = before.length - before.trimEnd().length;
  const lastOnLine = after.trim() === "";
  const gapAfter = after.length - after.trimStart().length;
  if (by > 0) {
    const move = lastOnLine ? by : Math.max(0, Math.min(by, gapAfter - 2));
    return before + " ".repeat(move) + f.text + (lastOnLine ? after : after.slice(move));
  }
  const move = Math.max(0, Math.min(-by, gapBefore - 2));
  return before.slice(0, before.length - move) + f.text + " ".repeat(move) + after;
}

/** 0-based character offset where each line of `text` starts (lines split on "\n"). */
function lineOffsets(lines: readonly string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at);
    at += line.length + 1;
  }
  return offsets;
}

/** Wraps words at `width` columns, one space between words. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && indent + line.length + 1 + word.length > width) {
      lines.push(" ".repeat(indent) + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(" ".repeat(indent) + line);
  return lines.join("\n");
}

describe("convertExhibit on hostile input", () => {
  it("reports empty and whitespace-only input as input-empty", () => {
    const empty = convert("");
    expect(codes(empty)).toContain("input-empty");
    expect(empty.statements).toEqual([]);
    const whitespace = fc.string({
      unit: fc.constantFrom(
        " ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\f",
        "\v",
        "\u00a0",
        "\u2028",
        "\u3000",
        "\ufeff",
      ),
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(whitespace, (text) => {
        const result = convert(text);
        expect(codes(result)).toContain("input-empty");
        expect(result.statements).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("reports random bytes read as latin1 as input-binary", () => {
    // Uniform bytes: about 11% are control characters, far from anything a text exhibit holds.
    const uniform = fc.record({ seed: fc.integer(), length: fc.integer({ min: 1024, max: 65536 }) });
    fc.assert(
      fc.property(uniform, ({ seed, length }) => {
        const random = makeRandom(seed);
        const bytes = new Uint8Array(length);
        for (let i = 0; i < length; i++) bytes[i] = floor(random() * 256);
        const result = convert(Buffer.from(bytes).toString("latin1"));
        expect(codes(result)).toContain("input-binary");
        expect(result.statements).toEqual([]);
      }),
      { numRuns: 100 },
    );
    // fast-check's own byte arrays lean towards edge values; whatever they are, the result is well formed.
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 4096 }), (bytes) => {
        const text = Buffer.from(bytes).toString("latin1");
        const result = convert(text);
        // tab, line feed, vertical tab, form feed and carriage return are whitespace, as in the test above
        const control = bytes.filter((b) => b < 9 || (b > 13 && b < 32)).length;
        if (control >= bytes.length * 0.1) {
          expect(codes(result)).toContain("input-binary");
          expect(result.statements).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reports real binary files (gzip, an executable, UTF-16 text) as input-binary", () => {
    const executable = readFileSync(process.execPath).subarray(0, 65536);
    const utf16 = Buffer.from(MPOWER, "utf16le");
    for (const bytes of [gzipSync(Buffer.from(MPOWER, "latin1")), executable, utf16]) {
      const result = convert(bytes.toString("latin1"));
      expect(codes(result)).toContain("input-binary");
      expect(result.statements).toEqual([]);
    }
    const slice = fc.record({
      source: fc.constantFrom(executable, utf16),
      start: fc.nat(),
      length: fc.integer({ min: 1024, max: 16384 }),
    });
    fc.assert(
      fc.property(slice, ({ source, start, length }) => {
        const from = start % Math.max(1, source.length - length);
        const result = convert(source.subarray(from, from + length).toString("latin1"));
        expect(codes(result)).toContain("input-binary");
        expect(result.statements).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("returns findings for 20 MB of random printable text", () => {
    const random = makeRandom(20040212);
    const size = 20 * 1024 * 1024;
    const bytes = new Uint8Array(size);
    let column = 0;
    let width = 80;
    for (let i = 0; i < size; i++) {
      if (column >= width) {
        bytes[i] = 10;
        column = 0;
        width = floor(random() * 160);
        continue;
      }
      bytes[i] = random() < 0.3 ? 32 : 33 + floor(random() * 94);
      column++;
    }
    const result = convert(Buffer.from(bytes.buffer).toString("latin1"));
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it("finds no tables in prose, and says so", () => {
    const prose = fc.record({
      paragraphs: fc.array(fc.lorem({ maxCount: 8, mode: "sentences" }), { minLength: 1, maxLength: 10 }),
      width: fc.integer({ min: 30, max: 120 }),
      indent: fc.integer({ min: 0, max: 8 }),
    });
    fc.assert(
      fc.property(prose, ({ paragraphs, width, indent }) => {
        const text = paragraphs.map((p) => wrap(p, width, indent)).join("\n\n");
        const result = convert(text);
        expect(result.statements).toEqual([]);
        expect(codes(result)).toContain("no-tables");
      }),
      { numRuns: 100 },
    );
  });

  it("keeps every figure of a table whose figures are shifted 0-3 columns left or right", () => {
    const shifts = fc.array(
      fc.record({
        line: fc.integer({ min: HEADER_LINES, max: BALANCE_SHEET.length - 1 }),
        which: fc.nat({ max: 2 }),
        by: fc.integer({ min: -3, max: 3 }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(shifts, (moves) => {
        const lines = [...BALANCE_SHEET];
        for (const { line, which, by } of moves) lines[line] = shiftFigure(lines[line] as string, which, by);
        const result = convert(lines.join("\n"));
        const cells = cellKeys(result);
        const lost: string[] = [];
        lines.forEach((text, i) => {
          if (i < HEADER_LINES) return;
          for (const f of figuresOf(text))
            if (!cells.has(`${i + 1}:${f.start}:${f.text}`))
              lost.push(`line ${i + 1}, column ${f.start}: ${f.text}`);
        });
        expect(lost).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  describe("a table cut off mid-row", () => {
    const whole = convertExhibit(MPOWER, { name: "mpower-2003q4.txt" });
    const offsets = lineOffsets(MPOWER_LINES);
    const cellsOfWhole = whole.statements.flatMap((s) =>
      s.rows.flatMap((r) => r.cells.flatMap((c) => (c ? [c] : []))),
    );
    /** Source lines of rows of figures, by their rank among the figure rows of their table (0-based). */
    const figureRows = whole.statements.flatMap((s) =>
      s.rows.filter((r) => r.cells.some((c) => c !== null)).map((r, rank) => ({ line: r.line, rank })),
    );
    /** Cuts that keep 1 to all characters of a row of figures: the input ends inside that row. */
    const cutsInRows = (rows: readonly { line: number }[]): number[] =>
      rows.flatMap(({ line }) => {
        const start = offsets[line - 1] as number;
        const length = (MPOWER_LINES[line - 1] as string).length;
        return Array.from({ length }, (_, k) => start + k + 1);
      });

    function checkCut(cut: number): void {
      const text = MPOWER.slice(0, cut);
      const result = convert(text);
      const kept = cellKeys(result);
      const ending = text.slice(text.lastIndexOf("\n") + 1).trim();
      const lost = cellsOfWhole
        .filter((c) => (offsets[c.line - 1] as number) + c.end <= cut)
        .filter((c) => !kept.has(`${c.line}:${c.start}:${c.text}`))
        .map(
          (c) => `line ${c.line}, column ${c.start}: ${c.text} (the input ends "...${ending.slice(-40)}")`,
        );
      expect(lost).toEqual([]);
    }

    it("never throws wherever the tables are cut", () => {
      const first = offsets[160] as number;
      fc.assert(
        fc.property(fc.integer({ min: first, max: MPOWER.length }), (cut) => {
          convert(MPOWER.slice(0, cut));
        }),
        { numRuns: 300 },
      );
    });

    it("keeps the figures before the cut when it falls in a later row of figures", () => {
      const cuts = cutsInRows(figureRows.filter((r) => r.rank >= 2));
      fc.assert(
        fc.property(fc.integer({ min: 0, max: cuts.length - 1 }), (i) => checkCut(cuts[i] as number)),
        { numRuns: 300 },
      );
    });

    it("keeps the figures before the cut when it falls in the first or second row of figures", () => {
      const cuts = cutsInRows(figureRows.filter((r) => r.rank < 2));
      fc.assert(
        fc.property(fc.integer({ min: 0, max: cuts.length - 1 }), (i) => checkCut(cuts[i] as number)),
        { numRuns: 300 },
      );
    });
  });

  describe("very long lines", () => {
    const baseline = convertExhibit(MPOWER, { name: "mpower-2003q4.txt" });
    const cellCount = cellKeys(baseline).size;
    /** Places where a line can go without landing inside a statement: before its first line or after its last. */
    const gaps = Array.from({ length: MPOWER_LINES.length + 1 }, (_, p) => p).filter((p) =>
      baseline.statements.every((s) => p + 1 <= s.lines[0] || p >= s.lines[1]),
    );
    const unit = fc.oneof(
      fc.constantFrom("x", "lorem ipsum ", "  $29,307  ", "(2,118)   ", "-----", "=", "été ", "<TABLE>"),
      fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""),
    );
    const longLine = fc
      .record({ unit, length: fc.constantFrom(10_000, 100_000) })
      .map(({ unit: u, length }) => u.repeat(Math.ceil(length / u.length)).slice(0, length));

    it("reads a long line alone as prose, with a line-too-long finding", () => {
      fc.assert(
        fc.property(fc.array(longLine, { minLength: 1, maxLength: 3 }), (longLines) => {
          const result = convert(longLines.join("\n"));
          expect(result.statements).toEqual([]);
          expect(codes(result)).toContain("line-too-long");
        }),
        { numRuns: 40 },
      );
    });

    it("still finds every statement of a real exhibit with long lines between them", () => {
      const insertions = fc.array(fc.record({ gap: fc.constantFrom(...gaps), line: longLine }), {
        minLength: 1,
        maxLength: 3,
      });
      fc.assert(
        fc.property(insertions, (inserts) => {
          const lines = [...MPOWER_LINES];
          // From the last place to the first, so that earlier places keep their index.
          for (const { gap, line } of [...inserts].sort((a, b) => b.gap - a.gap)) lines.splice(gap, 0, line);
          const result = convert(lines.join("\n"));
          expect(result.statements.length).toBe(baseline.statements.length);
          expect(cellKeys(result).size).toBe(cellCount);
          expect(codes(result)).toContain("line-too-long");
        }),
        { numRuns: 60 },
      );
    });
  });

  it("never throws on arbitrary unicode, in lines or shaped like table rows", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.string({ unit: "binary", maxLength: 300 }),
    );
    const row = fc
      .tuple(
        fc.string({ unit: "grapheme", maxLength: 30 }),
        fc.array(fc.oneof(fc.constantFrom("$29,307", "(2,118)", "-", "54.9%", "($0.01)"), text), {
          maxLength: 4,
        }),
      )
      .map(([label, cells]) => [label, ...cells].join("      "));
    const document = fc
      .tuple(fc.array(fc.oneof(text, row), { maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\r"))
      .map(([lines, eol]) => lines.join(eol));
    fc.assert(
      fc.property(fc.oneof(text, document), (input) => {
        const result = convert(input);
        expect(() => JSON.stringify(result)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
