/** Table of real-world labels and what is left of them to match on. */
import { normalizeLabel } from "./normalize-label";

// prettier-ignore
const rows: [label: string, normalized: string][] = [
  // label                                                                       normalized
  ["(Loss) Income from Discontinued Operations",                                  "from discontinued operations"],
  ["Income (Loss) from Discontinued Operations",                                  "from discontinued operations"],
  ["Income from Discontinued Operations",                                         "from discontinued operations"],
  ["(Loss) Income before Discontinued Operations",                                "before discontinued operations"],
  ["Loss before Discontinued Operations",                                         "before discontinued operations"],
  ["Net Loss",                                                                    "net"],
  ["Net (Loss) Income",                                                           "net"],
  ["Net Loss (GAAP)",                                                             "net"],
  ["NET INCOME/ (LOSS)",                                                          "net"],
  ["Net (Loss) Income Applicable to Common Stockholders",                         "net applicable to common stockholders"],
  ["Net Income Available to Common",                                              "net available to common"],
  ["Basic and Diluted (Loss) Income per Share Applicable to Common Stockholders:", "basic and diluted applicable to common stockholders"],
  ["Earnings/ (loss) per share",                                                  ""],
  ["Net income per diluted share",                                                "net"],
  ["Earnings per share before cumulative effect of change in accounting principle", "before cumulative effect of change in accounting principle"],
  ["Income before cumulative effect of change in accounting principle",           "before cumulative effect of change in accounting principle"],
  ["EPS - Diluted",                                                               "eps diluted"],
  ["- - As Reported",                                                             "as reported"],
  ["Net Income - Excluding One-Time Items (See Notes)",                           "net excluding one time items"],
  ["Gross Margin (% of Revenue)",                                                 "gross margin"],
  ["Adjusted EBITDA (% of Revenue)",                                              "adjusted ebitda"],
  ["Cost of Operating Revenues (exclusive of depreciation and amortization)",     "cost of operating revenues"],
  ["Selling, General and Administrative",                                         "selling general and administrative"],
  ["Gain (Loss) on Discharge of Debt",                                            "on discharge of debt"],
  ["Total Stockholders' Equity",                                                  "total stockholders equity"],
  ["Operating profit ((a) see note)",                                             "operating"],
  ["",                                                                            ""],
  ["(Loss)",                                                                      ""],
];

it.each(rows)("%j -> %j", (label, normalized) => {
  expect(normalizeLabel(label)).toBe(normalized);
});
