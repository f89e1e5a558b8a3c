/** Label lines that wrap onto the next line, and lines that do not, from real exhibits. */

import { continues } from "./continues";

describe("continues", () => {
  it.each<[string, string, string, boolean]>([
    // mpower-2004q2
    [
      "an open parenthesis, a last word that needs more, a next line in lower case",
      "  Cost of Operating Revenues (exclusive of depreciation and",
      "    amortization shown separately below. See Note 1.)",
      true,
    ],
    [
      "an open parenthesis",
      "  Selling, General and Administrative (exclusive of depreciation",
      "    and amortization shown separately below. See Note 1.)",
      true,
    ],
    // mpower-2003q4: the next line is capitalised and ends with a colon, but "to" needs more
    [
      "ends with 'to'",
      "Basic and Diluted (Loss) Income per Share Applicable to",
      "    Common Stockholders:",
      true,
    ],
    // sears
    ["the next line starts in lower case", "     Provision for uncollectible", "      accounts", true],
    ["ends with 'and'", "     Cost of sales, buying and", "      occupancy", true],
    [
      "a caption wrapped after a comma",
      "STATEMENT OF OPERATIONS (amounts in $ thousands,",
      "     except share and per share amounts)",
      true,
    ],
    // amazon-junglee
    [
      "ends with 'at'",
      "Issuance of Series A preferred stock for cash at",
      "  $0.50 per share, net of issuance costs",
      true,
    ],
    [
      "ends with 'founders', next in lower case",
      "Issuance of common stock for cash to founders",
      "  at $.001 per share in June 1996",
      true,
    ],
    // southern
    ["ends with a hyphen", "Consolidated Earnings-", "(See Notes)", true],

    // mpower-2003q4
    ["a heading with a colon", "Operating Expenses:", "    Cost of Operating Revenues", false],
    ["a heading without a colon", "Current Assets", "    Cash & Cash Equivalents", false],
    // mpower-2004q2
    [
      "a heading with a colon before capitals",
      "Basic and Diluted (Loss) Income per Share:",
      "Loss before Discontinued Operations",
      false,
    ],
    // amazon-junglee: the colon closes the label even after a wrap
    [
      "a wrapped heading closed by a colon",
      "  $3.00 per share, net of issuance costs:",
      "  In November 1996",
      false,
    ],
    // southern: the dash opens a sub-label, it does not close the label above
    [
      "a closed label before a dashed sub-label",
      "Net Income - Excluding One-Time Items (See Notes)",
      "  - As Reported",
      false,
    ],
    // sears
    [
      "a capitalised heading and a capitalised label",
      "    REVENUES",
      "     Merchandise sales and services",
      false,
    ],
    ["a blank next line", "Basic and Diluted (Loss) Income per Share Applicable to", "", false],
    ["a blank previous line", "", "    amortization shown separately below. See Note 1.)", false],
  ])("%s", (_name, previous, next, expected) => {
    expect(continues(previous, next)).toBe(expected);
  });
});
