/**
 * Exhibit bytes to text, the same in the command line and the task pane: a byte-order mark
 * (UTF-8, UTF-16 LE or BE) decides; else UTF-16 without a mark when every other byte is zero,
 * else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (old filings' curly quotes and
 * dashes). A NUL becomes a space: it separates, it never joins or breaks a figure.
 *
 *   EF BB BF 54 6F 74 61 6C        -> "Total"        (utf-8, mark dropped)
 *   FF FE 54 00 6F 00              -> "To"           (utf-16le)
 *   93 4E 65 74 94 20 96 20 31     -> "“Net” – 1"    (windows-1252)
 *   35 33 2C 00 30 30 31           -> "53, 001"      (NUL as a space)
 */

/** The largest input read, in the command line and the pane alike: an exhibit is rarely over a few megabytes, a whole submission tens. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedInput {
  text: string;
  encoding: TextEncoding;
}

/** Windows-1252's characters for bytes 0x80-0x9F; the five bytes it leaves undefined stay C1 controls. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Code units turned into a string this many at a time (String.fromCharCode takes them as arguments). */
const CHUNK = 8192;

export function decodeInput(bytes: Uint8Array): DecodedInput {
  const { text, encoding } = decodeBytes(bytes);
  return { text: text.includes("\0") ? text.replace(/\0/g, " ") : text, encoding };
}

function decodeBytes(bytes: Uint8Array): DecodedInput {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeUtf16(bytes.subarray(2), true), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: "utf-16be" };
  const unmarked = guessUtf16(bytes);
  if (unmarked !== null) return { text: decodeUtf16(bytes, unmarked === "utf-16le"), encoding: unmarked };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/**
 * UTF-16 without a mark: in the first 4 KB, at least 40% of the pairs have a zero high byte
 * and almost none a zero low byte (ASCII text as UTF-16: "T\0o\0t\0a\0l\0").
 */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs * 0.4 && zeroEven <= pairs * 0.02) return "utf-16le";
  if (zeroEven >= pairs * 0.4 && zeroOdd <= pairs * 0.02) return "utf-16be";
  return null;
}

/** Pairs of bytes as code units (big-endian ones swapped first); unpaired surrogates become U+FFFD. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  if (littleEndian) return new TextDecoder("utf-16le").decode(bytes);
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i < swapped.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return new TextDecoder("utf-16le").decode(swapped);
}

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    units[i] = byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte;
  }
  return unitsToString(units);
}

function unitsToString(units: Uint16Array): string {
  const parts: string[] = [];
  for (let start = 0; start < units.length; start += CHUNK)
    parts.push(String.fromCharCode(...units.subarray(start, start + CHUNK)));
  return parts.join("");
}

/** Characters examined together by `looksBinary`. */
const BLOCK = 4096;
/** The share of control characters that makes a block binary. */
const BINARY_SHARE = 0.05;

/**
 * Text is binary when some block of it, anywhere, is more than 5% control characters (other than
 * tab, line breaks, vertical tab and form feed), undefined bytes or replacement
 * characters: an exhibit followed by random bytes is binary, however long the exhibit.
 */
export function looksBinary(text: string): boolean {
  const limit = BINARY_SHARE * Math.min(BLOCK, text.length);
  for (let start = 0; start < text.length; start += BLOCK) {
    const end = Math.min(start + BLOCK, text.length);
    let control = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if ((c < 32 && (c < 9 || c > 13)) || c === 0x7f || (c >= 0x80 && c < 0xa0) || c === 0xfffd) control++;
    }
    if (control > limit) return true;
  }
  return false;
}
