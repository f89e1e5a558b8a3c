/**
 * Lines over 2,000 characters inside a table: a row padded with spaces or with a very long label is
 * read like any row; a line too broken up to be a row is reported as a gap in the table.
 */
import { convertExhibit } from "../../src/convert-exhibit";

const HEAD = [
  "                                                1999         1998",
  "                                             ----------   ----------",
  "Net sales                                    $  12,410    $  10,220",
];
const TAIL = [
  "                                             ----------   ----------",
  "Gross profit                                     4,290        3,290",
];

function run(middle: string) {
  const result = convertExhibit([...HEAD, middle, ...TAIL].join("\n"), { name: "t" });
  return {
    rows: result.statements.map((s) =>
      s.rows
        .filter((r) => r.kind !== "heading")
        .map((r) => [r.label.slice(0, 20), ...r.cells.map((c) => c?.text ?? null)]),
    ),
    codes: result.findings.map((f) => `${f.code}:${f.severity}`),
  };
}

describe("long lines inside a table", () => {
  it("reads a row padded with thousands of trailing spaces", () => {
    const { rows, codes } = run(
      "Cost of sales                                    8,120        6,930" + " ".repeat(3000),
    );
    expect(rows).toEqual([
      [
        ["Net sales", "$  12,410", "$  10,220"],
        ["Cost of sales", "8,120", "6,930"],
        ["Gross profit", "4,290", "3,290"],
      ],
    ]);
    expect(codes.filter((c) => /line/.test(c))).toEqual([]);
  });

  it("reads a row whose label runs on for thousands of characters", () => {
    const label = "Cost of sales, including " + "occupancy and buying costs ".repeat(90);
    const line = label.trimEnd() + "     8,120        6,930";
    expect(line.length).toBeGreaterThan(2000);
    const { rows } = run(line);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[1]?.filter((c) => c !== null).slice(1)).toEqual(["8,120", "6,930"]);
  });

  it("warns that the table is incomplete when a long line cannot be read as a row", () => {
    const line = "Cost of sales" + "      8,120".repeat(300);
    const { rows, codes } = run(line);
    expect(rows.flat().map((r) => r[0])).toEqual(["Net sales", "Gross profit"]);
    expect(codes).toContain("table-line-unread:warning");
    expect(codes).toContain("line-too-long:info");
  });
});
