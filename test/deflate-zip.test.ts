import { Workbook } from "exceljs";
import { writePlanToXlsx } from "../src/xlsx/write-plan-to-xlsx";
import { makeSmallPlan } from "./xlsx/small-plan";
import { readZipEntries } from "./xlsx/read-zip-entries";
import { deflateZip } from "../src/cli/deflate-zip";

/** The compression method of each entry, from the central directory. */
function methods(zip: Uint8Array): number[] {
  const bytes = Buffer.from(zip);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const found: number[] = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    found.push(bytes.readUInt16LE(at + 10));
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return found;
}

describe("deflateZip", () => {
  it("compresses every stored entry and keeps each part's content", async () => {
    const stored = await writePlanToXlsx(makeSmallPlan(), { zip: "store" });
    expect(new Set(methods(stored))).toEqual(new Set([0]));
    const deflated = deflateZip(stored);
    expect(new Set(methods(deflated))).toEqual(new Set([8]));
    expect(deflated.length).toBeLessThan(stored.length / 2);
    expect(readZipEntries(deflated)).toEqual(readZipEntries(stored));
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(deflated) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(makeSmallPlan().sheets.map((s) => s.name));
  });

  it.each<[string, () => Promise<Uint8Array>]>([
    ["an already compressed zip", () => writePlanToXlsx(makeSmallPlan())],
    ["bytes that are no zip", async () => new Uint8Array([1, 2, 3, 4, 5])],
    ["an empty input", async () => new Uint8Array(0)],
    [
      "a zip cut short",
      async () => (await writePlanToXlsx(makeSmallPlan(), { zip: "store" })).slice(0, 2000),
    ],
  ])("returns %s unchanged", async (_, make) => {
    const input = await make();
    expect(deflateZip(input)).toBe(input);
  });
});
