/**
 * Sears, 26-week segment statement: a column's "$" stands one space after the previous figure.
 *
 *   Cumulative effect of change in accounting principle   $  (839) $     -
 *                                                          ^^^^^^^^ ^^^^^^^   two cells, not "(839) $"
 */
import { convertExhibit } from "../../src/convert-exhibit";

it("binds a dollar sign to the figure after it, not the one before", () => {
  const text = [
    "    Net income before cumulative effect                   $    33  $   501",
    "    Cumulative effect of change in accounting principle   $  (839) $     -",
    "    Net (loss)/ income                                    $  (806) $   501",
  ].join("\n");
  const result = convertExhibit(text, { name: "sears" });
  expect(result.statements[0]?.rows.map((r) => r.cells.map((c) => c?.text))).toEqual([
    ["$    33", "$   501"],
    ["$  (839)", "$     -"],
    ["$  (806)", "$   501"],
  ]);
  expect(result.findings.filter((f) => f.code === "ambiguous-columns")).toEqual([]);
});
