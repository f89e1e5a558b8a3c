/** `crossfoot convert` end to end: workbooks written where the README says, exit codes, stderr, --json. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { main, runCommand, type Io } from "../src/cli/main";
import type { InspectResult } from "../src/model/statement";

const root = path.resolve(__dirname, "..");
const fixtures = path.join(root, "test/fixtures");
const q4Text = fs.readFileSync(path.join(fixtures, "mpower-2003q4.txt"), "utf8");
const q2Text = fs.readFileSync(path.join(fixtures, "mpower-2004q2.txt"), "utf8");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], stdin?: () => Buffer): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => new Date("2024-01-02T03:04:05Z"),
  };
  if (stdin) io.stdin = stdin;
  const code = await runCommand(args, io);
  return { code, stdout, stderr };
}

async function sheetNamesOf(file: string): Promise<string[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(fs.readFileSync(file).buffer as ArrayBuffer);
  return workbook.worksheets.map((s) => s.name);
}

let tmp: string;
let dir: string;
let q4: string;
let q2: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-convert-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});
beforeEach(() => {
  // a fresh folder per test, with the two Mpower exhibits in it
  dir = fs.mkdtempSync(path.join(tmp, "t-"));
  q4 = path.join(dir, "mpower-2003q4.txt");
  q2 = path.join(dir, "mpower-2004q2.txt");
  fs.writeFileSync(q4, q4Text);
  fs.writeFileSync(q2, q2Text);
});

describe("one exhibit", () => {
  test("writes <name>.xlsx beside the input, with a sheet per statement, Checks and Source; exit 0", async () => {
    const r = await run(["convert", q4]);
    expect(r).toMatchObject({ code: 0, stdout: "" });
    const out = path.join(dir, "mpower-2003q4.xlsx");
    const sheets = await sheetNamesOf(out);
    expect(sheets).toHaveLength(5 + 2);
    expect(sheets.slice(-2)).toEqual(["Checks", "Source"]);
    // the summary: what was written and the findings by severity, each warning listed
    expect(r.stderr).toContain(`mpower-2003q4.txt -> ${out}: 5 statements`);
    expect(r.stderr).toMatch(/\(0 errors, 4 warnings, \d+ info\)/);
    expect(r.stderr.match(/^ {2}warning, line \d+: /gm)).toHaveLength(4);
  });

  test("-o names the workbook", async () => {
    const out = path.join(dir, "model.xlsx");
    const r = await run(["convert", q2, "-o", out]);
    expect(r.code).toBe(0);
    expect((await sheetNamesOf(out)).slice(-2)).toEqual(["Checks", "Source"]);
    expect(fs.existsSync(path.join(dir, "mpower-2004q2.xlsx"))).toBe(false);
  });

  test("a mismatch in the exhibit exits 1 and lists the error", async () => {
    const wrong = path.join(dir, "wrong.txt");
    const line = "    Total Current Assets                                                53,001";
    expect(q4Text).toContain(line);
    fs.writeFileSync(wrong, q4Text.replace(line, line.replace("53,001", "53,101")));
    const r = await run(["convert", wrong]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ {2}error, line 174: /m);
    expect(fs.existsSync(path.join(dir, "wrong.xlsx"))).toBe(true);
  });

  test("- reads standard input and writes stdin.xlsx in --out-dir", async () => {
    const r = await run(["convert", "-", "--out-dir", dir], () => Buffer.from(q4Text));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("stdin -> ");
    expect(await sheetNamesOf(path.join(dir, "stdin.xlsx"))).toHaveLength(7);
  });

  test("--json writes what inspect --json prints", async () => {
    const report = path.join(dir, "report.json");
    const r = await run(["convert", q4, "--json", report]);
    expect(r.code).toBe(0);
    let inspected = "";
    expect(
      main(["inspect", q4, "--json"], { stdout: (t) => (inspected += t), stderr: () => undefined }),
    ).toBe(0);
    expect(fs.readFileSync(report, "utf8")).toBe(inspected);
  });

  test("--json - prints the JSON on stdout", async () => {
    const r = await run(["convert", q4, "--json", "-"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as InspectResult).source.name).toBe("mpower-2003q4.txt");
  });
});

describe("inputs with nothing to convert", () => {
  test("an empty file: a workbook that says so, and exit 1 (input-empty is an error)", async () => {
    const empty = path.join(dir, "empty.txt");
    fs.writeFileSync(empty, "");
    const r = await run(["convert", empty]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("0 statements");
    expect(r.stderr).toMatch(/error: The input is empty/);
    expect(await sheetNamesOf(path.join(dir, "empty.xlsx"))).toEqual(["Checks", "Source"]);
  });

  test("a binary file: a workbook that says so, and exit 1 (input-binary is an error)", async () => {
    const binary = path.join(dir, "image.bin");
    fs.writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)));
    const r = await run(["convert", binary]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: The input is not text/);
    expect(await sheetNamesOf(path.join(dir, "image.xlsx"))).toEqual(["Checks", "Source"]);
  });
});

describe("inputs and outputs that cannot be used", () => {
  test("a missing file exits 2 with one line naming it, and writes nothing", async () => {
    const missing = path.join(dir, "no-such-file.txt");
    const r = await run(["convert", missing]);
    expect(r).toMatchObject({
      code: 2,
      stdout: "",
      stderr: `crossfoot: cannot read ${missing}: no such file\n`,
    });
    expect(fs.readdirSync(dir).sort()).toEqual(["mpower-2003q4.txt", "mpower-2004q2.txt"]);
  });

  test("-o in a missing folder exits 2 and creates nothing", async () => {
    const out = path.join(dir, "missing", "model.xlsx");
    const r = await run(["convert", q4, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`crossfoot: cannot write ${out}: its folder does not exist`);
    expect(fs.existsSync(path.join(dir, "missing"))).toBe(false);
  });

  test("--out-dir is created when missing, parents too", async () => {
    const out = path.join(dir, "models", "2003");
    const r = await run(["convert", q4, "--out-dir", out]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out)).toEqual(["mpower-2003q4.xlsx"]);
  });

  test("--out-dir where a file stands exits 2", async () => {
    const r = await run(["convert", q4, "--out-dir", q2]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot create the folder ${q2}`);
  });
});

describe("several exhibits", () => {
  test("two files: two workbooks, a summary each and a total", async () => {
    const out = path.join(dir, "out");
    const report = path.join(dir, "report.json");
    const r = await run(["convert", q4, q2, "--out-dir", out, "--json", report]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(["mpower-2003q4.xlsx", "mpower-2004q2.xlsx"]);
    expect(r.stderr).toContain("mpower-2003q4.txt -> ");
    expect(r.stderr).toContain("mpower-2004q2.txt -> ");
    expect(r.stderr).toContain("converted 2 of 2 files\n");
    const results = JSON.parse(fs.readFileSync(report, "utf8")) as InspectResult[];
    expect(results.map((result) => result.source.name)).toEqual(["mpower-2003q4.txt", "mpower-2004q2.txt"]);
  });

  test("one missing among two: the other is converted, the missing one named, exit 2", async () => {
    const missing = path.join(dir, "missing.txt");
    const r = await run(["convert", missing, q2]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`crossfoot: cannot read ${missing}: no such file\n`);
    expect(r.stderr).toContain("converted 1 of 2 files; 1 failed\n");
    expect(fs.existsSync(path.join(dir, "mpower-2004q2.xlsx"))).toBe(true);
  });

  test("three files or more show progress", async () => {
    const q4b = path.join(dir, "copy.txt");
    fs.writeFileSync(q4b, q4Text);
    const r = await run(["convert", q4, q2, q4b]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/^\[\d\/3\] converting /gm)).toEqual([
      "[1/3] converting ",
      "[2/3] converting ",
      "[3/3] converting ",
    ]);
  });

  test("a large input shows progress with its size", async () => {
    const large = path.join(dir, "large.txt");
    fs.writeFileSync(large, q4Text.repeat(Math.ceil((1024 * 1024) / q4Text.length)));
    const r = await run(["convert", large]);
    expect(r.stderr).toMatch(/^\[1\/1\] converting .*large\.txt \(1\.\d MB\)\n/);
    expect(fs.existsSync(path.join(dir, "large.xlsx"))).toBe(true);
  });
});

describe("usage", () => {
  test.each([
    ["no file", ["convert"]],
    ["-o with two files", ["convert", "a.txt", "b.txt", "-o", "x.xlsx"]],
    ["-o and --out-dir", ["convert", "a.txt", "-o", "x.xlsx", "--out-dir", "d"]],
    ["-o without a path", ["convert", "a.txt", "-o"]],
    ["--json twice", ["convert", "a.txt", "--json", "a.json", "--json", "b.json"]],
    ["an unknown option", ["convert", "a.txt", "--frobnicate"]],
    ["standard input twice", ["convert", "-", "-"]],
  ])("%s exits 2 with the usage on stderr and writes nothing", async (_, args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Usage:");
  });

  test("a workbook that would overwrite its input is refused", async () => {
    const r = await run(["convert", q4, "-o", q4]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("would overwrite it");
    expect(fs.readFileSync(q4, "utf8")).toBe(q4Text);
  });

  test("two inputs with the same name in one --out-dir are refused before anything is written", async () => {
    const other = path.join(dir, "sub");
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, "mpower-2003q4.txt"), q4Text);
    const out = path.join(dir, "out");
    const r = await run(["convert", q4, path.join(other, "mpower-2003q4.txt"), "--out-dir", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("would both be written to");
    expect(fs.existsSync(out)).toBe(false);
  });

  test("convert --help prints the usage on stdout", async () => {
    const r = await run(["convert", "--help"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("crossfoot convert <file|->");
  });

  test("inspect still works through runCommand", async () => {
    const r = await run(["inspect", q4]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("5 statements");
  });
});

describe("the real binary", () => {
  const bin = path.join(root, "bin/crossfoot.js");

  beforeAll(() => {
    if (!fs.existsSync(path.join(root, "dist/cli/run-convert.js")))
      throw new Error("dist/cli/run-convert.js is missing: run `npm run build` before these tests");
  });

  test("convert <file> writes the workbook and exits 0", () => {
    const r = spawnSync(process.execPath, [bin, "convert", q4], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("mpower-2003q4.txt -> ");
    expect(fs.existsSync(path.join(dir, "mpower-2003q4.xlsx"))).toBe(true);
  });

  test("convert - reads standard input", () => {
    const out = path.join(dir, "piped.xlsx");
    const r = spawnSync(process.execPath, [bin, "convert", "-", "-o", out], {
      input: q2Text,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });

  test("a missing file exits 2 with one line on stderr", () => {
    const r = spawnSync(process.execPath, [bin, "convert", "/no/such/file.txt"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("crossfoot: cannot read /no/such/file.txt: no such file\n");
  });
});

describe("the summary on stderr", () => {
  test("control characters from a file name never reach the terminal", async () => {
    const odd = path.join(dir, "evil\u001b[2Jname.txt");
    fs.writeFileSync(odd, q4Text);
    const r = await run(["convert", odd, "--out-dir", path.join(dir, "out")]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("\u001b");
    expect(r.stderr).toContain("evil\uFFFD[2Jname.txt -> ");
  });
});
