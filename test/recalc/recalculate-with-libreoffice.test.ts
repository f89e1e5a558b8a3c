/**
 * The LibreOffice harness itself: it really recalculates (a stale cached value is replaced), it
 * reads numbers at full precision whatever their format, and it shows formula errors.
 */
import { Workbook } from "exceljs";
import { writePlanToXlsx } from "../../src/xlsx/write-plan-to-xlsx";
import { makeSmallPlan } from "../xlsx/small-plan";
import {
  isErrorValue,
  numberAt,
  parseCsv,
  recalculateWithLibreOffice,
  valueAt,
  type SheetValues,
} from "./recalculate-with-libreoffice";

/** A workbook whose formulas carry wrong cached values, as a file saved before its inputs changed. */
async function makeStaleWorkbook(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Bob's Q4");
  sheet.getCell("A1").value = 2;
  sheet.getCell("A2").value = 3;
  sheet.getCell("A3").value = { formula: "A1+A2", result: 99 };
  sheet.getCell("A4").value = 1234567.891;
  sheet.getCell("A4").numFmt = "#,##0";
  sheet.getCell("A5").value = { formula: "A1/3", result: 0 };
  sheet.getCell("A5").numFmt = "0.0%";
  sheet.getCell("A6").value = { formula: "A1/0", result: 0 };
  sheet.getCell("A7").value = { formula: "NOSUCHFUNCTION(A1)", result: 0 };
  sheet.getCell("A8").value = 'say "hi", twice\nthen stop';
  sheet.getCell("A9").value = { formula: "-A4*0+-2118", result: 0 };
  sheet.getCell("A9").numFmt = '#,##0_);(#,##0);"-"_)';
  const checks = workbook.addWorksheet("Checks");
  checks.getCell("A1").value = { formula: `IF('Bob''s Q4'!A3=5,"OK","MISMATCH")`, result: "MISMATCH" };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function sheetOf(
  results: Map<string, Map<string, SheetValues>>,
  workbook: string,
  sheet: string,
): SheetValues {
  const rows = results.get(workbook)?.get(sheet);
  if (rows === undefined) throw new Error(`no sheet ${sheet} in ${workbook}`);
  return rows;
}

describe("LibreOffice, through a throw-away profile", () => {
  let recalculated: Map<string, Map<string, SheetValues>>;
  let cached: Map<string, Map<string, SheetValues>>;

  beforeAll(async () => {
    const stale = { name: "stale", bytes: await makeStaleWorkbook(), sheets: ["Bob's Q4", "Checks"] };
    const plan = makeSmallPlan();
    const small = {
      name: "small",
      bytes: await writePlanToXlsx(plan),
      sheets: plan.sheets.map((s) => s.name),
    };
    // two workbooks in one run of soffice
    recalculated = await recalculateWithLibreOffice([stale, small]);
    cached = await recalculateWithLibreOffice([stale], { recalculate: false });
  });

  test("recalculates formulas whose cached values are wrong; without the setting it keeps them", () => {
    expect(valueAt(sheetOf(recalculated, "stale", "Bob's Q4"), "A3")).toBe("5");
    expect(valueAt(sheetOf(recalculated, "stale", "Checks"), "A1")).toBe("OK");
    expect(valueAt(sheetOf(cached, "stale", "Bob's Q4"), "A3")).toBe("99");
    expect(valueAt(sheetOf(cached, "stale", "Checks"), "A1")).toBe("MISMATCH");
  });

  test("numbers come at full precision whatever their format", () => {
    const sheet = sheetOf(recalculated, "stale", "Bob's Q4");
    expect(valueAt(sheet, "A4")).toBe("1234567.891");
    expect(valueAt(sheet, "A9")).toBe("-2118");
    // a percent format keeps its sign: numberAt reads it as the fraction it is
    expect(valueAt(sheet, "A5")).toBe("66.6666666666667%");
    expect(numberAt(sheet, "A5")?.toString()).toBe("0.666666666666667");
    expect(numberAt(sheet, "A4")?.toString()).toBe("1234567.891");
    expect(numberAt(sheet, "A8")).toBeNull();
  });

  test("formula errors show as error values", () => {
    const sheet = sheetOf(recalculated, "stale", "Bob's Q4");
    expect(valueAt(sheet, "A6")).toBe("#DIV/0!");
    expect(isErrorValue(valueAt(sheet, "A6"))).toBe(true);
    expect(isErrorValue(valueAt(sheet, "A7"))).toBe(true);
    expect(isErrorValue(valueAt(sheet, "A3"))).toBe(false);
  });

  test("text with quotes, commas and line breaks survives the CSV", () => {
    expect(valueAt(sheetOf(recalculated, "stale", "Bob's Q4"), "A8")).toBe('say "hi", twice\nthen stop');
  });

  test("a workbook from writePlanToXlsx computes its formulas and statuses", () => {
    const statement = sheetOf(recalculated, "small", "IS 3M 2003-12-31");
    expect(valueAt(statement, "C5")).toBe("59.75");
    expect(valueAt(statement, "D5")).toBe("0");
    expect(valueAt(statement, "A6")).toBe("=SUM(A1)");
    expect(valueAt(statement, "C6")).toBe("2003-12-31");
    const checks = sheetOf(recalculated, "small", "Checks");
    expect(valueAt(checks, "A2")).toBe("Gross margin");
    expect(valueAt(checks, "B2")).toBe("OK");
  });
});

describe("parseCsv and valueAt", () => {
  test.each([
    [
      "plain fields",
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "quoted fields with commas, quotes and newlines",
      '"a,b","say ""hi""","x\ny"\n',
      [["a,b", 'say "hi"', "x\ny"]],
    ],
    ["empty fields and CRLF", ",,x\r\n\r\n", [["", "", "x"], [""]]],
    ["no final newline", "1,2", [["1", "2"]]],
  ])("%s", (_, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  test("addresses beyond the rows or columns read as empty; AA is column 27", () => {
    const rows = [Array.from({ length: 28 }, (_, i) => String(i + 1))];
    expect(valueAt(rows, "AA1")).toBe("27");
    expect(valueAt(rows, "AC1")).toBe("");
    expect(valueAt(rows, "A2")).toBe("");
  });
});
