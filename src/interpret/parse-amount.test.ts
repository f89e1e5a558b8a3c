/** Table of real-world figure forms, and properties over arbitrary text and exhibit-formatted numbers. */

import Decimal from "decimal.js";
import fc from "fast-check";
import type { AmountKind } from "../model/amount";
import { amountToDecimal, parseAmount } from "./parse-amount";

type Row = [
  text: string,
  kind: AmountKind,
  value: string | null,
  percent: boolean,
  currency: boolean,
  footnote: string,
  decimals: number,
];

// prettier-ignore
const rows: Row[] = [
  // text              kind        value           percent currency footnote decimals
  ["(2,118)",          "number",   "-2118",        false,  false,   "",      0],
  ["$(7,800)",         "number",   "-7800",        false,  true,    "",      0],
  ["($51)",            "number",   "-51",          false,  true,    "",      0],
  ["( $ 51)",          "number",   "-51",          false,  true,    "",      0],
  ["$ 900",            "number",   "900",          false,  true,    "",      0],
  ["$  (806)",         "number",   "-806",         false,  true,    "",      0],
  ["$ (3.86)",         "number",   "-3.86",        false,  true,    "",      2],
  ["(975,000)",        "number",   "-975000",      false,  false,   "",      0],
  ["$ 1,532",          "number",   "1532",         false,  true,    "",      0],
  ["$11,903",          "number",   "11903",        false,  true,    "",      0],
  ["£1,000",           "number",   "1000",         false,  true,    "",      0],
  ["€(12)",            "number",   "-12",          false,  true,    "",      0],
  ["-$5",              "number",   "-5",           false,  true,    "",      0],
  ["$-5",              "number",   "-5",           false,  true,    "",      0],
  ["2004",             "number",   "2004",         false,  false,   "",      0],
  ["0",                "number",   "0",            false,  false,   "",      0],
  ["  1,234  ",        "number",   "1234",         false,  false,   "",      0],
  // zero dashes
  ["-",                "number",   "0",            false,  false,   "",      0],
  ["- ",               "number",   "0",            false,  false,   "",      0],
  ["--",               "number",   "0",            false,  false,   "",      0],
  ["---",              "number",   "0",            false,  false,   "",      0],
  ["—",                "number",   "0",            false,  false,   "",      0],
  ["–",                "number",   "0",            false,  false,   "",      0],
  ["-0-",              "number",   "0",            false,  false,   "",      0],
  ["$  --",            "number",   "0",            false,  true,    "",      0],
  ["--%",              "number",   "0",            true,   false,   "",      0],
  // markers
  ["*",                "marker",   null,           false,  false,   "",      0],
  ["**",               "marker",   null,           false,  false,   "",      0],
  ["n/m",              "marker",   null,           false,  false,   "",      0],
  ["N/M",              "marker",   null,           false,  false,   "",      0],
  ["nm",               "marker",   null,           false,  false,   "",      0],
  ["NM",               "marker",   null,           false,  false,   "",      0],
  ["n/a",              "marker",   null,           false,  false,   "",      0],
  ["N/A",              "marker",   null,           false,  false,   "",      0],
  ["NA",               "marker",   null,           false,  false,   "",      0],
  ["n.m.",             "marker",   null,           false,  false,   "",      0],
  // percents
  ["54.9%",            "number",   "54.9",         true,   false,   "",      1],
  ["-4.1%",            "number",   "-4.1",         true,   false,   "",      1],
  ["+5.2%",            "number",   "5.2",          true,   false,   "",      1],
  ["(26%)",            "number",   "-26",          true,   false,   "",      0],
  ["(2)%",             "number",   "-2",           true,   false,   "",      0],
  ["19 %",             "number",   "19",           true,   false,   "",      0],
  ["0.02154%",         "number",   "0.02154",      true,   false,   "",      5],
  // decimals as printed
  [".70",              "number",   "0.70",         false,  false,   "",      2],
  ["$    .70",         "number",   "0.70",         false,  true,    "",      2],
  ["$.70",             "number",   "0.70",         false,  true,    "",      2],
  ["(.05)",            "number",   "-0.05",        false,  false,   "",      2],
  ["1,156,444.26",     "number",   "1156444.26",   false,  false,   "",      2],
  ["976.726571",       "number",   "976.726571",   false,  false,   "",      6],
  ["1,000.000000",     "number",   "1000.000000",  false,  false,   "",      6],
  ["$0.45",            "number",   "0.45",         false,  true,    "",      2],
  ["$0.02",            "number",   "0.02",         false,  true,    "",      2],
  ["(0.01)",           "number",   "-0.01",        false,  false,   "",      2],
  ["0.00",             "number",   "0.00",         false,  false,   "",      2],
  ["$0.00",            "number",   "0.00",         false,  true,    "",      2],
  ["($0.00)",          "number",   "-0.00",        false,  true,    "",      2],
  ["(0)",              "number",   "-0",           false,  false,   "",      0],
  ["007",              "number",   "7",            false,  false,   "",      0],
  // footnote marks
  ["5,667*",           "number",   "5667",         false,  false,   "*",     0],
  ["5,667**",          "number",   "5667",         false,  false,   "**",    0],
  ["5,667 *",          "number",   "5667",         false,  false,   "*",     0],
  ["5,667+",           "number",   "5667",         false,  false,   "+",     0],
  ["5,667(1)",         "number",   "5667",         false,  false,   "(1)",   0],
  ["(5,667)(1)",       "number",   "-5667",        false,  false,   "(1)",   0],
  ["1,215(a)",         "number",   "1215",         false,  false,   "(a)",   0],
  ["(858)(b)",         "number",   "-858",         false,  false,   "(b)",   0],
  ["8.0%(c)",          "number",   "8.0",          true,   false,   "(c)",   1],
  ["(1,259) (a)",      "number",   "-1259",        false,  false,   "(a)",   0],
  ["$ 1.27 (4)",       "number",   "1.27",         false,  true,    "(4)",   2],
  ["1,215   (A)",      "number",   "1215",         false,  false,   "(A)",   0],
  ["$(12.5)[2]",       "number",   "-12.5",        false,  true,    "[2]",   1],
  ["3,400#",           "number",   "3400",         false,  false,   "#",     0],
  ["(4)",              "number",   "-4",           false,  false,   "",      0],
  // a note reference or a lone mark in a figure's place: no figure, the text kept as the mark
  ["See Note (2)",     "marker",   null,           false,  false,   "See Note (2)", 0],
  ["See Note 4",       "marker",   null,           false,  false,   "See Note 4", 0],
  ["Note 12",          "marker",   null,           false,  false,   "Note 12", 0],
  ["(a)",              "marker",   null,           false,  false,   "(a)",   0],
  // figure-shaped but broken: flags as printed, no value
  ["$8,1",             "invalid",  null,           false,  true,    "",      0],
  ["1,2,34",           "invalid",  null,           false,  false,   "",      0],
  ["1234,567",         "invalid",  null,           false,  false,   "",      0],
  ["1,234,",           "invalid",  null,           false,  false,   "",      0],
  ["(2,118",           "invalid",  null,           false,  false,   "",      0],
  ["2,118)",           "invalid",  null,           false,  false,   "",      0],
  ["(-5)",             "invalid",  null,           false,  false,   "",      0],
  ["-(5)",             "invalid",  null,           false,  false,   "",      0],
  ["(26%)%",           "invalid",  null,           true,   false,   "",      0],
  ["$$5",              "invalid",  null,           false,  true,    "",      0],
  ["$",                "invalid",  null,           false,  false,   "",      0],
  // not figures at all
  ["",                 "invalid",  null,           false,  false,   "",      0],
  ["Total",            "invalid",  null,           false,  false,   "",      0],
  ["585-218-6547",     "invalid",  null,           false,  false,   "",      0],
  ["June 30, 2004",    "invalid",  null,           false,  false,   "",      0],
  ["12/31/03",         "invalid",  null,           false,  false,   "",      0],
  ["2002-07-31",       "invalid",  null,           false,  false,   "",      0],
  ["$20.8 million",    "invalid",  null,           false,  false,   "",      0],
  ["----------",       "invalid",  null,           false,  false,   "",      0],
  ["- - -",            "invalid",  null,           false,  false,   "",      0],
  ["5,667(abc)",       "invalid",  null,           false,  false,   "",      0],
  ["Notebook 4",       "invalid",  null,           false,  false,   "",      0],
];

describe("parseAmount", () => {
  it.each(rows)("parses %p", (text, kind, value, percent, currency, footnote, decimals) => {
    expect(parseAmount(text)).toEqual({ kind, value, percent, currency, footnote, decimals });
  });

  it("never throws, and gives a value exactly when the kind is number", () => {
    const figureish = fc.string({ unit: fc.constantFrom(..."0123456789,.()$£-+%*/ nmaNMA—") });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), figureish), (text) => {
        const amount = parseAmount(text);
        if (amount.kind !== "number") return amount.value === null;
        const decimal = amountToDecimal(amount);
        return decimal !== null && decimal.decimalPlaces() <= amount.decimals;
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects long runs of spaces that fail at the end (a backtracking pattern would not return)", () => {
    const spaces = " ".repeat(50_000);
    expect(parseAmount(`$${spaces}(${spaces}x`).kind).toBe("invalid");
    expect(parseAmount(`(${spaces}$${spaces}(${spaces}1${spaces}%${spaces})${spaces}%${spaces}*x`).kind).toBe(
      "invalid",
    );
    expect(parseAmount(`${"1".repeat(50_000)}${spaces}x`).kind).toBe("invalid");
  });

  it("reads back any number formatted as an exhibit prints it", () => {
    const printed = fc.record({
      magnitude: fc.bigInt({ min: 0n, max: 10n ** 18n }),
      decimals: fc.integer({ min: 0, max: 6 }),
      negative: fc.boolean(),
      negativeStyle: fc.constantFrom("(x)", "$(x)", "$  (x)", "($x)", "-x", "-$x"),
      positiveStyle: fc.constantFrom("x", "$x", "$ x", "$    x"),
      bareFraction: fc.boolean(),
    });
    fc.assert(
      fc.property(
        printed,
        ({ magnitude, decimals, negative, negativeStyle, positiveStyle, bareFraction }) => {
          const digits = magnitude.toString().padStart(decimals + 1, "0");
          const whole = digits.slice(0, digits.length - decimals);
          const fraction = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : "";
          const shownWhole = bareFraction && fraction !== "" && whole === "0" ? "" : groupThousands(whole);
          const style = negative ? negativeStyle : positiveStyle;
          const sign = negative ? "-" : "";

          const amount = parseAmount(style.replace("x", shownWhole + fraction));

          const value = `${sign}${whole}${fraction}`;
          const currency = style.includes("$");
          expect(amount).toEqual({ kind: "number", value, percent: false, currency, footnote: "", decimals });
          const exact = new Decimal(`${sign}${magnitude}`).div(10 ** decimals);
          expect(amountToDecimal(amount)?.equals(exact)).toBe(true);
        },
      ),
    );
  });
});

describe("amountToDecimal", () => {
  it.each([
    ["(2,118)", "-2118"],
    ["1,156,444.26", "1156444.26"],
    ["54.9%", "54.9"],
    ["--", "0"],
  ])("gives the exact value of %p", (text, expected) => {
    expect(amountToDecimal(parseAmount(text))?.toFixed()).toBe(expected);
  });

  it.each(["n/m", "$8,1", "Total"])("gives null for %p", (text) => {
    expect(amountToDecimal(parseAmount(text))).toBeNull();
  });
});

/** `1234567` as an exhibit prints it: `1,234,567`. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
}
