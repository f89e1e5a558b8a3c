/** Where tests find exhibits: the committed Mpower fixtures and the shared exhibits beside the repository. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES = path.resolve(__dirname, "fixtures");
export const SHARED_TEXT = path.resolve(__dirname, "../../shared/exhibits/text");

export interface Exhibit {
  name: string;
  file: string;
  text: string;
}

function list(dir: string): Exhibit[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
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
