/** Every column header stack met in exhibits reads as the period, basis, scenario and role it prints. */

import fc from "fast-check";
import type { Period } from "../model/period";
import { findStatedEnd, parseColumnHeader, type ColumnHeaderMeaning } from "./parse-column-header";

/** A duration; months and weeks as stated. */
const during = (
  start: string | null,
  end: string | null,
  months: number | null,
  weeks: number | null = null,
) => meaning({ start, end, months, weeks, instant: false });
/** A date with no stated length. */
const bare = (end: string) =>
  meaning({ start: null, end, months: null, weeks: null, instant: true }, { bareDate: true });
const other = (extra: Partial<ColumnHeaderMeaning> = {}) => meaning(null, extra);

function meaning(period: Period | null, extra: Partial<ColumnHeaderMeaning> = {}): ColumnHeaderMeaning {
  const role = period === null ? "other" : "period";
  return { period, basis: null, scenario: null, role, bareDate: false, unreadable: null, ...extra };
}

const rows: [string[], ColumnHeaderMeaning][] = [
  // mpower-2003q4: basis over entity over length over date
  [
    ["REORGANIZED", "MPOWER HOLDING", "THREE MONTHS ENDED", "DECEMBER 31, 2003"],
    { ...during("2003-10-01", "2003-12-31", 3), basis: "Reorganized" },
  ],
  [
    ["REORGANIZED", "MPOWER HOLDING", "THREE MONTHS ENDED", "SEPTEMBER 30, 2003"],
    { ...during("2003-07-01", "2003-09-30", 3), basis: "Reorganized" },
  ],
  [
    ["PREDECESSOR", "MPOWER HOLDING", "JANUARY 1, 2002 TO", "JULY 30, 2002"],
    { ...during("2002-01-01", "2002-07-30", null), basis: "Predecessor" },
  ],
  [
    ["REORGANIZED", "MPOWER HOLDING", "JULY 31, 2002 TO", "DECEMBER 31, 2002"],
    { ...during("2002-07-31", "2002-12-31", null), basis: "Reorganized" },
  ],
  [
    ["REORGANIZED", "MPOWER HOLDING", "FOR THE YEAR ENDED", "DECEMBER 31, 2003"],
    { ...during("2003-01-01", "2003-12-31", 12), basis: "Reorganized" },
  ],
  [["MPOWER HOLDING", "DECEMBER 31, 2003"], bare("2003-12-31")],
  [["December 31, 2003"], bare("2003-12-31")],
  [["SEPTEMBER 30, 2003"], bare("2003-09-30")],
  // mpower-2004q2
  [["Mpower Holding", "June 30, 2004"], bare("2004-06-30")],
  [["Mpower Holding", "Three Months Ended", "June 30, 2004"], during("2004-04-01", "2004-06-30", 3)],
  [
    ["12 Months Ending December 31, 2004", "Adjusted EBITDA Guidance Range", "Low End of Range"],
    { ...during("2004-01-01", "2004-12-31", 12), scenario: "Low End of Range" },
  ],
  [
    ["12 Months Ending December 31, 2004", "Adjusted EBITDA Guidance Range", "High End of Range"],
    { ...during("2004-01-01", "2004-12-31", 12), scenario: "High End of Range" },
  ],
  [
    ["12 Months Ending December 31, 2005", "Adjusted EBITDA Guidance Range"],
    during("2005-01-01", "2005-12-31", 12),
  ],
  // sears: two dates joined by "and", the year row picks one; weeks count back from the end
  [
    ["For the 13", "Weeks Ended", "July 3, 2004 and", "June 28, 2003", "2004"],
    during("2004-04-04", "2004-07-03", null, 13),
  ],
  [
    ["For the 13", "Weeks Ended", "July 3, 2004 and", "June 28, 2003", "2003"],
    during("2003-03-30", "2003-06-28", null, 13),
  ],
  [
    ["For the 26", "Weeks Ended", "July 3, 2004 and", "June 28, 2003", "2003"],
    during("2002-12-29", "2003-06-28", null, 26),
  ],
  [
    ["For the 26", "Weeks Ended", "July 3, 2004 and", "June 28, 2003", "2004"],
    during("2004-01-04", "2004-07-03", null, 26),
  ],
  [["For the 13 Weeks", "Ended July 3, 2004", "Pretax"], during("2004-04-04", "2004-07-03", null, 13)],
  [["July 3,", "2004"], bare("2004-07-03")],
  [["January 3,", "2004"], bare("2004-01-03")],
  [["Domestic", "2003*"], during(null, null, 12)],
  [["Consolidated", "2004"], { ...during(null, null, 12), basis: "Consolidated" }],
  // southern-company: a month without a day is its last day; change columns under the span
  [
    ["3 Months Ended December", "-----------------------", "2004", "(Notes)"],
    during("2004-10-01", "2004-12-31", 3),
  ],
  [["12 Months Ended December", "2003"], during("2003-01-01", "2003-12-31", 12)],
  [["3 Months Ended December", "Change"], other({ role: "change" })],
  [["12 Months Ended December", "% Change"], other({ role: "percent-change" })],
  [["Change"], other({ role: "change" })],
  [["$ Change"], other({ role: "change" })],
  [["Increase (Decrease)"], other({ role: "change" })],
  [["Inc./(Dec.)"], other({ role: "change" })],
  [["Variance"], other({ role: "change" })],
  [["% Change"], other({ role: "percent-change" })],
  [["Percent Change"], other({ role: "percent-change" })],
  [["% Inc (Dec)"], other({ role: "percent-change" })],
  [["Change %"], other({ role: "percent-change" })],
  // amazon-com-junglee
  [["YEAR ENDED", "DECEMBER 31,", "1997"], during("1997-01-01", "1997-12-31", 12)],
  [["DECEMBER 31,", "1996", "(unaudited)"], bare("1996-12-31")],
  [["PERIOD FROM JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996"], during("1996-06-03", "1996-12-31", null)],
  [
    ["PERIOD FROM", "JUNE 3, 1996", "(INCEPTION) TO", "DECEMBER 31,", "1996"],
    during("1996-06-03", "1996-12-31", null),
  ],
  [
    ["YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM", "JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996", "1996"],
    during("1996-06-03", "1996-12-31", null),
  ],
  [
    ["YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM", "JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996", "1997"],
    during("1997-01-01", "1997-12-31", 12),
  ],
  [["SIX MONTHS ENDED JUNE 30,", "1998"], during("1998-01-01", "1998-06-30", 6)],
  [["SIX MONTH PERIODS ENDED JUNE 30, 1998 AND 1997", "1997"], during("1997-01-01", "1997-06-30", 6)],
  [["DECEMBER 31, 1997 AND 1996", "1997"], bare("1997-12-31")],
  [["1998", "(Unaudited)"], during(null, null, 12)],
  // lengths in words and digits
  [["Quarter Ended", "March 31, 2004"], during("2004-01-01", "2004-03-31", 3)],
  [["Nine Months Ended September 30,", "2004"], during("2004-01-01", "2004-09-30", 9)],
  [["Six Months Ended", "June 30, 1998"], during("1998-01-01", "1998-06-30", 6)],
  [["Twelve Months Ended", "December 31, 2004"], during("2004-01-01", "2004-12-31", 12)],
  [["Twelve-", "Month Period Ended", "December 31, 2004"], during("2004-01-01", "2004-12-31", 12)],
  [["13 Weeks Ended", "May 1, 2004"], during("2004-02-01", "2004-05-01", null, 13)],
  [["Fifty-Two Weeks Ended", "January 3, 2004"], during("2003-01-05", "2004-01-03", null, 52)],
  [["53 Weeks Ended", "January 3, 2004"], during("2002-12-29", "2004-01-03", null, 53)],
  [["Three Months Ended", "March 28, 2004"], during(null, "2004-03-28", 3)],
  [["January 1, 2004 to", "March 31, 2004"], during("2004-01-01", "2004-03-31", 3)],
  [
    ["Pro Forma", "Year Ended December 31, 2003"],
    { ...during("2003-01-01", "2003-12-31", 12), basis: "Pro Forma" },
  ],
  // a year without a date: a fiscal year (or the stated length) whose end is unknown
  [["2004"], during(null, null, 12)],
  [["FY2004"], during(null, null, 12)],
  [["FY 2005"], during(null, null, 12)],
  [["Fiscal 2005"], during(null, null, 12)],
  [["Q1 2004"], during(null, null, 3)],
  [["First Quarter", "2004"], during(null, null, 3)],
  [["Three Months Ended", "2004"], during(null, null, 3)],
  [["Fiscal 2004", "Ended January 29, 2005"], during(null, "2005-01-29", 12)],
  [["Fiscal Year Ended", "June 30,", "FY2004"], during("2003-07-01", "2004-06-30", 12)],
  // dates with a stated kind
  [
    ["As of", "June 30, 2004"],
    meaning({ start: null, end: "2004-06-30", months: null, weeks: null, instant: true }),
  ],
  [["Year-End", "2003"], meaning({ start: null, end: null, months: null, weeks: null, instant: true })],
  [["Period Ended", "June 30, 2004"], during(null, "2004-06-30", null)],
  [["Year to Date", "June 30, 2004"], during(null, "2004-06-30", null)],
  [["Sept. 30,", "2003"], bare("2003-09-30")],
  [["6/30/04"], bare("2004-06-30")],
  // named periods that cannot be read
  [["Three Months Ended"], other({ unreadable: "Three Months Ended" })],
  [["Mpower Holding", "Three Months Ended"], other({ unreadable: "Three Months Ended" })],
  [["3 Months Ended December"], other({ unreadable: "3 Months Ended December" })],
  [["Six Months Ended June 30,"], other({ unreadable: "Six Months Ended June 30," })],
  [
    ["For the 13 Weeks Ended July 3, 2004 and June 28, 2003"],
    other({ unreadable: "For the 13 Weeks Ended July 3, 2004 and June 28, 2003" }),
  ],
  [["1997 AND 1996"], other({ unreadable: "1997 AND 1996" })],
  [["June 31, 2004"], other({ unreadable: "June 31, 2004" })],
  // no period at all
  [["CONVERTIBLE", "PREFERRED STOCK - SERIES A", "SHARES"], other()],
  [["ORIGINAL", "FACE VALUE"], other()],
  [["Adjusted EBITDA Guidance Range"], other()],
  [["Pro Forma", "As Adjusted"], other({ basis: "Pro Forma As Adjusted" })],
  [["As Previously Reported"], other({ basis: "As Previously Reported" })],
  [["As Restated"], other({ basis: "Restated" })],
  [["Non-GAAP"], other({ basis: "Non-GAAP" })],
  [["GAAP"], other({ basis: "GAAP" })],
  [["LOW"], other({ scenario: "Low" })],
  [["Midpoint"], other({ scenario: "Midpoint" })],
  [[], other()],
  [["", "   "], other()],
  // abbreviated and numbered lengths keep their length and end
  [["3 Mos. Ended", "December 31, 1999"], during("1999-10-01", "1999-12-31", 3)],
  [["Three Mos. Ended Dec. 31,", "2000"], during("2000-10-01", "2000-12-31", 3)],
  [["6 Mo. Ended", "June 30, 2000"], during("2000-01-01", "2000-06-30", 6)],
  [["12 Mos. Ended", "Sept. 30, 1999"], during("1998-10-01", "1999-09-30", 12)],
  [["16 Weeks Ended", "June 17, 2000"], during("2000-02-27", "2000-06-17", null, 16)],
  [["16 Weeks", "Ended June 17,", "2000"], during("2000-02-27", "2000-06-17", null, 16)],
  [["Sixteen Weeks Ended", "June 17, 2000"], during("2000-02-27", "2000-06-17", null, 16)],
  [["13 Wks. Ended", "April 1, 2000"], during("2000-01-02", "2000-04-01", null, 13)],
  [["12 months ending", "December 31, 1993"], during("1993-01-01", "1993-12-31", 12)],
  [["Twelve Months Ending", "March 31,", "1995"], during("1994-04-01", "1995-03-31", 12)],
  [["Quarter Ended", "6/30/00"], during("2000-04-01", "2000-06-30", 3)],
  // a quarter of a year, in a trend of quarters: three months, a duration, its end unstated
  [["1Q00"], during(null, null, 3)],
  [["4Q 1999"], during(null, null, 3)],
  [["Q3 '00"], during(null, null, 3)],
  [["Six months", "2000"], during(null, null, 6)],
];

describe("findStatedEnd", () => {
  it.each<[string[], string | null]>([
    [["CONSOLIDATED STATEMENTS OF INCOME FOR THE PERIODS ENDED JUNE 30"], "june 30"],
    [["(Unaudited)", "Periods Ending Sept. 30"], "sept. 30"],
    // a date with its year is a column's own, not the table's
    [["Three Months Ended June 30, 2000"], null],
    [["Quarter Ended June 30 '00"], null],
    // two different ends: none is the table's
    [["Quarter ended June 30", "Year ended December 31"], null],
    [["Consolidated Statements of Income"], null],
  ])("%j -> %p", (texts, end) => {
    expect(findStatedEnd(texts)).toBe(end);
  });
});

describe("parseColumnHeader", () => {
  it.each<[string[], number | null, string | null]>([
    // a length and a year with the end stated once for the table: the column keeps both
    [["Six months", "2000"], 6, "2000-06-30"],
    [["Three months", "1999"], 3, "1999-06-30"],
    [["Year", "1999"], 12, "1999-06-30"],
  ])("%j, in a table of periods ended June 30, reads %p months to %p", (parts, months, end) => {
    const read = parseColumnHeader(parts, "June 30");
    expect([read.period?.months, read.period?.end]).toEqual([months, end]);
  });
});

describe("parseColumnHeader", () => {
  it.each(rows)("%j", (parts, expected) => {
    expect(parseColumnHeader(parts)).toEqual(expected);
  });

  it("never throws", () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.constantFrom("June 30,", "2004", "13", "Weeks Ended", "to", "and 1997", "Fiscal", "FY04", "(", "- "),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), (parts) => {
        parseColumnHeader(parts);
      }),
    );
  });
});
