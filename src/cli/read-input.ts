/**
 * Reads an exhibit from a file or from standard input ("-") as text, through the decoder the task
 * pane uses too. An input over `MAX_INPUT_BYTES` is refused before it is read whole.
 */
import * as fs from "node:fs";
import { InputError } from "../errors";
import { decodeInput, MAX_INPUT_BYTES } from "../read/decode-input";

export interface Input {
  name: string;
  text: string;
}

export function readInput(path: string, stdin: () => Buffer = readStandardInput): Input {
  const name = path === "-" ? "stdin" : (path.split(/[\\/]/).pop() ?? path);
  const bytes = path === "-" ? stdin() : readFile(path);
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(path === "-" ? "standard input" : path, null);
  return { name, text: decodeInput(bytes).text };
}

function readFile(path: string): Buffer {
  let fd: number | null = null;
  try {
    fd = fs.openSync(path, "r");
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error("a directory"), { code: "EISDIR" });
    if (stat.size > MAX_INPUT_BYTES) throw tooLarge(path, stat.size);
    const bytes = readAtMost(fd, MAX_INPUT_BYTES + 1);
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(path, null);
    return bytes;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    throw new InputError(`cannot read ${path}: ${why}`);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Standard input up to one byte past the limit, so that a larger stream is refused without holding it all. */
function readStandardInput(): Buffer {
  try {
    return readAtMost(0, MAX_INPUT_BYTES + 1);
  } catch (error) {
    throw new InputError(`cannot read standard input: ${(error as Error).message}`);
  }
}

function readAtMost(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit - total));
    let read: number;
    try {
      read = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((error as NodeJS.ErrnoException).code === "EOF") break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
  }
  return Buffer.concat(chunks, total);
}

/** "q4.txt is 100.0 MB, over the 50 MB limit for one input; convert ..." */
function tooLarge(what: string, bytes: number | null): InputError {
  const size = bytes === null ? " is" : ` is ${(bytes / 1024 / 1024).toFixed(1)} MB,`;
  return new InputError(
    `${what}${size} over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit for one input; ` +
      "convert the exhibit's own document (EX-99) rather than the whole submission",
  );
}
