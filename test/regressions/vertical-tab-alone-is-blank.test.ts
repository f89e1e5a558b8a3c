/**
 * A lone vertical tab (byte 0x0B) is whitespace, as JavaScript and the empty-input check see it,
 * not a binary byte: the input is empty. Found by the robustness property (bytes [11]).
 */
import { convertExhibit } from "../../src/convert-exhibit";

describe("vertical tab alone", () => {
  it.each<[string, string]>([
    ["\v", "input-empty"],
    ["\v\v\n\v", "input-empty"],
    ["\u0001\u0002\u0003", "input-binary"],
  ])("%j -> %s", (text, code) => {
    const result = convertExhibit(text, { name: "x.txt" });
    expect(result.findings.map((finding) => finding.code)).toEqual([code]);
  });
});
