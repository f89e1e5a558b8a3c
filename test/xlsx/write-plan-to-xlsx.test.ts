/** writePlanToXlsx on a small hand-made plan: read back with exceljs and from the package's own XML. */
import { Workbook, type Worksheet } from "exceljs";
import { IMPORTS_KEY, type WorkbookPlan } from "../../src/model/workbook-plan";
import { decodeImportProperties } from "../../src/xlsx/encode-import-properties";
import { writePlanToXlsx } from "../../src/xlsx/write-plan-to-xlsx";
import { readCustomProperties } from "./read-custom-properties";
import { readZipEntries } from "./read-zip-entries";
import { makeSmallPlan, RECORD } from "./small-plan";

async function readBack(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function sheetOf(workbook: Workbook, name: string): Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The XML of the worksheet at `index` (0-based) in the package. */
function sheetXml(parts: Map<string, string>, index: number): string {
  const xml = parts.get(`xl/worksheets/sheet${index + 1}.xml`);
  if (xml === undefined) throw new Error(`no worksheet part ${index + 1}`);
  return xml;
}

function cellXml(xml: string, address: string): string {
  const match = new RegExp(`<c r="${address}"[^>]*?(/>|>.*?</c>)`).exec(xml);
  if (match === null) throw new Error(`no cell ${address}`);
  return match[0];
}

let plan: WorkbookPlan;
let bytes: Uint8Array;
let workbook: Workbook;
let parts: Map<string, string>;

beforeAll(async () => {
  plan = makeSmallPlan();
  bytes = await writePlanToXlsx(plan);
  workbook = await readBack(bytes);
  parts = readZipEntries(bytes);
});

test("the result is the bytes of a zip package", () => {
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
});

test("the sheets are the plan's, in its order", () => {
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["IS 3M 2003-12-31", "Checks"]);
});

describe("cells", () => {
  test("text stays text, numbers are numbers, dates are serials", () => {
    const sheet = sheetOf(workbook, "IS 3M 2003-12-31");
    expect(sheet.getCell("A3").value).toBe("Revenue");
    expect(sheet.getCell("B3").value).toBe(100);
    expect(sheet.getCell("B4").value).toBe(40.25);
    // 2003-12-31 is 37986 days after 1899-12-30
    expect(cellXml(sheetXml(parts, 0), "C6")).toContain("<v>37986</v>");
  });

  test("formulas are written without the leading = and with no cached value", () => {
    const xml = sheetXml(parts, 0);
    expect(cellXml(xml, "C5")).toContain("<f>B3-B4</f>");
    expect(cellXml(xml, "C5")).not.toContain("<v>");
    expect(sheetOf(workbook, "IS 3M 2003-12-31").getCell("D5").formula).toBe("B5-C5");
  });

  test("a label that looks like a formula stays text", () => {
    const xml = cellXml(sheetXml(parts, 0), "A6");
    expect(xml).toContain('t="s"');
    expect(xml).not.toContain("<f>");
    expect(sheetOf(workbook, "IS 3M 2003-12-31").getCell("A6").value).toBe("=SUM(A1)");
  });

  test("links are HYPERLINK formulas, quotes and all", () => {
    expect(cellXml(sheetXml(parts, 1), "A2")).toContain(
      "<f>HYPERLINK(&quot;#&apos;IS 3M 2003-12-31&apos;!C5&quot;,&quot;Gross margin&quot;)</f>",
    );
  });

  test("the workbook asks to be calculated when it is opened", () => {
    expect(parts.get("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

describe("formats and styles", () => {
  test("number formats, the later block winning", () => {
    const sheet = sheetOf(workbook, "IS 3M 2003-12-31");
    expect(sheet.getCell("B3").numFmt).toBe("#,##0.00_);(#,##0.00)");
    expect(sheet.getCell("D5").numFmt).toBe("#,##0.00_);(#,##0.00)");
    expect(sheet.getCell("C6").numFmt).toBe("yyyy-mm-dd");
    // text is formatted as text, even inside a block of figures
    expect(sheet.getCell("A3").numFmt).toBe("@");
    expect(sheet.getCell("D4").numFmt).toBe("@");
    expect(sheet.getCell("C4").numFmt).toBe("#,##0.00_);(#,##0.00)");
  });

  test("font, fill, alignment; a later block changes only what it names", () => {
    const sheet = sheetOf(workbook, "IS 3M 2003-12-31");
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14, color: { argb: "FF1F4E79" } });
    expect(sheet.getCell("B2").font).toMatchObject({ bold: true });
    expect(sheet.getCell("B2").font.italic).toBeFalsy();
    expect(sheet.getCell("C2").font).toMatchObject({ bold: true, italic: true });
    expect(sheet.getCell("C2").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(sheet.getCell("C2").alignment).toMatchObject({ horizontal: "right" });
    expect(sheet.getCell("A4").alignment).toMatchObject({ indent: 1, wrapText: true });
    expect(sheetOf(workbook, "Checks").getCell("C1").font).toMatchObject({ name: "Consolas" });
  });

  test("a bottom border under the block's last row, a left border on its first column only", () => {
    const sheet = sheetOf(workbook, "IS 3M 2003-12-31");
    expect(sheet.getCell("B2").border?.bottom).toMatchObject({ style: "thin" });
    expect(sheet.getCell("D2").border).toMatchObject({
      bottom: { style: "thin" },
      left: { style: "medium" },
    });
    expect(sheet.getCell("D5").border?.left).toMatchObject({ style: "medium" });
    expect(sheet.getCell("D5").border?.bottom).toBeUndefined();
    expect(sheet.getCell("E3").border).toBeUndefined();
  });

  test("conditional formats: expression rules in the plan's order, each with its differential style", () => {
    const xml = sheetXml(parts, 0);
    const rules = [
      ...xml.matchAll(
        /<cfRule type="expression" dxfId="(\d+)" priority="(\d+)"[^>]*><formula>([^<]*)<\/formula>/g,
      ),
    ];
    expect(rules.map((m) => [m[2], m[3]])).toEqual([
      ["1", "ABS(D5)&gt;0.5"],
      ["2", "ABS(D5)&gt;0"],
    ]);
    const dxfs = [...(parts.get("xl/styles.xml") ?? "").matchAll(/<dxf>(.*?)<\/dxf>/g)].map(
      (m) => m[1] ?? "",
    );
    const first = dxfs[Number(rules[0]?.[1])];
    expect(first).toMatch(/<font>.*<color rgb="FF9C0006"\/>.*<\/font>/);
    expect(first).toMatch(
      /<patternFill patternType="solid"><fgColor rgb="FFFFC7CE"\/><bgColor rgb="FFFFC7CE"\/><\/patternFill>/,
    );
    expect(dxfs[Number(rules[1]?.[1])]).toContain('<bgColor rgb="FFFFEB9C"/>');
  });

  test("column widths, freeze panes, gridlines and tab colour", () => {
    const sheet = sheetOf(workbook, "IS 3M 2003-12-31");
    expect([1, 2, 3].map((c) => sheet.getColumn(c).width)).toEqual([40, 12, 12]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, showGridLines: false });
    expect(sheet.properties.tabColor).toMatchObject({ argb: "FF4472C4" });
    const checks = sheetOf(workbook, "Checks");
    expect(checks.views[0]).toMatchObject({ state: "normal", showGridLines: true });
    expect(checks.properties.tabColor).toBeUndefined();
  });
});

describe("the import record", () => {
  test("is a custom document property, listed in the package's content types and relationships", () => {
    expect(parts.get("[Content_Types].xml")).toContain(
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
    expect(parts.get("_rels/.rels")).toContain('Target="docProps/custom.xml"');
    const properties = readCustomProperties(parts);
    expect(JSON.parse(properties.get(IMPORTS_KEY) ?? "null")).toEqual([RECORD]);
    expect(decodeImportProperties(properties)).toEqual([RECORD]);
  });

  test("a record longer than Excel keeps in one property is cut into pieces that read back whole", async () => {
    const sheets = Array.from({ length: 30 }, (_, i) => `Sheet with a long name ${i} €`);
    const long = { ...makeSmallPlan(), record: { ...RECORD, exhibit: 'a & <b> "c" 😀.txt', sheets } };
    const properties = readCustomProperties(readZipEntries(await writePlanToXlsx(long)));
    expect(properties.size).toBeGreaterThan(2);
    for (const value of properties.values()) expect(value.length).toBeLessThanOrEqual(255);
    expect(decodeImportProperties(properties)).toEqual([long.record]);
  });

  test("the core properties name the exhibit, Crossfoot and the time of the import", () => {
    expect(workbook.title).toBe("small-exhibit.txt");
    expect(workbook.creator).toBe("Crossfoot");
    expect(workbook.created.toISOString()).toBe("2024-02-29T12:00:00.000Z");
  });
});

describe("text that XML cannot hold", () => {
  test("control characters are kept as _xHHHH_ escapes, and text like an escape is itself escaped", async () => {
    const base = makeSmallPlan();
    const sheet = base.sheets[1];
    if (sheet === undefined) throw new Error("the small plan has two sheets");
    const odd = "page\u000Cbreak\u0001 DEL\u007F _x0041_ tab\there";
    sheet.cells.push([{ kind: "text", text: odd }]);
    const written = await writePlanToXlsx(base);
    expect(readZipEntries(written).get("xl/sharedStrings.xml")).toContain(
      "page_x000C_break_x0001_ DEL_x007F_ _x005F_x0041_ tab\there",
    );
    const read = await readBack(written);
    // exceljs, like Excel, reads the escapes back as the characters
    expect(sheetOf(read, "Checks").getCell("A3").value).toBe(odd);
  });
});
