import { blockAddress } from "../model/a1";
import { groupStyles } from "./group-styles";

const block = (row: number, column: number, rows = 1, columns = 1) => ({ row, column, rows, columns });

describe("groupStyles", () => {
  it("gives one group per look, with rows stacked into areas", () => {
    const groups = groupStyles([
      { block: block(0, 0, 1, 3), bold: true },
      { block: block(1, 0, 1, 3), bold: true },
      { block: block(4, 0, 1, 3), bold: true },
      { block: block(4, 0), italic: true },
    ]);
    expect(groups.map((g) => [g.style, g.areas.map(blockAddress).join(",")])).toEqual([
      [{ bold: true }, "A1:C2,B5:C5"],
      [{ bold: true, italic: true }, "A5"],
    ]);
  });

  it("lets a later block win, property by property", () => {
    const groups = groupStyles([
      { block: block(0, 0, 1, 2), fill: "#FFFFFF", color: "#000000" },
      { block: block(0, 1), fill: "#DDEBF7" },
    ]);
    expect(groups.map((g) => [g.style, g.areas.map(blockAddress).join(",")])).toEqual([
      [{ fill: "#FFFFFF", color: "#000000" }, "A1"],
      [{ fill: "#DDEBF7", color: "#000000" }, "B1"],
    ]);
  });

  it("keeps a bottom line under each block's last row only, and a left line on its first column", () => {
    const groups = groupStyles([
      { block: block(0, 0, 2, 2), borderBottom: true },
      { block: block(2, 0, 1, 2), borderBottom: true },
      { block: block(0, 4, 3, 2), borderLeft: true },
    ]);
    const byStyle = Object.fromEntries(
      groups.map((g) => [JSON.stringify(g.style), g.areas.map(blockAddress).join(",")]),
    );
    expect(byStyle).toEqual({ '{"borderBottom":true}': "A2:B2,A3:B3", '{"borderLeft":true}': "E1:E3" });
  });

  it("leaves out cells whose look is the default", () => {
    expect(groupStyles([{ block: block(0, 0), borderBottom: false }])).toEqual([]);
  });
});
