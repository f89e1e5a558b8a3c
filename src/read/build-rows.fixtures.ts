/** Excerpts of real table bodies, with their columns, for the tests of buildRows. */
import type { ColumnBand } from "../model/text-table";

/** mpower-2004q2 statement of operations, lines 240-250, and its columns. */
export const OPERATIONS_2004: [number, string][] = [
  [240, "Operating Expenses:"],
  [241, "  Cost of Operating Revenues (exclusive of depreciation and"],
  [
    242,
    "    amortization shown separately below. See Note 1.)                           17,740                16,388                 18,953",
  ],
  [243, "  Selling, General and Administrative (exclusive of depreciation"],
  [
    244,
    "    and amortization shown separately below. See Note 1.)                       18,212                17,549                 19,587",
  ],
  [
    245,
    "  Stock-Based Compensation Expense                                                  39                    39                     29",
  ],
  [
    246,
    "  Gain on Sale of Assets, net                                                      (62)                 (198)                  (177)",
  ],
  [
    247,
    "  Depreciation and Amortization                                                  3,879                 3,901                  3,984",
  ],
  [
    248,
    "                                                                       -------------------------------------------------------------",
  ],
  [
    249,
    "  Total Operating Expenses                                                      39,808                37,679                 42,376",
  ],
  [250, ""],
];
export const OPERATIONS_2004_BANDS: ColumnBand[] = [
  { start: 80, end: 87 },
  { start: 102, end: 109 },
  { start: 125, end: 132 },
];

/** mpower-2003q4 statement of operations, lines 251-256; columns of the whole statement. */
export const PER_SHARE_2003: [number, string][] = [
  [251, ""],
  [252, "Basic and Diluted (Loss) Income per Share Applicable to"],
  [253, "    Common Stockholders:"],
  [254, ""],
  [
    255,
    "(Loss) Income before Discontinued Operations                            ($0.01)                  ($0.03)                  $0.45",
  ],
  [
    256,
    "Income (Loss) from Discontinued Operations                               $0.01                    $0.01                  ($0.44)",
  ],
];
export const OPERATIONS_2003_BANDS: ColumnBand[] = [
  { start: 68, end: 79 },
  { start: 93, end: 104 },
  { start: 117, end: 128 },
];

/** amazon-junglee statement of stockholders' equity, lines 459-472 (trailing spaces trimmed). */
export const EQUITY_JUNGLEE: [number, string][] = [
  [459, "Issuance of common stock for cash to founders"],
  [
    460,
    "  at $.001 per share in June 1996                          --    $        --             --     $        --      6,435,000",
  ],
  [461, "Issuance of Series A preferred stock for cash at"],
  [462, "  $0.50 per share, net of issuance costs"],
  [
    463,
    "  in July 1996                                      1,150,000    $   566,495             --              --             --",
  ],
  [464, "Issuance of common stock upon exercise"],
  [465, "  of options for cash at $.01 per share"],
  [
    466,
    "  in October 1996                                          --             --             --              --        390,000",
  ],
  [467, "Grant of 60,000 options for consulting services"],
  [
    468,
    "  in November 1996 (see Note 5)                            --             --             --              --             --",
  ],
  [469, "Issuance of Series B preferred stock for cash at"],
  [470, "  $3.00 per share, net of issuance costs:"],
  [
    471,
    "  In November 1996                                         --             --        833,333       2,492,474             --",
  ],
  [
    472,
    "  In December 1996                                         --             --        358,333       1,071,764             --",
  ],
];
export const EQUITY_JUNGLEE_BANDS: ColumnBand[] = [
  { start: 52, end: 61 },
  { start: 65, end: 76 },
  { start: 84, end: 91 },
  { start: 96, end: 107 },
  { start: 113, end: 122 },
];

/** southern Financial Highlights, lines 603-608. */
export const HIGHLIGHTS_SOUTHERN: [number, string][] = [
  [603, "Consolidated Earnings-"],
  [604, "(See Notes)"],
  [605, "<S>                                                <C>        <C>            <C>          <C>"],
  [606, "Retail Business                                    $  122     $  117         $ 1,200      $ 1,153"],
  [607, "Competitive Generation                                 44         30             220          224"],
  [608, "                                                   ------     ------         -------      -------"],
];
export const HIGHLIGHTS_SOUTHERN_BANDS: ColumnBand[] = [
  { start: 51, end: 58 },
  { start: 62, end: 69 },
  { start: 77, end: 85 },
  { start: 90, end: 98 },
];

/** mpower-2003q4 balance sheet columns. */
export const BALANCE_2003_BANDS: ColumnBand[] = [
  { start: 70, end: 79 },
  { start: 96, end: 105 },
  { start: 121, end: 130 },
];
