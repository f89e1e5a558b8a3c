/**
 * Nothing is lost and nothing is invented: every character of every table line is accounted for
 * (a cell, a label, a header, a title, a rule, a tag or a reported page footer), every cell holds
 * exactly the source text at its place, and table-like lines outside tables are reported.
 */
import { readTables } from "../src/read/read-tables";
import { interpretTables } from "../src/interpret/interpret-tables";
import { allTextExhibits, fixture } from "./exhibits";
import {
  leakedFigures,
  misplacedCells,
  unaccountedLines,
  unreportedTableLikeLines,
} from "./conservation-checks";

describe.each(allTextExhibits())("conservation in $name", (exhibit) => {
  const read = readTables(exhibit.text);
  const { statements } = interpretTables(read.tables);

  it("finds tables", () => {
    expect(read.tables.length).toBeGreaterThan(0);
    expect(statements).toHaveLength(read.tables.length);
  });

  it("keeps each cell's exact source text, line and span, and no figure twice", () => {
    expect(misplacedCells(read, statements)).toEqual([]);
  });

  it("accounts for every character of every table line", () => {
    expect(unaccountedLines(read, statements)).toEqual([]);
  });

  it("never lets a figure leak into a label", () => {
    expect(leakedFigures(read)).toEqual([]);
  });

  it("reports every table-like line outside the tables", () => {
    expect(unreportedTableLikeLines(read)).toEqual([]);
  });
});

describe("conservation with footnote marks", () => {
  /** Marks glued, one space apart and set off by spaces, and a number mark beside a column of figures. */
  const text = [
    "                                            1999        1998      Change",
    "                                          --------    --------   --------",
    "Net sales                                 $1,215(a)   $1,093        122",
    "Restructuring charge                        (858)(b)      --       (858)",
    "Other expense                             (1,259) (a)  (1,101)      (158)",
    "Interest income                               312  (c)    298         14",
    "Gross margin                                  8.0%(c)     7.4%       (4)",
    "Net income per share                      $  1.27 (4) $  1.05   $   .22",
    "Extraordinary item                       See Note (2)     --          --",
  ].join("\n");
  const read = readTables(text);
  const { statements } = interpretTables(read.tables);
  const cells = statements.flatMap((s) => s.rows.flatMap((r) => r.cells.flatMap((c) => (c ? [c] : []))));

  it("keeps every figure with its mark in exactly one cell, and loses no character", () => {
    expect(statements).toHaveLength(1);
    expect(statements[0]?.columns).toHaveLength(3);
    expect(cells).toHaveLength(21);
    expect(misplacedCells(read, statements)).toEqual([]);
    expect(unaccountedLines(read, statements)).toEqual([]);
    expect(leakedFigures(read)).toEqual([]);
  });

  it("keeps every mark out of the value and beside the figure", () => {
    expect(cells.filter((c) => c.mark !== undefined).map((c) => [c.text, c.value, c.mark])).toEqual([
      ["$1,215(a)", "1215", "(a)"],
      ["(858)(b)", "-858", "(b)"],
      ["(1,259) (a)", "-1259", "(a)"],
      ["312  (c)", "312", "(c)"],
      ["8.0%(c)", "8.0", "(c)"],
      ["$  1.27 (4)", "1.27", "(4)"],
      ["See Note (2)", null, "See Note (2)"],
    ]);
    expect(cells.find((c) => c.text === "(4)")?.value).toBe("-4");
  });
});

describe("the conservation checks themselves", () => {
  const read = readTables(fixture("mpower-2003q4.txt").text);
  const { statements } = interpretTables(read.tables);

  it("notice a dropped cell", () => {
    const sabotaged = structuredClone(statements);
    sabotaged[0]!.rows[1]!.cells[2] = null;
    expect(unaccountedLines(read, sabotaged)).toEqual([expect.stringMatching(/^line 167, column 122: /)]);
  });

  it("notice a cell whose text is not the source's", () => {
    const sabotaged = structuredClone(statements);
    sabotaged[0]!.rows[1]!.cells[0]!.text = "$29,308";
    expect(misplacedCells(read, sabotaged)).toEqual([
      expect.stringContaining('cell "$29,308" but source "$29,307"'),
    ]);
  });

  it("notice a table-like line outside the tables, and the reader reports one", () => {
    const text =
      "Some prose about the quarter.\n\nRevenue grew        1,234        5,678\n\nMore prose follows here.\n";
    const prose = readTables(text);
    expect(prose.tables).toHaveLength(0);
    expect(unreportedTableLikeLines(prose)).toEqual([]);
    expect(unreportedTableLikeLines({ ...prose, findings: [] })).toEqual([
      "line 3: Revenue grew        1,234        5,678",
    ]);
  });
});
