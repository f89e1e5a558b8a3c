/**
 * Columns that drift: blocks of rows printed further right than the first keep their figures in
 * the columns of the first, and a figure one space from its label is a figure, not part of the label.
 */
import { convertExhibit } from "../../src/convert-exhibit";
import type { Statement } from "../../src/model/statement";

function read(lines: string[]): Statement[] {
  return convertExhibit(lines.join("\n"), { name: "t" }).statements;
}

function grid(s: Statement | undefined): (string | null)[][] {
  return (s?.rows ?? [])
    .filter((r) => r.kind !== "heading")
    .map((r) => [r.label, ...r.cells.map((c) => c?.text ?? null)]);
}

const pad = (n: number, line: string): string =>
  line.replace(/^(\S.*?)(\s{2,})(?=\S)/, (_, a: string, b: string) => a + b + " ".repeat(n));

const FIRST = [
  "                                                1999         1998",
  "                                             ----------   ----------",
  "Net sales                                    $  12,410    $  10,220",
  "Cost of sales                                    8,120        6,930",
  "                                             ----------   ----------",
  "Gross profit                                     4,290        3,290",
];
const SECOND = [
  "Selling, general and administrative              1,980        1,610",
  "Research and development                           500          400",
  "                                             ----------   ----------",
  "Operating income                                 1,810        1,280",
];

describe("drifting columns", () => {
  it.each([0, 3, 8, 13, 24])("a block printed %i characters further right keeps its columns", (n) => {
    const lines = [
      ...FIRST,
      "",
      ...SECOND.map((l) => (l.trim().startsWith("-") ? " ".repeat(n) + l : pad(n, l))),
    ];
    const [s] = read(lines);
    expect(s?.columns).toHaveLength(2);
    expect(grid(s)).toEqual([
      ["Net sales", "$  12,410", "$  10,220"],
      ["Cost of sales", "8,120", "6,930"],
      ["Gross profit", "4,290", "3,290"],
      ["Selling, general and administrative", "1,980", "1,610"],
      ["Research and development", "500", "400"],
      ["Operating income", "1,810", "1,280"],
    ]);
  });

  it("many blocks drifting a little further each time make no extra columns", () => {
    const blocks = Array.from({ length: 12 }, (_, k) => [
      pad(
        k * 7,
        `Item ${k + 1}                                    ${String(100 + k).padStart(5)}        ${String(200 + k).padStart(5)}`,
      ),
      pad(
        k * 7,
        `Item ${k + 1} other                              ${String(10 + k).padStart(5)}        ${String(20 + k).padStart(5)}`,
      ),
      "",
    ]).flat();
    const [s] = read([...FIRST, "", ...blocks]);
    expect(s?.columns).toHaveLength(2);
    expect(s?.rows.every((r) => r.kind === "heading" || r.cells.every((c) => c !== null))).toBe(true);
  });
});

describe("a figure one space from its label", () => {
  it("is a figure in its column, not a word of the label", () => {
    const [s] = read([
      ...FIRST,
      "Selling, general, administrative and other costs 1,980        1,610",
      "Interest expense, net                              500          400",
      "Income before taxes due 2008                     1,810        1,280",
    ]);
    expect(grid(s)).toEqual([
      ["Net sales", "$  12,410", "$  10,220"],
      ["Cost of sales", "8,120", "6,930"],
      ["Gross profit", "4,290", "3,290"],
      ["Selling, general, administrative and other costs", "1,980", "1,610"],
      ["Interest expense, net", "500", "400"],
      ["Income before taxes due 2008", "1,810", "1,280"],
    ]);
  });
});
