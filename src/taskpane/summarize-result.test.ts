import fs from "node:fs";
import path from "node:path";
import { convertExhibit } from "../convert-exhibit";
import { isHtmlPage, summarizeResult } from "./summarize-result";

const FIXTURES = path.resolve(__dirname, "../../test/fixtures");

describe("summarizeResult", () => {
  it("lists Mpower Q4 2003's five statements with their periods, and its findings errors first", () => {
    const text = fs.readFileSync(path.join(FIXTURES, "mpower-2003q4.txt"), "utf8");
    const result = convertExhibit(text, { name: "mpower-2003q4.txt" });
    const summary = summarizeResult(result, text);
    expect(summary.blocked).toBeNull();
    expect(summary.statements.map((statement) => statement.title)).toHaveLength(5);
    expect(summary.statements[0]).toMatchObject({ id: "s1", kind: "balance sheet", lines: "lines 161-203" });
    expect(summary.statements[0]?.periods[0]).toBe("at 2003-12-31");
    expect(summary.statements[1]?.periods[0]).toBe("3 months to 2003-12-31 (Reorganized)");
    expect(summary.findings).toHaveLength(result.findings.length);
    const severities = summary.findings.map((finding) => finding.severity);
    expect(
      [...severities].sort(
        (a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b),
      ),
    ).toEqual(severities);
    const plug = summary.findings.find(
      (finding) => result.findings[finding.index]?.code === "per-share-rounding-plug",
    );
    expect(plug).toMatchObject({ severity: "warning", place: "line 256" });
    expect(summary.counts.warning).toBeGreaterThan(0);
  });

  it.each([
    ["empty", "", /empty/],
    ["only spaces", "   \n\n  \t\n", /empty/],
    [
      "binary",
      "PK\u0003\u0004\u0000\u0000\u0008\u0000\u0000\u0000\u0001\u0002\u0000\u0000\u0000",
      /not a text file/,
    ],
    [
      "prose without tables",
      "Mpower Holding reported results today.\nRevenue rose in the quarter.\n",
      /No financial tables/,
    ],
  ])("blocks %s input with a message naming the problem", (_case, text, message) => {
    const summary = summarizeResult(convertExhibit(text, { name: "x.txt" }), text);
    expect(summary.blocked).toMatch(message);
    expect(summary.statements).toEqual([]);
  });
});

describe("isHtmlPage", () => {
  it.each([
    ["an HTML exhibit", '<DOCUMENT>\n<TYPE>EX-99.1\n<html><body><div style="x">Apple</div>', true],
    ["a table row", "<tr><td>Net sales</td></tr>", true],
    [
      "an SGML text exhibit with TABLE, S and C tags",
      "<TABLE>\n<CAPTION>\n<S>                <C>\nRevenue   1,234\n</TABLE>",
      false,
    ],
    ["plain text", "Total Current Assets     53,001", false],
  ])("%s", (_case, text, expected) => {
    expect(isHtmlPage(text)).toBe(expected);
  });
});
