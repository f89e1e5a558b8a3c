import { detectScale } from "./detect-scale";

describe("detectScale", () => {
  it.each<[string[], number | null]>([
    [["BALANCE SHEET (AMOUNTS IN $ THOUSANDS)"], 1000],
    [["STATEMENT OF OPERATIONS (amounts in $ thousands,"], 1000],
    [["RECONCILIATION TO GAAP (amounts in $ thousands)"], 1000],
    [["(In Millions of Dollars Except Earnings Per Share)"], 1_000_000],
    [["(In Millions of Dollars)"], 1_000_000],
    [["(millions, except earnings per"], 1_000_000],
    [["(millions)"], 1_000_000],
    [["($ in millions, except earnings per share)"], 1_000_000],
    [["(Dollars in thousands)"], 1000],
    [["(000's omitted)"], 1000],
    [["(000's)"], 1000],
    [["CONSOLIDATED STATEMENTS OF EARNINGS (000's)"], 1000],
    [["($000)"], 1000],
    [["(in 000s)"], 1000],
    [["($000's)"], 1000],
    [["$000's"], 1000],
    // a figure, not a unit
    [["sales of $2,000 in the quarter"], null],
    [["$ in billions"], 1_000_000_000],
    [["JUNGLEE CORP.", "BALANCE SHEETS"], null],
    [["revenue grew to $20.8 million in the quarter"], null],
    [["SEARS, ROEBUCK AND CO.", "(millions)"], 1_000_000],
  ])("%j -> %p", (texts, scale) => {
    expect(detectScale(texts)).toBe(scale);
  });
});
