/**
 * Every column whose header states a length and an end has both, on every text exhibit: a
 * length ("Three Months", "13 Weeks", "3 Mos.", "Year") and a date with its day ("June 30, 2004")
 * read as months or weeks ending on that date.
 */
import { convertExhibit } from "../src/convert-exhibit";
import { allTextExhibits } from "./exhibits";

const LENGTH =
  /\b(?:\d{1,2}|one|three|six|nine|twelve|thirteen|sixteen|twenty-?six|fifty-?two)[\s-]+(?:months?|weeks?|mos?|wks?)\b|\b(?:quarter|year)s?\s+(?:ended|ending)\b/iu;
const DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b/iu;

test("a length and an end are read wherever a header states both", () => {
  let checked = 0;
  const missing: string[] = [];
  for (const exhibit of allTextExhibits()) {
    const result = convertExhibit(exhibit.text, { name: exhibit.name });
    for (const statement of result.statements)
      statement.columns.forEach((column, index) => {
        if (column.role !== "period" || !LENGTH.test(column.header) || !DATE.test(column.header)) return;
        checked++;
        const period = column.period;
        if (period?.end == null || (period.months === null && period.weeks === null))
          missing.push(`${exhibit.name} ${statement.id} column ${index + 1}: "${column.header}"`);
      });
  }
  expect(missing).toEqual([]);
  expect(checked).toBeGreaterThan(20);
});
