/** Where tests find exhibits: the committed Mpower fixtures and the shared exhibits beside the repository. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readInput } from "../src/cli/read-input";

export const FIXTURES = path.resolve(__dirname, "fixtures");
export const SHARED_TEXT = path.resolve(__dirname, "../../shared/exhibits/text");
export const SHARED_HTML = path.resolve(__dirname, "../../shared/exhibits/html");

export interface Exhibit {
  name: string;
  file: string;
  text: string;
}

function list(dir: string, extension = ".txt"): Exhibit[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(extension))
    .sort()
    .map((f) => ({ name: f, file: path.join(dir, f), text: readFileSync(path.join(dir, f), "latin1") }));
}

export function fixture(name: string): Exhibit {
  const file = path.join(FIXTURES, name);
  return { name, file, text: readFileSync(file, "latin1") };
}

/** Every plain-text exhibit: the fixtures, then the shared ones (which include the Mpower originals). */
export function allTextExhibits(): Exhibit[] {
  return [...list(FIXTURES), ...list(SHARED_TEXT).map((e) => ({ ...e, name: `shared/${e.name}` }))];
}

/** The shared plain-text exhibits, named by file ("001_sears-roebuck.txt"), read as the command line reads them. */
export function sharedTextExhibits(): Exhibit[] {
  return list(SHARED_TEXT).map((e) => ({ ...e, text: readInput(e.file).text }));
}

/** The shared HTML exhibits, named by file ("003_oracle-fy2014q4.htm"), read as the command line reads them. */
export function sharedHtmlExhibits(): Exhibit[] {
  return list(SHARED_HTML, ".htm").map((e) => ({ ...e, text: readInput(e.file).text }));
}
