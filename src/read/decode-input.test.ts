import { decodeInput, looksBinary, type TextEncoding } from "./decode-input";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const utf16le = (text: string): number[] => [...Buffer.from(text, "utf16le")];
const utf16be = (text: string): number[] => {
  const le = utf16le(text);
  return le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1] as number);
};

describe("decodeInput", () => {
  it.each<[string, Uint8Array, string, TextEncoding]>([
    ["plain ASCII", bytes(...ascii("Total  53,001")), "Total  53,001", "utf-8"],
    ["UTF-8 with its mark (dropped)", bytes(0xef, 0xbb, 0xbf, ...ascii("Total")), "Total", "utf-8"],
    ["UTF-8 without a mark", bytes(...Buffer.from("Net – “adjusted” €5")), "Net – “adjusted” €5", "utf-8"],
    [
      "UTF-16 LE with its mark",
      bytes(0xff, 0xfe, ...utf16le("Total  $1,234\r\n")),
      "Total  $1,234\r\n",
      "utf-16le",
    ],
    [
      "UTF-16 BE with its mark",
      bytes(0xfe, 0xff, ...utf16be("Total  ($7,800)")),
      "Total  ($7,800)",
      "utf-16be",
    ],
    [
      "UTF-16 LE without a mark",
      bytes(...utf16le("Cash and equivalents  29,307")),
      "Cash and equivalents  29,307",
      "utf-16le",
    ],
    [
      "UTF-16 BE without a mark",
      bytes(...utf16be("Cash and equivalents  29,307")),
      "Cash and equivalents  29,307",
      "utf-16be",
    ],
    // Windows-1252, not Latin-1: 0x80-0x9F are quotes, dashes, the euro and the trade mark
    [
      "Windows-1252 quotes and dashes",
      bytes(0x93, ...ascii("Net"), 0x94, 0x20, 0x96, 0x20, 0x97, 0x20, 0x80, 0x99),
      "“Net” – — €™",
      "windows-1252",
    ],
    [
      "Windows-1252 accented letters",
      bytes(...ascii("Soci"), 0xe9, ...ascii("t"), 0xe9),
      "Société",
      "windows-1252",
    ],
    ["an undefined Windows-1252 byte stays a control", bytes(0x81, 0x41), "\u0081A", "windows-1252"],
    // a NUL separates, like a space
    ["a NUL in a figure", bytes(...ascii("53,"), 0, ...ascii("001")), "53, 001", "utf-8"],
    ["a NUL in UTF-16", bytes(0xff, 0xfe, ...utf16le("1\u00002")), "1 2", "utf-16le"],
    ["empty", bytes(), "", "utf-8"],
    ["a lone mark", bytes(0xef, 0xbb, 0xbf), "", "utf-8"],
  ])("%s", (_, input, text, encoding) => {
    expect(decodeInput(input)).toEqual({ text, encoding });
  });

  it("decodes long inputs whole (past the chunks code units are joined in)", () => {
    const text = "Revenue \u00e9 ".repeat(10_000);
    expect(decodeInput(Buffer.from(text, "latin1")).text).toBe(text);
    expect(decodeInput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])).text).toBe(
      text,
    );
  });
});

describe("looksBinary", () => {
  const exhibit = "    Total Current Assets          53,001        62,752\n".repeat(2000);
  // random bytes (the high byte of a linear congruential generator), as Windows-1252 decodes them
  let seed = 7;
  const random = Array.from({ length: 20_000 }, () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 24;
  });
  const noise = decodeInput(bytes(...random)).text;

  it.each<[string, string, boolean]>([
    ["an exhibit", exhibit, false],
    ["tabs, form feeds, vertical tabs and CRLF", "a\tb\fc\vd\r\n".repeat(1000), false],
    ["random bytes", noise, true],
    ["an exhibit followed by random bytes", exhibit + noise, true],
    ["random bytes followed by an exhibit", noise + exhibit, true],
    ["an exhibit with random bytes in the middle", exhibit + noise + exhibit, true],
    [
      "a few stray control characters in a long exhibit",
      exhibit.replace(/Total/g, (m, at: number) => (at % 5000 === 4 ? "\u0001" : m)),
      false,
    ],
    ["a DOS end-of-file mark after an exhibit", exhibit + "\u001a", false],
    ["one control character alone", "\u0001", true],
    ["replacement characters", "\uFFFD".repeat(100), true],
    ["empty", "", false],
  ])("%s", (_, text, binary) => {
    expect(looksBinary(text)).toBe(binary);
  });
});
