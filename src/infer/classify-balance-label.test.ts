/** Table of real-world balance sheet labels and the total each names. */
import { classifyBalanceLabel } from "./classify-balance-label";
import type { BalanceLabel } from "./classify-balance-label";

// prettier-ignore
const rows: [label: string, named: BalanceLabel | null][] = [
  // label                                                           named
  ["TOTAL ASSETS",                                                    "assets"],
  ["Total Assets",                                                    "assets"],
  ["Total assets (1)",                                                "assets"],
  ["TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY",                      "liabilities-and-equity"],
  ["Total Liabilities and Stockholders' Equity",                      "liabilities-and-equity"],
  ["Total liabilities and shareholders' equity",                      "liabilities-and-equity"],
  ["Total liabilities and shareholders\u2019 equity",                 "liabilities-and-equity"],
  ["Total liabilities and stockholders' equity (deficit)",            "liabilities-and-equity"],
  ["Total liabilities and stockholders' deficit",                     "liabilities-and-equity"],
  ["Total liabilities and partners' capital",                         "liabilities-and-equity"],
  ["Total liabilities and members' equity",                           "liabilities-and-equity"],
  ["Total liabilities & shareholders' investment",                    "liabilities-and-equity"],
  ["Total liabilities, minority interest and shareholders' equity",   "liabilities-and-equity"],
  ["Total liabilities and equity",                                    "liabilities-and-equity"],
  ["LIABILITIES AND STOCKHOLDERS' EQUITY",                            "liabilities-and-equity"],
  ["Total equity and liabilities",                                    "liabilities-and-equity"],
  ["TOTAL",                                                           "total"],
  ["Total:",                                                          "total"],
  ["Total liabilities",                                               null],
  ["Total stockholders' equity",                                      null],
  ["Total current assets",                                            null],
  ["Total liabilities and capital lease obligations",                 null],
  ["Net assets",                                                      null],
  ["",                                                                null],
];

it.each(rows)("%j -> %j", (label, named) => {
  expect(classifyBalanceLabel(label)).toBe(named);
});
