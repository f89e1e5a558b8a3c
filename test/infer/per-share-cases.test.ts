/** inferPerShare on small hand-made statements: which shares row, which multiplier, and when no relation at all. */
import { inferPerShare } from "../../src/infer/infer-per-share";
import { inferSums } from "../../src/infer/infer-sums";
import { buildStatement } from "./build-statement";

/** [what, rows, scale, expected [per-share row, shares row, multiplier, ties, misses] of each relation]. */
type Case = [string, string[], number, [number, number, number, number[], number[]][]];

const cases: Case[] = [
  [
    // -729 / 78,213 = -0.0093 -> -0.01, printed -0.00; -4,480 / 100,000 = -0.0448 -> -0.04, printed -0.05;
    // 3,000 / 100,000 = 0.03, printed 0.09: plugs on two columns, the third a real miss
    "plugs on all columns but one of three, the one a finding",
    [
      "Loss from discontinued operations | -729 | -4480 | 3000",
      "Loss from discontinued operations per share @per-share | -0.00 | -0.05 | 0.09",
      "Weighted average shares @shares | 78213 | 100000 | 100000",
    ],
    1,
    [[1, 2, 1, [], [0, 1, 2]]],
  ],
  [
    // income and shares both in thousands: -46,427 / 154,389 = -0.3007 -> -0.30; -10,808 / 139,413 = -0.0775 -> -0.08
    "shares 'used in computation' of the loss per share, in the income's thousands",
    [
      "Net loss | -46427 | -10808",
      "Basic and diluted loss per share @per-share | -0.30 | -0.08",
      "Shares used in computation of basic and diluted loss per share @shares | 154389 | 139413",
    ],
    1000,
    [[1, 2, 1, [0, 1], []]],
  ],
  [
    // income in millions, shares in thousands: 1,200 x 1000 / 600,000 = 2.00; 900 x 1000 / 450,000 = 2.00
    "income in millions over shares in thousands",
    [
      "Net income | 1200 | 900",
      "Weighted average shares (in thousands) @shares | 600000 | 450000",
      "Net income per share @per-share | 2.00 | 2.00",
    ],
    1000000,
    [[2, 1, 1000, [0, 1], []]],
  ],
  [
    // basic 1,000 / 4,000 = 0.25 with the basic count; diluted 1,000 / 5,000 = 0.20 with the diluted count,
    // each count named only by the heading of its block
    "share counts whose basis is their block's heading",
    [
      "Net income | 1000 | 2000",
      "Basic: ",
      "  Net income per share @per-share | 0.25 | 0.50",
      "  Weighted average shares @shares | 4000 | 4000",
      "Diluted: ",
      "  Net income per share @per-share | 0.20 | 0.40",
      "  Weighted average shares @shares | 5000 | 5000",
    ],
    1,
    [
      [2, 3, 1, [0, 1], []],
      [5, 6, 1, [0, 1], []],
    ],
  ],
  [
    // the basic line never takes the diluted count, even where the diluted count is nearer
    "a basic line above the diluted count",
    [
      "Net income | 1000 | 2000",
      "Weighted average shares - basic @shares | 4000 | 4000",
      "Weighted average shares - diluted @shares | 5000 | 5000",
      "Basic earnings per share @per-share | 0.25 | 0.50",
      "Diluted earnings per share @per-share | 0.20 | 0.40",
    ],
    1,
    [
      [3, 1, 1, [0, 1], []],
      [4, 2, 1, [0, 1], []],
    ],
  ],
  [
    // a pro forma line over the pro forma count: -22,180 / 154,389 = -0.1437 -> -0.14; -10,808 / 139,413 -> -0.08
    "a pro forma line with its own share count, matched through 'net'",
    [
      "Net loss | -46427 | -10808",
      "Basic and diluted loss per share @per-share | -0.30 | -0.08",
      "Shares used in computation of basic and diluted loss per share @shares | 154389 | 139413",
      "Pro forma net loss, excluding merger costs | -22180 | -10808",
      "Pro forma basic and diluted loss per share, excluding merger costs @per-share | -0.14 | -0.08",
      "Shares used in computation of pro forma basic and diluted loss per share @shares | 154389 | 139413",
    ],
    1000,
    [
      [1, 2, 1, [0, 1], []],
      [4, 5, 1, [0, 1], []],
    ],
  ],
  [
    // 1,000 / 4,000 = 0.25 but printed 0.31 and 0.40: no column ties nor is within a plug, so no relation
    "a line that ties on no column",
    [
      "Net income | 1000 | 2000",
      "Weighted average shares @shares | 4000 | 4000",
      "Net income per share @per-share | 0.31 | 0.40",
    ],
    1,
    [],
  ],
  [
    // a count at a date is not a divisor: 1,000 / 4,000 would tie, but the line names no average
    "only a count of shares outstanding at the end of the period",
    [
      "Net income | 1000 | 2000",
      "End of period shares outstanding @shares | 4000 | 8000",
      "Net income per share @per-share | 0.25 | 0.25",
    ],
    1,
    [],
  ],
  [
    // one column a cent off, the other tied: the relation stands, the odd column is the check's to judge
    "one column a cent off",
    [
      "Net income | 1000 | 2000",
      "Weighted average shares @shares | 4000 | 4000",
      "Net income per share @per-share | 0.25 | 0.51",
    ],
    1,
    [[2, 1, 1, [0], [1]]],
  ],
];

describe("inferPerShare on hand-made statements", () => {
  it.each(cases)("%s", (_, rows, scale, expected) => {
    const { statement } = buildStatement(rows, { scale });
    const found = inferPerShare(statement, inferSums(statement)).map((relation) => [
      relation.row,
      relation.shares,
      relation.multiplier,
      relation.ties,
      relation.misses,
    ]);
    expect(found).toEqual(expected);
  });
});
