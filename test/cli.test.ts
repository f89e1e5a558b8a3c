/** `crossfoot inspect` end to end: exit codes, the summary, the JSON format, and the real binary. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main, type Io } from "../src/cli/main";
import type { InspectResult } from "../src/model/statement";

const exhibits = path.resolve(__dirname, "../../shared/exhibits/text");
const q4 = path.join(exhibits, "mpower-2003q4.txt");
const q2 = path.join(exhibits, "mpower-2004q2.txt");
const root = path.resolve(__dirname, "..");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: () => Buffer): Run {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  if (stdin) io.stdin = stdin;
  const code = main(args, io);
  return { code, stdout, stderr };
}

function runJson(args: string[], stdin?: () => Buffer): InspectResult {
  const r = run(args, stdin);
  expect(r).toMatchObject({ code: 0, stderr: "" });
  return JSON.parse(r.stdout) as InspectResult;
}

function sourceLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Exactly one newline-terminated line. */
function expectOneLine(text: string): void {
  expect(text).toMatch(/^[^\n]+\n$/);
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-cli-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("inspect, human summary", () => {
  test("mpower-2003q4.txt names its five statements, scales, periods and bases", () => {
    const r = run(["inspect", q4]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("5 statements");
    for (const part of [
      "Balance Sheet",
      "[balance-sheet]",
      "scale: thousands",
      "at 2003-12-31",
      "2003-10-01 to 2003-12-31 (3 months)",
      "Reorganized",
      "Predecessor",
    ]) {
      expect(r.stdout).toContain(part);
    }
  });
});

describe("inspect --json", () => {
  const text = fs.readFileSync(q2, "utf8");
  const lines = sourceLines(text);

  test("mpower-2004q2.txt: source, statements and kinds", () => {
    const result = runJson(["inspect", q2, "--json"]);
    expect(result.source).toEqual({
      name: "mpower-2004q2.txt",
      lines: lines.length,
      company: "Mpower Holding Corporation",
    });
    expect(result.statements.map((s) => s.id)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    expect(result.statements.map((s) => s.kind)).toEqual([
      "balance-sheet",
      "operations",
      "reconciliation",
      "reconciliation",
      "guidance",
      "guidance",
    ]);
  });

  test("every cell keeps its text, value and exact source span", () => {
    const result = runJson(["inspect", q2, "--json"]);
    expect(text).not.toContain("\t");
    let cells = 0;
    for (const s of result.statements) {
      for (const row of s.rows) {
        for (const cell of row.cells) {
          if (cell === null) continue;
          cells++;
          expect(cell).toMatchObject({
            text: expect.any(String),
            line: expect.any(Number),
            start: expect.any(Number),
            end: expect.any(Number),
          });
          expect(cell.formula === null || /^=[-({]/.test(cell.formula)).toBe(true);
          expect(cell).toHaveProperty("value");
          expect(cell.value === null || typeof cell.value === "string").toBe(true);
          const source = lines[cell.line - 1];
          expect(source).toBeDefined();
          expect({ line: cell.line, text: source?.slice(cell.start, cell.end) }).toEqual({
            line: cell.line,
            text: cell.text,
          });
        }
      }
    }
    expect(cells).toBeGreaterThan(0);
  });

  test("every finding has a code, a severity, a message and a place", () => {
    const result = runJson(["inspect", q2, "--json"]);
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(typeof f.code).toBe("string");
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(typeof f.message).toBe("string");
      for (const key of ["statement", "row", "column", "line"] as const) expect(f).toHaveProperty(key);
    }
  });

  test("--json may come before the file name", () => {
    expect(runJson(["inspect", "--json", q2])).toEqual(runJson(["inspect", q2, "--json"]));
  });

  test("- reads standard input", () => {
    const fromFile = runJson(["inspect", q2, "--json"]);
    const fromStdin = runJson(["inspect", "-", "--json"], () => Buffer.from(text));
    expect(fromStdin.source.name).toBe("stdin");
    expect(fromStdin.statements).toHaveLength(fromFile.statements.length);
  });
});

describe("inputs that are read but hold no tables", () => {
  test("an empty file gives no statements and an input-empty finding", () => {
    const file = path.join(tmp, "empty.txt");
    fs.writeFileSync(file, "");
    const result = runJson(["inspect", file, "--json"]);
    expect(result.statements).toEqual([]);
    expect(result.findings.map((f) => f.code)).toContain("input-empty");
  });

  test("a binary file gives an input-binary finding", () => {
    const file = path.join(tmp, "binary.bin");
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 256;
    fs.writeFileSync(file, bytes);
    const result = runJson(["inspect", file, "--json"]);
    expect(result.findings.map((f) => f.code)).toContain("input-binary");
  });
});

describe("inputs that cannot be read", () => {
  test("a missing file exits 2 with one line naming it", () => {
    const file = path.join(tmp, "no-such-file.txt");
    const r = run(["inspect", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLine(r.stderr);
    expect(r.stderr.startsWith("crossfoot: cannot read")).toBe(true);
    expect(r.stderr).toContain(file);
  });

  test("a directory exits 2 with one line", () => {
    const r = run(["inspect", tmp]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLine(r.stderr);
  });
});

describe("usage", () => {
  test.each([
    ["no arguments", []],
    ["an unknown command", ["frobnicate", q4]],
    ["an unknown option", ["inspect", q4, "--frobnicate"]],
    ["two files", ["inspect", q4, q2]],
  ])("%s exits 2 with the usage on stderr", (_, args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Usage:");
  });

  test("--help prints the usage on stdout", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage:");
    expect(r.stderr).toBe("");
  });
});

describe("the real binary", () => {
  const bin = path.join(root, "bin/crossfoot.js");

  beforeAll(() => {
    if (!fs.existsSync(path.join(root, "dist/cli/main.js")))
      throw new Error("dist/cli/main.js is missing: run `npm run build` before these tests");
  });

  test("inspect <file> --json exits 0 with JSON on stdout", () => {
    const r = spawnSync(process.execPath, [bin, "inspect", q4, "--json"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const result = JSON.parse(r.stdout) as InspectResult;
    expect(result.source.name).toBe("mpower-2003q4.txt");
    expect(result.statements).toHaveLength(5);
  });

  test("a missing file exits 2 with one line on stderr", () => {
    const r = spawnSync(process.execPath, [bin, "inspect", "/no/such/file"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLine(r.stderr);
    expect(r.stderr).toContain("/no/such/file");
  });
});
