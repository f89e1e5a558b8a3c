/** The HTML exhibits beside the repository, read as the command line reads them (Latin-1 when not UTF-8). */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const SHARED_HTML = path.resolve(__dirname, "../../../shared/exhibits/html");

export interface HtmlExhibit {
  name: string;
  text: string;
}

export function htmlExhibit(name: string): HtmlExhibit {
  return { name, text: readFileSync(path.join(SHARED_HTML, name), "latin1") };
}

export function allHtmlExhibits(): HtmlExhibit[] {
  return readdirSync(SHARED_HTML)
    .filter((f) => /\.html?$/.test(f))
    .sort()
    .map(htmlExhibit);
}
