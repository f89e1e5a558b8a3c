import type { ExistingWorkbook, SheetPlan, WorkbookPlan } from "../model/workbook-plan";
import { checkPlanSafety } from "./check-plan-safety";

const sheet = (name: string, replaces = false): SheetPlan => ({
  name,
  role: "statement",
  statement: "s1",
  replaces,
  cells: [],
  numberFormats: [],
  styles: [],
  conditionalFormats: [],
  columnWidths: [],
  rowHeights: [],
  freeze: { rows: 0, columns: 0 },
  showGridlines: true,
  tabColor: null,
});
const plan = (sheets: SheetPlan[], remove: string[] = []): WorkbookPlan => ({
  record: { id: "abc", exhibit: "q4.txt", importedAt: null, sheets: sheets.map((s) => s.name) },
  sheets,
  remove,
  findingCells: [],
  liveChecks: [],
  statusChecks: [],
});
const workbook: ExistingWorkbook = {
  sheetNames: ["Budget", "BS 2003-12-31", "Checks", "Old"],
  imports: [
    { id: "abc", exhibit: "q4.txt", importedAt: null, sheets: ["BS 2003-12-31", "Checks", "Old", "Gone"] },
    { id: "zzz", exhibit: "q2.txt", importedAt: null, sheets: ["Budget"] },
  ],
};

describe("checkPlanSafety", () => {
  it("accepts adding free names, rewriting and deleting its own earlier sheets", () => {
    expect(
      checkPlanSafety(
        plan([sheet("bs 2003-12-31", true), sheet("Checks", true), sheet("Source")], ["Old", "Gone"]),
        workbook,
      ),
    ).toEqual({ added: ["Source"], replaced: ["bs 2003-12-31", "Checks"], removed: ["Old"] });
  });

  it.each([
    ["adding a taken name", plan([sheet("budget")]), /already exists/],
    [
      "replacing a sheet of another import",
      plan([sheet("Budget", true)]),
      /not one Crossfoot wrote for this exhibit/,
    ],
    ["replacing a sheet that is gone", plan([sheet("Gone", true)]), /no longer in the workbook/],
    ["deleting a sheet that is not its own", plan([sheet("Source")], ["Budget"]), /will not be deleted/],
    ["naming a sheet twice", plan([sheet("Source"), sheet("SOURCE")]), /twice/],
    ["deleting a sheet it writes", plan([sheet("Checks", true)], ["Checks"]), /both written and deleted/],
  ])("refuses %s", (_, unsafe, message) => {
    expect(checkPlanSafety(unsafe, workbook)).toMatch(message);
  });
});
