/** A small hand-made WorkbookPlan with one of each thing a writer carries, for the writer's tests. */
import type { ImportRecord, SheetPlan, WorkbookPlan } from "../../src/model/workbook-plan";

export const RECORD: ImportRecord = {
  id: "b1946ac92492d2347c6235b4d2611184",
  exhibit: "small-exhibit.txt",
  importedAt: "2024-02-29T12:00:00.000Z",
  sheets: ["IS 3M 2003-12-31", "Checks"],
};

/**
 *   A               B        C       D           E
 * 1 Statement of Operations
 * 2                 Reported Live    Difference  Tolerance
 * 3 Revenue         100
 * 4 Costs           40.25             n/m
 * 5 Gross margin    59.75    =B3-B4  =B5-C5      0
 * 6 =SUM(A1)        (text)   2003-12-31 (date)
 */
export function makeStatementSheet(): SheetPlan {
  return {
    name: "IS 3M 2003-12-31",
    role: "statement",
    statement: "s2",
    replaces: false,
    cells: [
      [{ kind: "text", text: "Statement of Operations" }],
      [
        null,
        { kind: "text", text: "Reported" },
        { kind: "text", text: "Live" },
        { kind: "text", text: "Difference" },
        { kind: "text", text: "Tolerance" },
      ],
      [
        { kind: "text", text: "Revenue" },
        { kind: "number", value: "100" },
      ],
      [
        { kind: "text", text: "Costs" },
        { kind: "number", value: "40.25" },
        null,
        { kind: "text", text: "n/m" },
      ],
      [
        { kind: "text", text: "Gross margin" },
        { kind: "number", value: "59.75" },
        { kind: "formula", formula: "=B3-B4" },
        { kind: "formula", formula: "=B5-C5" },
        { kind: "number", value: "0" },
      ],
      [{ kind: "text", text: "=SUM(A1)" }, null, { kind: "date", date: "2003-12-31" }],
    ],
    numberFormats: [
      { block: { row: 2, column: 1, rows: 3, columns: 3 }, format: "#,##0.00_);(#,##0.00)" },
      { block: { row: 5, column: 2, rows: 1, columns: 1 }, format: "yyyy-mm-dd" },
    ],
    styles: [
      { block: { row: 0, column: 0, rows: 1, columns: 1 }, bold: true, size: 14, color: "#1F4E79" },
      { block: { row: 1, column: 1, rows: 1, columns: 3 }, bold: true, fill: "#DDEBF7", borderBottom: true },
      // a later block changes only what it names: C2 stays bold and filled, and is italic too
      { block: { row: 1, column: 2, rows: 1, columns: 1 }, italic: true, horizontalAlignment: "Right" },
      { block: { row: 2, column: 0, rows: 3, columns: 1 }, indent: 1, wrapText: true },
      { block: { row: 1, column: 3, rows: 4, columns: 1 }, borderLeft: true },
    ],
    conditionalFormats: [
      {
        block: { row: 4, column: 3, rows: 1, columns: 1 },
        formula: "=ABS(D5)>0.5",
        fill: "#FFC7CE",
        color: "#9C0006",
      },
      {
        block: { row: 4, column: 3, rows: 1, columns: 1 },
        formula: "=ABS(D5)>0",
        fill: "#FFEB9C",
        color: "#9C5700",
      },
    ],
    columnWidths: [40, 12, 12],
    rowHeights: [{ row: 0, height: 45 }],
    freeze: { rows: 2, columns: 1 },
    showGridlines: false,
    tabColor: "#4472C4",
  };
}

export function makeChecksSheet(): SheetPlan {
  return {
    name: "Checks",
    role: "checks",
    statement: null,
    replaces: false,
    cells: [
      [
        { kind: "text", text: "Check" },
        { kind: "text", text: "Status" },
      ],
      [
        { kind: "formula", formula: `=HYPERLINK("#'IS 3M 2003-12-31'!C5","Gross margin")` },
        { kind: "formula", formula: `=IF(ABS('IS 3M 2003-12-31'!D5)=0,"OK","MISMATCH")` },
      ],
    ],
    numberFormats: [],
    styles: [{ block: { row: 0, column: 2, rows: 1, columns: 1 }, fontName: "Consolas" }],
    conditionalFormats: [],
    columnWidths: [],
    rowHeights: [],
    freeze: { rows: 0, columns: 0 },
    showGridlines: true,
    tabColor: null,
  };
}

export function makeSmallPlan(): WorkbookPlan {
  return {
    record: RECORD,
    sheets: [makeStatementSheet(), makeChecksSheet()],
    remove: [],
    findingCells: [],
    liveChecks: [
      {
        sheet: "IS 3M 2003-12-31",
        live: "C5",
        reported: "B5",
        difference: "D5",
        tolerance: "E5",
        findings: [],
        check: 0,
      },
    ],
    statusChecks: [{ sheet: "Checks", address: "B2", expected: "OK", finding: null, check: 0 }],
  };
}
