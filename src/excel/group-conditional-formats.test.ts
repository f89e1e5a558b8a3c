import { blockAddress } from "../model/a1";
import { groupConditionalFormats, relativeFormula } from "./group-conditional-formats";

const block = (row: number, column: number, rows = 1, columns = 1) => ({ row, column, rows, columns });
const rule = (b: ReturnType<typeof block>, formula: string, fill = "#FFC7CE") => ({
  block: b,
  formula,
  fill,
  color: "#9C0006",
});

describe("relativeFormula", () => {
  it.each([
    ["=ABS(M12)>R12", block(11, 2), "=ABS(C[10]R[0])>C[15]R[0]"],
    ["=ABS(M12)>$R$1", block(11, 2), "=ABS(C[10]R[0])>$R$1"],
    ["=$M12>R$1", block(11, 2), "=$MR[0]>C[15]$1"],
    ["='Bob''s Q4'!C7=\"A1\"", block(6, 2), "='Bob''s Q4'!C[0]R[0]=\"A1\""],
    ["=LOG10(B2)", block(1, 1), "=LOG10(C[0]R[0])"],
  ])("%s at %j", (formula, origin, expected) => {
    expect(relativeFormula(formula, origin)).toBe(expected);
  });

  it("does not place whole columns or rows", () => {
    expect(relativeFormula("=SUM(A:A)>0", block(0, 0))).toBeNull();
    expect(relativeFormula("=SUM(1:1)>0", block(0, 0))).toBeNull();
  });
});

describe("groupConditionalFormats", () => {
  it("groups the same rule on different rows under the first one's formula", () => {
    const groups = groupConditionalFormats([
      rule(block(11, 2, 1, 3), "=ABS(M12)>R12"),
      rule(block(19, 2, 1, 3), "=ABS(M20)>R20"),
      rule(block(25, 2, 1, 3), "=ABS(M26)>R25"),
      rule(block(30, 2, 1, 3), "=ABS(M31)>R31", "#FFEB9C"),
    ]);
    expect(groups.map((g) => [g.formula, g.fill, g.areas.map(blockAddress).join(",")])).toEqual([
      ["=ABS(M12)>R12", "#FFC7CE", "C12:E12,C20:E20"],
      ["=ABS(M26)>R25", "#FFC7CE", "C26:E26"],
      ["=ABS(M31)>R31", "#FFEB9C", "C31:E31"],
    ]);
  });

  it("never lifts a rule above a higher-numbered rule it overlaps", () => {
    const groups = groupConditionalFormats([
      rule(block(0, 0), "=A1>0"),
      rule(block(1, 0), "=A2<0", "#FFEB9C"),
      rule(block(1, 0), "=A2>0"),
    ]);
    expect(groups.map((g) => [g.formula, g.areas.map(blockAddress).join(",")])).toEqual([
      ["=A1>0", "A1"],
      ["=A2<0", "A2"],
      ["=A2>0", "A2"],
    ]);
  });

  it("starts a new group before a group's address list would pass the limit", () => {
    // "C12:E12,C20:E20" is 15 characters: a third area would make it 23
    const rules = [11, 19, 29].map((row) => rule(block(row, 2, 1, 3), `=ABS(M${row + 1})>R${row + 1}`));
    const groups = groupConditionalFormats(rules, 20);
    expect(groups.map((g) => [g.formula, g.areas.map(blockAddress).join(",")])).toEqual([
      ["=ABS(M12)>R12", "C12:E12,C20:E20"],
      ["=ABS(M30)>R30", "C30:E30"],
    ]);
  });

  it("starts a new group for a block above or left of the group's first", () => {
    const groups = groupConditionalFormats([rule(block(5, 2), "=C6>0"), rule(block(9, 1), "=B10>0")]);
    expect(groups).toHaveLength(2);
  });
});
