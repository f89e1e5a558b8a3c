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
    ["1,2345", "text"],
    [")(a)", "suffix"],
    ["pts)", "suffix"],
    ["(a)", "suffix"],
    ["(1)", "number"],
    ["1,2", "suffix"],
    ["(242) bp.", "number"],
    ["5,667*", "number"],
  ])("%j is %s", (text, kind) => {
    expect(classifyPiece(text)).toBe(kind);
  });

  it("joins pieces as printed", () => {
    expect(joinPieces(["$", "(435", ")"])).toEqual({ text: "$(435)", marks: "" });
    expect(joinPieces(["12.5", "%"])).toEqual({ text: "12.5%", marks: "" });
    expect(joinPieces(["$ ", "96,458 "])).toEqual({ text: "$96,458", marks: "" });
    expect(joinPieces(["(8", ")(a)"])).toEqual({ text: "(8)", marks: "(a)" });
    expect(joinPieces(["(1.8", " pts)"])).toEqual({ text: "(1.8)", marks: "pts" });
    expect(joinPieces(["(242) bp."])).toEqual({ text: "(242)", marks: "bp." });
    expect(joinPieces(["$", "(34)"])).toEqual({ text: "$(34)", marks: "" });
    expect(joinPieces(["$(5)"])).toEqual({ text: "$(5)", marks: "" });
    expect(joinPieces(["5,667(1)"])).toEqual({ text: "5,667", marks: "(1)" });
    expect(joinPieces(["4,966", "1,2"])).toEqual({ text: "4,966", marks: "1,2" });
  });
});
