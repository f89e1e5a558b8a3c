import { importId } from "./import-id";

describe("importId", () => {
  it.each<[string, string]>([
    // FNV-1a of "" is its offset basis; of "a" the published 32-bit test vector e40c292c, and
    // (0x050c5d1f ^ 0x61) * 0x01000193 mod 2^32 = 70772d5a for the second offset
    ["", "811c9dc5-050c5d1f-0"],
    ["a", "e40c292c-70772d5a-1"],
  ])("%j -> %s", (text, id) => expect(importId(text)).toBe(id));

  it("is the same for the same text and differs for a one-character change", () => {
    const text = "Total Operating Revenues   36,879";
    expect(importId(text)).toBe(importId(`${text}`));
    expect(importId(text)).not.toBe(importId(text.replace("879", "878")));
    expect(importId(text)).not.toBe(importId(`${text} `));
  });
});
