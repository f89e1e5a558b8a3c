/** Table of real-world prose and the amounts read from it: [text, value, joined] in reading order. */
import { findProseAmounts } from "./find-prose-amounts";

type Found = [text: string, value: string, joined: boolean];

// prettier-ignore
const rows: [prose: string, found: Found[]][] = [
  ["of $1,964, $1,939 and $1,742 for the three",     [["$1,964", "1964", false], ["$1,939", "1939", true], ["$1,742", "1742", true]]],
  ["of $1,964,\n$1,939 and\n$1,742.",                 [["$1,964", "1964", false], ["$1,939", "1939", true], ["$1,742", "1742", true]]],
  ["were 954, 6,390, and 19,000",                     [["954", "954", false], ["6,390", "6390", true], ["19,000", "19000", true]]],
  ["of ($1,964); ($1,939) & $ 1,742",                 [["($1,964)", "1964", false], ["($1,939)", "1939", true], ["$ 1,742", "1742", true]]],
  ["losses of $(7,800) to $(5,800)",                  [["$(7,800)", "7800", false], ["$(5,800)", "5800", false]]],
  ["$0.25 and $1.04 per share",                       [["$0.25", "0.25", false], ["$1.04", "1.04", true]]],
  ["June 30, 2004, March 31,\n2004",                  [["30", "30", false], ["2004", "2004", true], ["31", "31", false], ["2004", "2004", true]]],
  ["margin of 54.9%, 51.8 % and 47.0%",               []],
  ["see Note 1) and item 7a, 1,96 or 1,9645 or v1.2", [["1", "1", false]]],
  ["1,964 1,939",                                     [["1,964", "1964", false], ["1,939", "1939", false]]],
  ["no figures here",                                 []],
  ["",                                                []],
];

it.each(rows)("%j", (prose, found) => {
  expect(findProseAmounts(prose).map((amount): Found => [amount.text, amount.value, amount.joined])).toEqual(
    found,
  );
});

it("gives each figure's span", () => {
  const prose = "of ($1,964) and 1,939";
  expect(findProseAmounts(prose).map((amount) => prose.slice(amount.start, amount.end))).toEqual([
    "($1,964)",
    "1,939",
  ]);
});
