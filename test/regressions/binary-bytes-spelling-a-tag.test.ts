/**
 * Random bytes that happen to spell an HTML tag are still binary input: the HTML reader must not
 * take them (a counterexample the robustness property found).
 */
import { convertExhibit } from "../../src/convert-exhibit";

describe("binary bytes that spell a tag", () => {
  it("are reported as binary, not read as an HTML page without tables", () => {
    const noise = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 37 + 11) % 32)).join("");
    const result = convertExhibit(`${noise}<p>a<p>b<table><tr><td>1</td></tr></table>${noise}`, {
      name: "x.bin",
    });
    expect(result.findings.map((f) => f.code)).toContain("input-binary");
    expect(result.statements).toEqual([]);
  });
});
