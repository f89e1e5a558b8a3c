import { classifyPiece, joinPieces } from "./classify-piece";

describe("classifyPiece", () => {
  it.each([
    ["", "empty"],
    ["$", "prefix"],
    ["(", "prefix"],
    ["$(", "prefix"],
    [")", "suffix"],
    ["%", "suffix"],
    [")%", "suffix"],
    ["pts", "suffix"],
    ["96,458", "number"],
    ["(435", "number"],
    ["(1,401)", "number"],
    ["$ 1,234", "number"],
    ["$(7,800)", "number"],
    ["12.5%", "number"],
    ["(2)%", "number"],
    [".70", "number"],
    ["—", "number"],
    ["$—", "number"],
    ["—%", "number"],
    ["-", "number"],
    ["2023", "number"],
    ["n/m", "text"],
    ["Net sales", "text"],
    ["(408) 862-1142", "text"],
    ["Q1 2023", "text"],
    ["1,23,4", "text"],
  ])("%j is %s", (text, kind) => {
    expect(classifyPiece(text)).toBe(kind);
  });

  it("joins pieces as printed", () => {
    expect(joinPieces(["$", "(435", ")"])).toBe("$(435)");
    expect(joinPieces(["12.5", "%"])).toBe("12.5%");
    expect(joinPieces(["$ ", "96,458 "])).toBe("$96,458");
  });
});
