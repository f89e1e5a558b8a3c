/**
 * `crossfoot convert` never loses a file: an output that is an input or another output (by any
 * path: the same name, a symlink, a hard link) is refused before anything is written, and every
 * output is replaced whole or not at all (a full disk, eight runs at once).
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCommand, type Io } from "../src/cli/main";
import type { WriteFs } from "../src/cli/write-file-atomic";
import { MAX_INPUT_BYTES } from "../src/read/decode-input";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin/crossfoot.js");
const q4Text = fs.readFileSync(path.join(root, "test/fixtures/mpower-2003q4.txt"), "utf8");
const q2Text = fs.readFileSync(path.join(root, "test/fixtures/mpower-2004q2.txt"), "utf8");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], extra: Partial<Io> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), ...extra };
  const code = await runCommand(args, io);
  return { code, stdout, stderr };
}

/** A .xlsx is a zip: it starts with a local file header and ends with the end-of-central-directory record. */
function isWholeZip(bytes: Buffer): boolean {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) return false;
  return bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) === bytes.length - 22;
}

/** Everything in a folder with its bytes, to show that a refused run wrote nothing. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(folder, { recursive: true }) as string[]) {
    const file = path.join(folder, name);
    const stat = fs.lstatSync(file);
    files[name] = stat.isSymbolicLink()
      ? `-> ${fs.readlinkSync(file)}`
      : stat.isDirectory()
        ? "folder"
        : fs.readFileSync(file, "hex");
  }
  return files;
}

let tmp: string;
let dir: string;
let q4: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-files-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(tmp, "t-"));
  q4 = path.join(dir, "q4.txt");
  fs.writeFileSync(q4, q4Text);
});

describe("an output that is an input or another output is refused before anything is written", () => {
  test.each<[string, (dir: string, q4: string) => string[]]>([
    ["--json names the input", (_, q4) => [q4, "--json", q4]],
    [
      "--json names the workbook",
      (dir, q4) => [q4, "-o", path.join(dir, "s.xlsx"), "--json", path.join(dir, "s.xlsx")],
    ],
    [
      "--json names the workbook by another path",
      (dir, q4) => [q4, "-o", path.join(dir, "s.xlsx"), "--json", path.join(dir, ".", "sub", "..", "s.xlsx")],
    ],
    [
      "-o is a symlink to the input",
      (dir, q4) => {
        fs.symlinkSync(q4, path.join(dir, "link.xlsx"));
        return [q4, "-o", path.join(dir, "link.xlsx")];
      },
    ],
    [
      "-o is a relative symlink to the input, in another folder",
      (dir, q4) => {
        fs.mkdirSync(path.join(dir, "out"));
        fs.symlinkSync(path.join("..", path.basename(q4)), path.join(dir, "out", "link.xlsx"));
        return [q4, "-o", path.join(dir, "out", "link.xlsx")];
      },
    ],
    [
      "-o is a hard link to the input",
      (dir, q4) => {
        fs.linkSync(q4, path.join(dir, "hard.xlsx"));
        return [q4, "-o", path.join(dir, "hard.xlsx")];
      },
    ],
    [
      "--json is a hard link to the input",
      (dir, q4) => {
        fs.linkSync(q4, path.join(dir, "hard.json"));
        return [q4, "--json", path.join(dir, "hard.json")];
      },
    ],
    [
      "--out-dir is a symlink to the input's folder and the input is named like a workbook",
      (dir) => {
        fs.writeFileSync(path.join(dir, "q2.xlsx"), q2Text);
        fs.symlinkSync(dir, path.join(dir, "alias"));
        return [path.join(dir, "q2.xlsx"), "--out-dir", path.join(dir, "alias")];
      },
    ],
    [
      "two inputs whose workbooks meet through a symlinked folder",
      (dir, q4) => {
        fs.mkdirSync(path.join(dir, "a"));
        fs.symlinkSync(path.join(dir, "a"), path.join(dir, "b"));
        fs.writeFileSync(path.join(dir, "q2.txt"), q2Text);
        return [
          q4,
          path.join(dir, "q2.txt"),
          "--out-dir",
          path.join(dir, "a"),
          "--json",
          path.join(dir, "b", "q4.xlsx"),
        ];
      },
    ],
  ])("%s: exit 2, a message, no file touched", async (_, setUp) => {
    const args = setUp(dir, q4);
    const before = snapshot(dir);
    const r = await run(["convert", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^crossfoot: .*would (overwrite|both be written)/);
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(snapshot(dir)).toEqual(before);
  });

  test("--json - and a workbook beside the input are fine", async () => {
    const r = await run(["convert", q4, "--json", "-"]);
    expect(r.code).toBe(0);
    expect(isWholeZip(fs.readFileSync(path.join(dir, "q4.xlsx")))).toBe(true);
  });
});

describe("links among the outputs are kept", () => {
  test("-o through a symlink replaces the file it points at, and the link stays", async () => {
    fs.mkdirSync(path.join(dir, "models"));
    const target = path.join(dir, "models", "q4.xlsx");
    fs.writeFileSync(target, "an earlier file");
    fs.symlinkSync(target, path.join(dir, "latest.xlsx"));
    const r = await run(["convert", q4, "-o", path.join(dir, "latest.xlsx")]);
    expect(r.code).toBe(0);
    expect(fs.lstatSync(path.join(dir, "latest.xlsx")).isSymbolicLink()).toBe(true);
    expect(isWholeZip(fs.readFileSync(target))).toBe(true);
  });

  test("-o through a symlink to a file not there yet creates that file", async () => {
    fs.symlinkSync("made-later.xlsx", path.join(dir, "pending.xlsx"));
    const r = await run(["convert", q4, "-o", path.join(dir, "pending.xlsx")]);
    expect(r.code).toBe(0);
    expect(fs.lstatSync(path.join(dir, "pending.xlsx")).isSymbolicLink()).toBe(true);
    expect(isWholeZip(fs.readFileSync(path.join(dir, "made-later.xlsx")))).toBe(true);
  });

  test("a workbook replaced keeps its permissions", async () => {
    const out = path.join(dir, "q4.xlsx");
    fs.writeFileSync(out, "earlier", { mode: 0o640 });
    fs.chmodSync(out, 0o640);
    expect((await run(["convert", q4])).code).toBe(0);
    expect(fs.statSync(out).mode & 0o777).toBe(0o640);
  });
});

/** A file system whose writes stop half-way with a full disk. */
function fullDiskAfter(bytes: number): WriteFs {
  let left = bytes;
  return {
    ...fs,
    writeSync: ((fd: number, data: Uint8Array, offset: number, length: number) => {
      if (left <= 0)
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      const n = fs.writeSync(fd, data, offset, Math.min(length, left));
      left -= n;
      return n;
    }) as WriteFs["writeSync"],
  };
}

/** A small tmpfs mounted for the test (root only), or null where mounting is not possible. */
function mountSmallDisk(): string | null {
  const mount = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-disk-"));
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", mount], { encoding: "utf8" });
  if (r.status === 0) return mount;
  fs.rmdirSync(mount);
  return null;
}

function unmount(mount: string): void {
  spawnSync("umount", [mount]);
  fs.rmdirSync(mount);
}

/** Fills a disk to the last byte with one file. */
function fill(folder: string): void {
  const fd = fs.openSync(path.join(folder, "filler"), "w");
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (let size = block.length; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          fs.writeSync(fd, block, 0, size);
        } catch {
          break;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

describe("a full disk keeps the earlier workbook whole", () => {
  test("the earlier workbook is unchanged, no temporary file is left, exit 2", async () => {
    const disk = mountSmallDisk();
    const folder = disk ?? dir;
    try {
      const out = path.join(folder, "q4.xlsx");
      expect((await run(["convert", q4, "-o", out])).code).toBe(0);
      const earlier = fs.readFileSync(out);
      expect(isWholeZip(earlier)).toBe(true);
      // on a real small disk, fill it; elsewhere a writer that fails half-way through
      if (disk !== null) fill(disk);
      const failing = disk === null ? { fs: fullDiskAfter(earlier.length / 2) } : {};
      const r = await run(["convert", q4, "-o", out, "--json", path.join(folder, "q4.json")], failing);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`crossfoot: cannot write ${out}: the disk is full`);
      expect(fs.readFileSync(out).equals(earlier)).toBe(true);
      expect(fs.readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
      expect(fs.existsSync(path.join(folder, "q4.json"))).toBe(false);
    } finally {
      if (disk !== null) unmount(disk);
    }
  });

  test("a writer that fails half-way (injected): the earlier file is kept and the temporary one removed", async () => {
    const out = path.join(dir, "q4.xlsx");
    fs.writeFileSync(out, "a good earlier workbook");
    const r = await run(["convert", q4], { fs: fullDiskAfter(1000) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the disk is full");
    expect(fs.readFileSync(out, "utf8")).toBe("a good earlier workbook");
    expect(fs.readdirSync(dir).sort()).toEqual(["q4.txt", "q4.xlsx"]);
  });
});

describe("runs at once", () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(root, "dist/cli/run-convert.js")))
      throw new Error("dist/cli/run-convert.js is missing: run `npm run build` before these tests");
  });

  test("eight runs into one folder: readers only ever see whole workbooks", async () => {
    const out = path.join(dir, "out");
    fs.mkdirSync(out);
    const inputs = Array.from({ length: 8 }, (_, i) => {
      const input = path.join(dir, `in${i}`, "q4.txt");
      fs.mkdirSync(path.dirname(input));
      fs.writeFileSync(input, i % 2 === 0 ? q4Text : q2Text);
      return input;
    });
    const runs = inputs.map(
      (input) =>
        new Promise<number | null>((resolve) =>
          spawn(process.execPath, [bin, "convert", input, "--out-dir", out], { stdio: "ignore" }).on(
            "close",
            resolve,
          ),
        ),
    );
    let done = false;
    let reads = 0;
    const partial: number[] = [];
    const reader = (async () => {
      while (!done) {
        for (const name of fs.readdirSync(out)) {
          if (name.endsWith(".tmp")) continue;
          const bytes = fs.readFileSync(path.join(out, name));
          reads++;
          if (!isWholeZip(bytes)) partial.push(bytes.length);
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const codes = await Promise.all(runs);
    done = true;
    await reader;
    expect(codes).toEqual(Array(8).fill(0));
    expect(partial).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    expect(fs.readdirSync(out)).toEqual(["q4.xlsx"]);
    expect(isWholeZip(fs.readFileSync(path.join(out, "q4.xlsx")))).toBe(true);
  });
});

describe("inputs over the limit", () => {
  test(`a file over ${MAX_INPUT_BYTES / 1024 / 1024} MB exits 2 with the limit in words, before reading it`, async () => {
    const big = path.join(dir, "submission.txt");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, 100 * 1024 * 1024);
    const r = await run(["convert", big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `crossfoot: ${big} is 100.0 MB, over the 50 MB limit for one input; ` +
        "convert the exhibit's own document (EX-99) rather than the whole submission\n",
    );
    expect(fs.existsSync(path.join(dir, "submission.xlsx"))).toBe(false);
  });

  test("standard input over the limit exits 2 too", async () => {
    const r = await run(["convert", "-", "--out-dir", dir], {
      stdin: () => Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("standard input is over the 50 MB limit");
  });

  test("the real binary on 100 MB piped in: exit 2 and a message, not a crash", () => {
    const r = spawnSync(process.execPath, [bin, "inspect", "-"], {
      input: Buffer.alloc(100 * 1024 * 1024, "1,234  "),
      encoding: "utf8",
      maxBuffer: 1024 * 1024,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("standard input is over the 50 MB limit");
  });
});
