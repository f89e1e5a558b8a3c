/**
 * Every HTML exhibit: its statements found and classified, every figure of its tables in exactly
 * one cell (counted from the markup independently of the reader), each cell's text the text at its
 * place in the rendered lines, and no error finding.
 */
import { convertExhibit } from "../../src/convert-exhibit";
import { interpretTables } from "../../src/interpret/interpret-tables";
import type { StatementKind } from "../../src/model/statement";
import { readExhibit } from "../../src/read/read-exhibit";
import { misplacedCells } from "../conservation-checks";
import { allHtmlExhibits } from "./exhibits";
import { multisetMinus, rawFigures } from "./raw-figures";

/** Kinds each exhibit must show at least once, checked by reading the exhibits. */
const KINDS: Record<string, StatementKind[]> = {
  "001_apple-computer-2004q3.htm": ["balance-sheet", "operations", "reconciliation"],
  "002_apple-2011q1.htm": ["operations", "balance-sheet", "cash-flows"],
  "003_oracle-fy2014q4.htm": ["operations", "reconciliation", "balance-sheet", "cash-flows"],
  "004_oracle-fy2022q4.htm": ["operations", "reconciliation", "balance-sheet", "cash-flows"],
  "005_caterpillar-2022q1.htm": ["operations", "segment", "reconciliation", "balance-sheet", "cash-flows"],
  "006_apple-2024q1.htm": ["operations", "balance-sheet", "cash-flows"],
  "007_buckle-2024q3.htm": ["operations", "balance-sheet"],
};

describe.each(allHtmlExhibits())("the HTML exhibit $name", ({ name, text }) => {
  const read = readExhibit(text);
  const { statements } = interpretTables(read.tables);
  const result = convertExhibit(text, { name });

  it("is read as HTML, with its statements of every expected kind", () => {
    expect(read.format).toBe("html");
    expect(result.source.format).toBe("html");
    expect(result.source.text).toEqual(read.lines);
    const kinds = new Set(result.statements.map((s) => s.kind));
    for (const kind of KINDS[name] ?? []) expect([kind, kinds.has(kind)]).toEqual([kind, true]);
  });

  it("puts every figure of the markup in exactly one cell and invents none", () => {
    const cells = statements.flatMap((s) =>
      s.rows.flatMap((r) => r.cells.flatMap((c) => (c ? [c.text.replace(/[^\d.]/g, "")] : []))),
    );
    const figures = cells.filter((c) => c !== "");
    const raw = rawFigures(text);
    expect(multisetMinus(figures, raw)).toEqual([]);
    // what no cell holds is a footnote reference printed in a cell of its own ("2", "1,2")
    expect(multisetMinus(raw, figures).filter((f) => !/^\d{1,2}$/.test(f))).toEqual([]);
  });

  it("keeps each cell's exact text at its place in the rendered lines", () => {
    expect(misplacedCells(read, statements)).toEqual([]);
  });

  it("raises no error finding", () => {
    expect(result.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
  });
});
