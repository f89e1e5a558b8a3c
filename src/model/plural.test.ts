import { plural } from "./plural";

describe("plural", () => {
  it.each([
    [0, "statement", undefined, "0 statements"],
    [1, "statement", undefined, "1 statement"],
    [2, "statement", undefined, "2 statements"],
    [1, "remark", undefined, "1 remark"],
    [3, "is", "are", "3 are"],
    [1, "sheet", "sheets", "1 sheet"],
  ])("%d %s -> %s", (count, noun, pluralNoun, expected) => {
    expect(plural(count, noun, pluralNoun)).toBe(expected);
  });
});
