/**
 * Builds the content of a generated exhibit: tables whose arithmetic is known (each derived row
 * names its terms) and the prose between them, with every layout choice drawn up front so that
 * rendering is a pure function of the result (an injected error re-renders the same layout).
 *
 * Figures are exact integers in units of their last printed digit: thousands of dollars for
 * amounts, cents for per-share figures, tenths for percents, whole shares (or thousands).
 */
import type { Feature, FeatureSet } from "./features";
import type { Random } from "./random";

export type GenUnit = "amount" | "per-share" | "shares" | "percent";

/** How a row is derived from other rows of its table (0-based row indexes). */
export type Derivation =
  | { kind: "sum"; terms: { row: number; sign: 1 | -1 }[] }
  | { kind: "per-share"; numerator: number; shares: number }
  | { kind: "ratio"; numerator: number; denominator: number };

export interface GenRow {
  label: string;
  depth: number;
  unit: GenUnit;
  /** One per period column; null for a heading. */
  values: bigint[] | null;
  derive: Derivation | null;
  ruleAbove: "-" | "=" | null;
  blankAbove: boolean;
  dollar: boolean;
  /** A footnote mark per period column ("a", "4"), or null. */
  marks: (string | null)[];
  /** Split the label over two lines, the figures on the second. */
  wrap: boolean;
  /** For the average-rate column: the rate in hundredths of a percent. */
  rate: bigint;
}

export interface GenTable {
  title: string;
  scaleLine: string | null;
  /** Header lines per period column, top to bottom. */
  periodHeaders: string[][];
  percentChange: boolean;
  averageColumn: boolean;
  rows: GenRow[];
}

export interface Style {
  negative: "paren" | "minus";
  dollar: "glued" | "spaced" | "every" | "none";
  markStyle: "glued" | "spaced";
  indentStep: number;
  labelWidth: number;
  columnWidth: number;
}

export type Block = { kind: "table"; table: GenTable } | { kind: "prose"; lines: string[] };

export interface GenExhibit {
  style: Style;
  blocks: Block[];
}

const ITEMS = [
  "Product sales",
  "Service fees",
  "Licensing royalties",
  "Maintenance contracts",
  "Freight and handling",
  "Salaries and wages",
  "Employee benefits",
  "Rent and occupancy",
  "Advertising and promotion",
  "Professional fees",
  "Research and development",
  "Depreciation",
  "Amortization of intangibles",
  "Cash and cash equivalents",
  "Accounts receivable, net",
  "Inventories",
  "Prepaid expenses",
  "Property and equipment, net",
  "Goodwill",
  "Accounts payable",
  "Accrued liabilities",
  "Deferred revenue",
];

const LONG_TAIL = [
  "and other charges related to the restructuring of operations",
  "net of allowances for doubtful accounts and returns",
  "including amounts paid to related parties under agreements",
];

const MARKS = ["a", "b", "c", "1", "2", "4"];

const feature = (features: FeatureSet, name: Feature): boolean => features.has(name);

/** A figure in thousands, never zero (a zero term would make a second derivation tie). */
function amount(random: Random, negative = 0.12): bigint {
  const magnitude = BigInt(random.int(11, random.chance(0.5) ? 9_999 : 899_999));
  return random.chance(negative) ? -magnitude : magnitude;
}

/** a * b / c rounded half away from zero, exactly. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const [n, d] = [numerator < 0n ? -numerator : numerator, denominator < 0n ? -denominator : denominator];
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

class TableBuilder {
  readonly rows: GenRow[] = [];
  constructor(
    private readonly random: Random,
    private readonly features: FeatureSet,
    private readonly periods: number,
  ) {}

  private add(row: Partial<GenRow> & Pick<GenRow, "label" | "unit">): number {
    const r = this.random;
    const f = this.features;
    const wrap =
      feature(f, "wrappedLabels") && row.values !== undefined && row.derive === undefined && r.chance(0.2);
    this.rows.push({
      depth: 0,
      values: null,
      derive: null,
      ruleAbove: null,
      blankAbove: feature(f, "blankLines") && r.chance(0.15),
      dollar: false,
      marks: Array.from({ length: this.periods }, () =>
        (feature(f, "gluedMarks") || feature(f, "spacedMarks")) && r.chance(0.06) ? r.pick(MARKS) : null,
      ),
      wrap,
      rate: BigInt(r.int(101, 1299)),
      ...row,
      label: wrap ? `${row.label} ${r.pick(LONG_TAIL)}` : row.label,
    });
    return this.rows.length - 1;
  }

  heading(label: string, blank: boolean): void {
    this.add({ label: `${label}:`, unit: "amount", blankAbove: blank, marks: [] });
  }

  item(label: string, depth: number, values?: bigint[], dollar = false): number {
    const v = values ?? Array.from({ length: this.periods }, () => amount(this.random));
    return this.add({ label, unit: "amount", depth, values: v, dollar });
  }

  /** A row that is the signed sum of earlier rows, under a rule unless the rules feature drops it. */
  total(label: string, depth: number, terms: { row: number; sign: 1 | -1 }[]): number {
    const values = Array.from({ length: this.periods }, (_, c) =>
      terms.reduce((sum, t) => sum + BigInt(t.sign) * (this.rows[t.row]?.values?.[c] ?? 0n), 0n),
    );
    const ruled = !feature(this.features, "rules") || this.random.chance(0.5);
    const rule = feature(this.features, "rules") && this.random.chance(0.3) ? "=" : "-";
    return this.add({
      label,
      unit: "amount",
      depth,
      values,
      derive: { kind: "sum", terms },
      ruleAbove: ruled ? rule : null,
      dollar: true,
    });
  }

  /** Items under an optional heading, closed by their total: the block's total row. */
  section(name: string, blank: boolean): number {
    const r = this.random;
    this.heading(name, blank);
    const count = r.int(2, 5);
    const labels = new Set<string>();
    while (labels.size < count) labels.add(r.pick(ITEMS));
    const rows = [...labels].map((label, i) => this.item(label, 1, undefined, i === 0));
    return this.total(
      `Total ${name.toLowerCase()}`,
      1,
      rows.map((row) => ({ row, sign: 1 as const })),
    );
  }

  derived(row: Partial<GenRow> & Pick<GenRow, "label" | "unit" | "values" | "derive">): number {
    return this.add(row);
  }
}

/**
 * Header lines per period column, top to bottom; the renderer centres equal neighbours over
 * their columns. Stacked: "Three Months Ended" / "December 31," / "2004", or "Dec. 31," / "2004".
 */
function periodHeaders(random: Random, features: FeatureSet, periods: number): string[][] {
  const years = Array.from({ length: periods }, (_, i) => 2004 - (periods > 2 ? i % 2 : i));
  if (!feature(features, "stackedHeaders")) return years.map((year) => [String(year)]);
  const long = random.chance(0.5);
  return years.map((year, i) => {
    const length = periods > 2 && i >= 2 ? "Twelve Months" : "Three Months";
    return long ? [`${length} Ended`, "December 31,", String(year)] : ["Dec. 31,", String(year)];
  });
}

const SCALES = ["(in thousands)", "(000's omitted)", "(Dollars in thousands)", "(Amounts in thousands)"];

function buildTable(random: Random, features: FeatureSet, index: number): GenTable {
  const periods = feature(features, "periodCount") ? random.int(1, 4) : 2;
  const b = new TableBuilder(random, features, periods);
  const blank = !feature(features, "blankLines") || random.chance(0.5);
  let title = "CONSOLIDATED BALANCE SHEETS";
  const perShare = feature(features, "perShare") || feature(features, "sharesInThousands");
  const operations = feature(features, "subtraction") || perShare || feature(features, "percentRows");
  if (operations && random.chance(0.7)) {
    title = "CONSOLIDATED STATEMENTS OF OPERATIONS";
    let net: number;
    if (feature(features, "subtraction") || feature(features, "percentRows")) {
      const revenue = b.section("Revenues", false);
      const cost = b.item("Cost of revenues", 0);
      const base = b.rows[revenue]?.values ?? [];
      const costRow = b.rows[cost];
      if (costRow !== undefined)
        costRow.values = base.map((v) =>
          v > 0n ? (v * BigInt(random.int(20, 80))) / 100n + 1n : amount(random, 0),
        );
      const gross = b.total("Gross profit", 0, [
        { row: revenue, sign: 1 },
        { row: cost, sign: -1 },
      ]);
      if (feature(features, "percentRows")) {
        const values = (b.rows[gross]?.values ?? []).map((v, c) => divideRounded(v * 1000n, base[c] ?? 1n));
        b.derived({
          label: "Gross margin (% of revenues)",
          unit: "percent",
          depth: 1,
          values,
          derive: { kind: "ratio", numerator: gross, denominator: revenue },
        });
      }
      const expenses = b.section("Operating expenses", blank);
      const operating = b.total("Operating income", 0, [
        { row: gross, sign: 1 },
        { row: expenses, sign: -1 },
      ]);
      const interest = b.item("Interest expense, net", 0);
      net = b.total("Net income", 0, [
        { row: operating, sign: 1 },
        { row: interest, sign: 1 },
      ]);
    } else {
      // Without subtraction blocks: expenses printed negative, and the net a sum of the two totals.
      const revenue = b.section("Revenues", false);
      const expenses = b.section("Operating expenses", blank);
      for (const row of b.rows.slice(revenue + 1, expenses + 1))
        if (row.values !== null) row.values = row.values.map((v) => -v);
      net = b.total("Net income", 0, [
        { row: revenue, sign: 1 },
        { row: expenses, sign: 1 },
      ]);
    }
    if (perShare) addPerShare(random, features, b, net, periods);
  } else {
    const first = b.section("Current assets", false);
    const second = b.section("Other assets", blank);
    const tail = random.chance(0.5) ? [b.item("Deferred charges", 0)] : [];
    b.total(
      "Total assets",
      0,
      [first, second, ...tail].map((row) => ({ row, sign: 1 as const })),
    );
  }
  return {
    title: `${title}${index > 0 ? " (CONTINUED)" : ""}`,
    scaleLine: feature(features, "scaleLines") ? random.pick(SCALES) : "(in thousands)",
    periodHeaders: periodHeaders(random, features, periods),
    percentChange: feature(features, "percentChange") && periods >= 2 && random.chance(0.6),
    averageColumn: feature(features, "averageColumn") && random.chance(0.6),
    rows: b.rows,
  };
}

/** Per-share row and its share count: income x scale / shares, rounded to the cent. */
function addPerShare(
  random: Random,
  features: FeatureSet,
  b: TableBuilder,
  net: number,
  periods: number,
): void {
  const thousands = feature(features, "sharesInThousands") && random.chance(0.5);
  const shares = Array.from({ length: periods }, () => BigInt(random.int(2_000_000, 90_000_000)));
  const printed = thousands ? shares.map((s) => s / 1000n) : shares;
  const income = b.rows[net]?.values ?? [];
  // Income in thousands over shares; shares in thousands cancel the scale.
  const perShare = printed.map((s, c) => divideRounded((income[c] ?? 0n) * (thousands ? 100n : 100_000n), s));
  const sharesRow = b.derived({
    label: thousands
      ? "Weighted average shares outstanding (in thousands)"
      : "Weighted average shares outstanding",
    unit: "shares",
    values: printed,
    derive: null,
    blankAbove: true,
  });
  b.derived({
    label: "Net income per share",
    unit: "per-share",
    values: perShare,
    derive: { kind: "per-share", numerator: net, shares: sharesRow },
    dollar: true,
  });
}

const WORDS = (
  "the company reported revenue growth in its core business during the quarter compared with " +
  "the prior year period while operating expenses declined as management continued its plan"
).split(" ");

function prose(random: Random): string[] {
  const lines: string[] = [];
  for (let i = random.int(2, 4); i > 0; i--) {
    const words = Array.from({ length: random.int(8, 12) }, () => random.pick(WORDS));
    if (random.chance(0.5)) words.splice(3, 0, `$${random.int(2, 99)}.${random.int(1, 9)} million,`);
    if (random.chance(0.3)) words.push(`${random.int(2, 40)}%`);
    lines.push(words.join(" "));
  }
  return lines;
}

function contacts(random: Random): string[] {
  const phone = (): string => `(${random.int(200, 989)}) ${random.int(200, 989)}-${random.int(1000, 9999)}`;
  return [
    "CONTACT:",
    `Investor Relations          ${phone()}`,
    `Media Relations             ${phone()}`,
    `                            +1-${random.int(200, 989)}-${random.int(200, 989)}-${random.int(1000, 9999)}`,
  ];
}

export function buildExhibit(random: Random, features: FeatureSet): GenExhibit {
  const style: Style = {
    negative: feature(features, "minusSigns") && random.chance(0.6) ? "minus" : "paren",
    dollar: feature(features, "dollars")
      ? random.pick(["glued", "spaced", "every", "none"] as const)
      : "glued",
    markStyle:
      feature(features, "spacedMarks") && (!feature(features, "gluedMarks") || random.chance(0.5))
        ? "spaced"
        : "glued",
    indentStep: feature(features, "indentation") ? random.int(0, 4) : 4,
    labelWidth: 0,
    columnWidth: random.int(12, 16),
  };
  const blocks: Block[] = [{ kind: "prose", lines: ["EXHIBIT 99.1", "", "ACME INDUSTRIES, INC.", ""] }];
  const tables = random.int(1, 2);
  for (let t = 0; t < tables; t++) {
    if (t > 0 || random.chance(0.5)) {
      if (feature(features, "prose")) blocks.push({ kind: "prose", lines: prose(random) });
      if (feature(features, "contacts") && random.chance(0.6))
        blocks.push({ kind: "prose", lines: contacts(random) });
    }
    blocks.push({ kind: "table", table: buildTable(random, features, t) });
  }
  if (feature(features, "contacts") && random.chance(0.5))
    blocks.push({ kind: "prose", lines: contacts(random) });
  return { style, blocks };
}
