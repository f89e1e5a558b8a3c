/**
 * Small hand-made WorkbookPlans for the Office writer's tests: every kind of cell, labels Excel
 * would parse if it could, overlapping styles, conditional formats on many rows, and a plan of any
 * number of rows for the size tests.
 */
import type {
  ConditionalFormat,
  PlanCell,
  SheetPlan,
  StyleBlock,
  WorkbookPlan,
} from "../../src/model/workbook-plan";

const text = (t: string): PlanCell => ({ kind: "text", text: t });
const number = (value: string): PlanCell => ({ kind: "number", value });
const formula = (f: string): PlanCell => ({ kind: "formula", formula: f });

const AMOUNT = '#,##0_);(#,##0);"-"_)';

/** A statement sheet of `rows` item rows (3 figures each) and a total row, with a checks column. */
export function makeStatementSheet(
  name: string,
  rows: number,
  options: { replaces?: boolean } = {},
): SheetPlan {
  const cells: (PlanCell | null)[][] = [
    [text("Statement of Operations"), null, null, null, null],
    [text("(in thousands)"), text("2003-12-31"), text("2003-09-30"), text("2002-12-31"), text("Check")],
  ];
  const styles: StyleBlock[] = [
    { block: { row: 0, column: 0, rows: 1, columns: 5 }, bold: true, size: 14 },
    { block: { row: 1, column: 0, rows: 1, columns: 5 }, bold: true, fill: "#DDEBF7", borderBottom: true },
  ];
  const conditionalFormats: ConditionalFormat[] = [];
  for (let i = 0; i < rows; i++) {
    const r = cells.length;
    cells.push([
      text(i % 7 === 3 ? "=SUM(A1)" : `Item ${i + 1}`),
      number(String(((i * 37) % 1000) - 300)),
      number(`${i}.25`),
      number(i % 5 === 0 ? "-0.00" : String(-i * 1000)),
      formula(`=B${r + 1}-C${r + 1}`),
    ]);
    styles.push({ block: { row: r, column: 0, rows: 1, columns: 1 }, indent: 1 + (i % 2) });
    conditionalFormats.push({
      block: { row: r, column: 4, rows: 1, columns: 1 },
      formula: `=ABS(E${r + 1})>B${r + 1}`,
      fill: "#FFC7CE",
      color: "#9C0006",
    });
  }
  const total = cells.length;
  cells.push([
    text("Total"),
    formula(`=SUM(B3:B${total})`),
    formula(`=SUM(C3:C${total})`),
    formula(`=SUM(D3:D${total})`),
    null,
  ]);
  styles.push({ block: { row: total, column: 0, rows: 1, columns: 4 }, bold: true, borderBottom: true });
  // a later block wins over part of an earlier one
  styles.push({
    block: { row: total, column: 3, rows: 1, columns: 1 },
    italic: true,
    color: "#C00000",
    borderLeft: true,
  });
  return {
    name,
    role: "statement",
    statement: "s2",
    replaces: options.replaces ?? false,
    cells,
    numberFormats: [
      { block: { row: 2, column: 1, rows: rows + 1, columns: 3 }, format: AMOUNT },
      { block: { row: 2, column: 2, rows: rows + 1, columns: 1 }, format: "0.00" },
      { block: { row: 2, column: 4, rows: rows, columns: 1 }, format: AMOUNT },
    ],
    styles,
    conditionalFormats,
    columnWidths: [42, 14, 14, 14, 10],
    rowHeights: [{ row: 0, height: 30 }],
    freeze: { rows: 2, columns: 1 },
    showGridlines: false,
    tabColor: "#1F4E78",
  };
}

/** A sheet of labels Excel would read as something else if it parsed them. */
export function makeHostileSheet(name: string): SheetPlan {
  const labels = [
    "=SUM(A1)",
    "1,234",
    "2003-12-31",
    "(2,118)",
    "+1",
    "-",
    "'quoted",
    "TRUE",
    "54.9%",
    "@risk",
    "",
  ];
  return {
    name,
    role: "source",
    statement: null,
    replaces: false,
    cells: [
      ...labels.map((label) => [text(label)]),
      [{ kind: "date", date: "2003-12-31" }, number("0.549"), number("12345678901234567890")],
    ],
    numberFormats: [{ block: { row: labels.length, column: 0, rows: 1, columns: 1 }, format: "yyyy-mm-dd" }],
    styles: [
      {
        block: { row: 0, column: 0, rows: labels.length, columns: 1 },
        wrapText: true,
        horizontalAlignment: "Left",
      },
    ],
    conditionalFormats: [],
    columnWidths: [30],
    rowHeights: [],
    freeze: { rows: 0, columns: 0 },
    showGridlines: true,
    tabColor: null,
  };
}

export function makeSamplePlan(
  options: { id?: string; rows?: number; names?: string[]; replaces?: boolean[]; remove?: string[] } = {},
): WorkbookPlan {
  const [first = "IS 3M 2003-12-31", second = "Source"] = options.names ?? [];
  const sheets = [
    makeStatementSheet(first, options.rows ?? 12, { replaces: options.replaces?.[0] ?? false }),
    { ...makeHostileSheet(second), replaces: options.replaces?.[1] ?? false },
  ];
  return {
    record: {
      id: options.id ?? "a1b2c3",
      exhibit: "sample.txt",
      importedAt: null,
      sheets: sheets.map((s) => s.name),
    },
    sheets,
    remove: options.remove ?? [],
    findingCells: [],
    liveChecks: [],
    statusChecks: [],
  };
}
