import type { Block } from "../model/workbook-plan";
import { chunkAreas } from "./chunk-areas";

const row = (r: number): Block => ({ row: r, column: 2, rows: 1, columns: 3 });

describe("chunkAreas", () => {
  it.each<[string, Block[], number, string[]]>([
    ["nothing", [], 100, []],
    ["one area", [row(11)], 100, ["C12:E12"]],
    ["all in one list", [row(11), row(19)], 100, ["C12:E12,C20:E20"]],
    // "C12:E12,C20:E20" is 15 characters: a third area would pass 20
    ["cut before the limit", [row(11), row(19), row(29)], 20, ["C12:E12,C20:E20", "C30:E30"]],
    ["an area longer than the limit still goes alone", [row(11), row(19)], 5, ["C12:E12", "C20:E20"]],
  ])("%s", (_, areas, max, lists) => {
    expect(chunkAreas(areas, max)).toEqual(lists);
  });

  it("keeps every list within 4,000 characters by default, and every area once", () => {
    const areas = Array.from({ length: 2000 }, (_, i) => row(i * 2));
    const lists = chunkAreas(areas);
    expect(lists.length).toBeGreaterThan(1);
    for (const list of lists) expect(list.length).toBeLessThanOrEqual(4000);
    expect(lists.join(",").split(",")).toHaveLength(2000);
  });
});
