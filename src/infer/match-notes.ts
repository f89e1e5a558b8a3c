/**
 * Reconciliation and guidance rows that no other relation explains, found stated in a paragraph of
 * prose outside every table: the row's nonzero figures, unsigned, in column order, printed one after
 * another with only separators between them.
 *
 *   Note 1: Cost of Operating Revenues is exclusive of depreciation and amortization
 *   of $1,964, $1,939 and $1,742 for the three months ended June 30, 2004, March 31,
 *      ^
 *   Depreciation and Amortization (allocated to ...)    (1,964)    (1,939)    (1,742)
 */
import Decimal from "decimal.js";
import type { NoteRelation } from "../model/relation";
import type { Statement } from "../model/statement";
import { findProseAmounts } from "./find-prose-amounts";
import type { ProseAmount } from "./find-prose-amounts";

const RESTATING = new Set<Statement["kind"]>(["reconciliation", "guidance"]);
/** A line of SGML tags only ("<TABLE>", "<S> <C>") ends a paragraph like a blank line. */
const TAGS_ONLY = /^\s*(?:<[^>]*>\s*)+$/;

interface PlacedAmount extends ProseAmount {
  /** 1-based source line of the figure. */
  line: number;
}

/** Every amount of every paragraph outside the statements, in reading order. */
function readProse(statements: readonly Statement[], lines: readonly string[]): PlacedAmount[] {
  const inTable = new Uint8Array(lines.length);
  for (const statement of statements) {
    const first = Math.max(1, statement.lines[0]);
    const last = Math.min(lines.length, statement.lines[1]);
    for (let line = first; line <= last; line += 1) inTable[line - 1] = 1;
  }
  const amounts: PlacedAmount[] = [];
  let paragraph: number[] = [];
  const flush = (): void => {
    if (paragraph.length === 0) return;
    const starts: number[] = [];
    let offset = 0;
    const text = paragraph
      .map((index) => {
        starts.push(offset);
        const line = lines[index] ?? "";
        offset += line.length + 1;
        return line;
      })
      .join("\n");
    let at = 0;
    for (const amount of findProseAmounts(text)) {
      while (at + 1 < starts.length && (starts[at + 1] ?? Infinity) <= amount.start) at += 1;
      amounts.push({ ...amount, line: (paragraph[at] ?? 0) + 1 });
    }
    paragraph = [];
  };
  lines.forEach((line, index) => {
    if (inTable[index] === 1 || line.trim() === "" || TAGS_ONLY.test(line)) flush();
    else paragraph.push(index);
  });
  flush();
  return amounts;
}

interface Figure {
  column: number;
  value: string;
}

/** The row's nonzero figures, unsigned, in column order; change columns left out. */
function figuresOf(statement: Statement, row: number): Figure[] {
  const cells = statement.rows[row]?.cells ?? [];
  return statement.columns.flatMap((column, index) => {
    const value = cells[index]?.value;
    if (column.role === "change" || column.role === "percent-change" || value === null || value === undefined)
      return [];
    const figure = new Decimal(value).abs();
    return figure.isZero() ? [] : [{ column: index, value: figure.toString() }];
  });
}

/**
 * The first place of every sequence of joined amounts of the wanted lengths, by its values
 * ("1964|1939|1742"): each amount starts at most `longest` sequences, so the index is linear.
 */
function indexRuns(
  amounts: readonly PlacedAmount[],
  lengths: ReadonlySet<number>,
  longest: number,
): Map<string, number> {
  const index = new Map<string, number>();
  amounts.forEach((amount, start) => {
    let key = amount.value;
    for (let length = 2; length <= longest; length += 1) {
      const next = amounts[start + length - 1];
      if (next === undefined || !next.joined) break;
      key += `|${next.value}`;
      if (lengths.has(length) && !index.has(key)) index.set(key, start);
    }
  });
  return index;
}

export function matchNotes(
  statements: readonly Statement[],
  lines: readonly string[],
  covered: ReadonlySet<string>,
): NoteRelation[] {
  const sources = statements.filter((statement) => RESTATING.has(statement.kind));
  const rows = sources.flatMap((statement) =>
    statement.rows.flatMap((row, index) => {
      if (covered.has(`${statement.id}:r${index}`) || row.kind === "heading") return [];
      const figures = figuresOf(statement, index);
      return figures.length < 2 ? [] : [{ statement: statement.id, row: index, figures }];
    }),
  );
  if (rows.length === 0) return [];
  const lengths = new Set(rows.map(({ figures }) => figures.length));
  const amounts = readProse(statements, lines);
  const runs = indexRuns(amounts, lengths, Math.max(...lengths));
  return rows.flatMap(({ statement, row, figures }): NoteRelation[] => {
    const start = runs.get(figures.map((figure) => figure.value).join("|"));
    if (start === undefined) return [];
    const run = amounts.slice(start, start + figures.length);
    return [
      {
        kind: "note",
        statement,
        row,
        line: run[0]?.line ?? 0,
        texts: run.map((amount) => amount.text),
        ties: figures.map((figure) => figure.column),
      },
    ];
  });
}
