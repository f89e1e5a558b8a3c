/** Reads an exhibit from a file or from standard input ("-") as text. */
import { readFileSync } from "node:fs";
import { InputError } from "../errors";

export interface Input {
  name: string;
  text: string;
}

export function readInput(path: string, stdin: () => Buffer = () => readFileSync(0)): Input {
  try {
    const bytes = path === "-" ? stdin() : readFileSync(path);
    return { name: path === "-" ? "stdin" : (path.split(/[\\/]/).pop() ?? path), text: decode(bytes) };
  } catch (error) {
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
  }
}

/** UTF-8 when the bytes are valid UTF-8, else Latin-1 (old filings are often Windows-1252). */
function decode(bytes: Buffer): string {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (!text.includes("\uFFFD")) return text.replace(/^\uFEFF/, "");
  const binary = bytes.some((b) => b < 9 || (b > 13 && b < 32 && b !== 27));
  return binary ? text : bytes.toString("latin1");
}
