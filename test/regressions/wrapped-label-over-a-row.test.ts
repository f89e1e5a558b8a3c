/**
 * A long label line that wraps onto a row of figures stays in its table, even when an earlier
 * table of the same block stood further left and the label reaches into its figures.
 */
import { convertExhibit } from "../../src/convert-exhibit";

it("keeps a continued statement whole when a wrapped label reaches past the first table's figures", () => {
  const lines = [
    "                              BALANCE SHEETS",
    "",
    "                                           1999           1998",
    "                                         --------       --------",
    "Cash                                     $  9,298       $  8,375",
    "Receivables                                 4,797          6,321",
    "                                         --------       --------",
    "Total assets                             $ 14,095       $ 14,696",
    "                                         ========       ========",
    "",
    "",
    "                        BALANCE SHEETS (CONTINUED)",
    "",
    "                                                         1999           1998",
    "                                                       --------       --------",
    "Accounts payable                                       $  7,414       $    601",
    "Accrued liabilities                                       2,489          4,962",
    "    Notes payable to affiliates, including amounts",
    "      due to related parties under agreements             4,192          9,133",
    "                                                       --------       --------",
    "Total liabilities                                      $ 14,095       $ 14,696",
  ];
  const { statements } = convertExhibit(lines.join("\n"), { name: "t" });
  expect(statements.map((s) => s.rows.filter((r) => r.kind !== "heading").map((r) => r.label))).toEqual([
    ["Cash", "Receivables", "Total assets"],
    [
      "Accounts payable",
      "Accrued liabilities",
      "Notes payable to affiliates, including amounts due to related parties under agreements",
      "Total liabilities",
    ],
  ]);
});
