/** Table of real-world percent labels: the line measured and the denominator named. */
import { splitPercentLabel } from "./split-percent-label";

// prettier-ignore
const rows: [label: string, base: string, of: string | null][] = [
  // label                                       base                          of
  ["Gross Margin (% of Revenue)",                 "Gross Margin",               "revenue"],
  ["Adjusted Gross Margin (% of Revenue)",        "Adjusted Gross Margin",      "revenue"],
  ["Adjusted EBITDA (% of Revenue)",              "Adjusted EBITDA",            "revenue"],
  ["Gross profit as a percent of net sales",      "Gross profit",               "net sales"],
  ["Gross margin as a percentage of revenues",    "Gross margin",               "revenues"],
  ["Operating income, % of sales",                "Operating income",           "sales"],
  ["Operating income (percent of total revenues)", "Operating income",          "total revenues"],
  ["Gross Margin (% of Revenue) (1)",             "Gross Margin (1)",           "revenue"],
  ["% of Total Revenues",                         "",                           "total revenues"],
  ["PERCENTAGE OF POOL BALANCE",                  "",                           "pool balance"],
  ["Operating margin %",                          "Operating margin",           null],
  ["Gross margin percentage",                     "Gross margin",               null],
  ["Effective tax rate",                          "Effective tax rate",         null],
  ["GROUP FACTOR",                                "GROUP FACTOR",               null],
  ["",                                            "",                           null],
];

it.each(rows)("%j -> %j of %j", (label, base, of) => {
  expect(splitPercentLabel(label)).toEqual({ base, of });
});
