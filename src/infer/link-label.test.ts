/** Table of reconciliation and statement labels and the words they are matched on. */
import { linkLabel } from "./link-label";

// prettier-ignore
const rows: [label: string, key: string][] = [
  // label                                           key
  ["Net (Loss) Income (GAAP)",                        "net loss income"],
  ["Net (Loss) Income",                               "net loss income"],
  ["Net Loss (GAAP)",                                 "net loss"],
  ["Net income (non-GAAP)",                           "net income"],
  ["Net (Loss) Income Applicable to Common Stockholders", "net loss income applicable to common stockholders"],
  ["Gain on Sale of Assets, net",                     "gain on sale of assets net"],
  ["(Loss) Gain on Sale of Investments, net",         "loss gain on sale of investments net"],
  ["Stock-Based Compensation Expense",                "stock based compensation expense"],
  ["Selling, general & administrative",               "selling general and administrative"],
  ["Adjusted EBITDA (1)",                             "adjusted ebitda"],
  ["Adjusted EBITDA (% of Revenue)",                  "adjusted ebitda of revenue"],
  ["Special charges (a)",                             "special charges"],
  ["Total stockholders\u2019 equity",                 "total stockholders equity"],
  ["Depreciation and Amortization (allocated to Cost of Operating Revenues)",
                                                      "depreciation and amortization allocated to cost of operating revenues"],
  ["",                                                ""],
];

it.each(rows)("%j -> %j", (label, key) => {
  expect(linkLabel(label)).toBe(key);
});
