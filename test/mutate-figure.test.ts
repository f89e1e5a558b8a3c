/** Table-driven tests of moving a printed figure for the mutation test. */
import { parseAmount } from "../src/interpret/parse-amount";
import { mutateFigure, placeFigure } from "./mutate-figure";

describe("mutateFigure", () => {
  // prettier-ignore
  const forms: [text: string, value: string, mutated: string][] = [
    ["(2,118)",   "-2118",    "(2,111)"],
    ["54.9%",     "54.9",     "55.6%"],
    ["$0.01",     "0.01",     "$0.08"],
    ["-",         "0",        "7"],
    ["$ -",       "0",        "$ 7"],
    ["(5)",       "-5",       "2"],
    ["($0.00)",   "-0.00",    "$0.07"],
    ["$  (806)",  "-806",     "$  (799)"],
    ["$29,307",   "29307",    "$29,314"],
    ["998",       "998",      "1,005"],
    ["78213486",  "78213486", "78213493"],
    [".70",       "0.70",     ".77"],
    ["(.05)",     "-0.05",    ".02"],
    ["(26%)",     "-26",      "(19%)"],
    ["-4.1%",     "-4.1",     "-3.4%"],
    ["5,667*",    "5667",     "5,674*"],
  ];
  it.each(forms)("%s (value %s) becomes %s", (text, value, mutated) => {
    const result = mutateFigure(text, value);
    expect(result.text).toBe(mutated);
    expect(parseAmount(result.text).value).toBe(result.value);
  });

  it("keeps the last digit in place, widening leftwards into spaces", () => {
    expect(placeFigure("Net loss      (5)  x", 14, 17, "(5)", "2")).toBe("Net loss       2   x");
    expect(placeFigure("Sales      998  x", 11, 14, "998", "1,005")).toBe("Sales    1,005  x");
    expect(placeFigure("Sales  998  x", 7, 10, "998", "1,005")).toBeNull();
    expect(placeFigure("Cash  -", 6, 7, "-", "7")).toBe("Cash  7");
  });
});
