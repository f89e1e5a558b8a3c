/**
 * `crossfoot` reads what the decoder gives: UTF-16 with a byte-order mark as text, Windows-1252
 * punctuation as itself, binary anywhere in the input as binary, and a NUL as a space.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { main, runCommand, type Io } from "../src/cli/main";
import type { InspectResult } from "../src/model/statement";

const root = path.resolve(__dirname, "..");
const q4Text = fs.readFileSync(path.join(root, "test/fixtures/mpower-2003q4.txt"), "utf8");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-decoding-"));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function inspect(bytes: Uint8Array, name = "exhibit.txt"): InspectResult {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  let out = "";
  let err = "";
  const code = main(["inspect", file, "--json"], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  expect({ code, err }).toEqual({ code: 0, err: "" });
  return JSON.parse(out) as InspectResult;
}

/** What a result says of the exhibit, without its name. */
function content(result: InspectResult): unknown {
  return { statements: result.statements, relations: result.relations, findings: result.findings };
}

const utf8 = inspect(Buffer.from(q4Text));

/** Pseudo-random bytes, the same every run. */
function randomBytes(length: number): Buffer {
  let seed = 11;
  return Buffer.from(
    Array.from({ length }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    }),
  );
}

describe("encodings", () => {
  test.each<[string, Buffer]>([
    ["UTF-16 LE with its mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(q4Text, "utf16le")])],
    [
      "UTF-16 BE with its mark",
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(q4Text, "utf16le").swap16()]),
    ],
    ["UTF-8 with its mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(q4Text)])],
  ])("%s reads as the UTF-8 exhibit does", (_, bytes) => {
    expect(content(inspect(bytes))).toEqual(content(utf8));
  });

  test("Windows-1252 quotes and dashes become the characters, not C1 controls", () => {
    const label = "    Total Current Assets";
    const cp1252 = Buffer.from(
      q4Text.replace(label, "    \u0093Total\u0094 Current Assets \u0096 net"),
      "latin1",
    );
    const result = inspect(cp1252);
    const labels = result.statements.flatMap((s) => s.rows.map((r) => r.label));
    expect(labels).toContain("“Total” Current Assets – net");
    expect(JSON.stringify(result)).not.toMatch(/[\u0080-\u009f]/);
  });
});

describe("binary input", () => {
  test("an exhibit followed by 2 MB of random bytes is binary: exit 1, no statements, the finding said", async () => {
    const file = path.join(dir, "padded.txt");
    fs.writeFileSync(file, Buffer.concat([Buffer.from(q4Text), randomBytes(2 * 1024 * 1024)]));
    let err = "";
    const io: Io = { stdout: () => undefined, stderr: (t) => (err += t) };
    const code = await runCommand(["convert", file], io);
    expect(code).toBe(1);
    expect(err).toMatch(/error: The input is not text/);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path.join(dir, "padded.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Checks", "Source"]);
  });

  test("random bytes in the middle of an exhibit make it binary too", () => {
    const half = Math.floor(q4Text.length / 2);
    const bytes = Buffer.concat([
      Buffer.from(q4Text.slice(0, half)),
      randomBytes(64 * 1024),
      Buffer.from(q4Text.slice(half)),
    ]);
    expect(inspect(bytes).findings.map((f) => f.code)).toContain("input-binary");
  });
});

describe("a NUL separates like a space", () => {
  test.each<[string, (line: string) => string]>([
    ["in place of the space before each figure", (line) => line.replace(/ (?=[\d$(])/g, "\0")],
    ["in place of every space of a figure row", (line) => line.replace(/ /g, "\0")],
  ])("%s: the same statements, relations and findings", (_, replace) => {
    const lines = q4Text.split("\n");
    const rows = lines.map((line) => (/\d{1,3},\d{3}\s*$/.test(line) ? replace(line) : line));
    expect(rows.join("\n")).toContain("\0");
    const result = inspect(Buffer.from(rows.join("\n")));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.statements.map((s) => s.rows.map((r) => r.cells.map((c) => c?.value ?? null)))).toEqual(
      utf8.statements.map((s) => s.rows.map((r) => r.cells.map((c) => c?.value ?? null))),
    );
  });
});
