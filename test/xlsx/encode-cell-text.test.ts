/** encodeCellText: one row per kind of text an old filing holds. */
import { encodeCellText } from "../../src/xlsx/encode-cell-text";

test.each([
  ["plain text", "Total Current Assets", "Total Current Assets"],
  ["tab, line feed and carriage return are kept", "a\tb\nc\rd", "a\tb\nc\rd"],
  ["a form feed between pages", "page\u000Cbreak", "page_x000C_break"],
  ["NUL and other C0 controls", "\u0000\u0001\u001F", "_x0000__x0001__x001F_"],
  ["DEL", "a\u007Fb", "a_x007F_b"],
  ["the non-characters U+FFFE and U+FFFF", "\uFFFE\uFFFF", "_xFFFE__xFFFF_"],
  ["text that looks like an escape", "_x0041_ and _X0041_", "_x005F_x0041_ and _X0041_"],
  ["a label that looks like a formula is untouched", "=SUM(A1)", "=SUM(A1)"],
  ["Latin-1 and beyond", "Café – 😀", "Café – 😀"],
])("%s", (_, text, encoded) => {
  expect(encodeCellText(text)).toBe(encoded);
});
