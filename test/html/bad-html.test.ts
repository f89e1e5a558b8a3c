/**
 * HTML that is hard or hostile: a clear finding, never a crash, and nothing executed. Also the
 * forms of input around HTML: EDGAR submissions mixing HTML and text documents, inline XBRL,
 * character entities and Windows-1252 bytes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { convertExhibit } from "../../src/convert-exhibit";
import { readExhibit } from "../../src/read/read-exhibit";
import { htmlExhibit } from "./exhibits";

const TABLE = `<table>
<tr><td></td><td colspan="2">Three Months Ended</td></tr>
<tr><td></td><td>March 31, 2024</td><td>March 31, 2023</td></tr>
<tr><td>Revenue</td><td>$1,000</td><td>$900</td></tr>
<tr><td style="padding-left:10pt">Cost of sales</td><td>(600</td><td>(500</td></tr>
<tr><td style="border-top:1px solid">Gross margin</td><td style="border-top:1px solid">$400</td><td style="border-top:1px solid">$400</td></tr>
</table>`;

function codes(text: string): string[] {
  return convertExhibit(text, { name: "x.htm" }).findings.map((f) => f.code);
}

describe("bad HTML", () => {
  it("with no tables gives the no-tables finding", () => {
    expect(codes("<html><body><p>Apple reports results.</p><p>Revenue grew 5%.</p></body></html>")).toEqual([
      "no-tables",
    ]);
  });

  it("with tables of images or layout only gives the no-tables finding", () => {
    const html =
      '<html><body><table><tr><td><img src="logo.jpg"></td><td><img src="chart.png"></td></tr>' +
      "<tr><td>Contact:</td><td>Jane Doe (408) 555-1212</td></tr></table></body></html>";
    expect(codes(html)).toEqual(["no-tables"]);
  });

  it("with unclosed tags still reads the table", () => {
    const html =
      "<html><body><p>Statement of operations<table><tr><td></td><td>2024<td>2023" +
      "<tr><td>Revenue<td>$1,000<td>$900<tr><td>Cost<td>(600)<td>(500)<tr><td>Total<td>400<td>400";
    const result = convertExhibit(html, { name: "x.htm" });
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]!.rows.map((r) => r.cells.map((c) => c?.text))).toEqual([
      ["$1,000", "$900"],
      ["(600)", "(500)"],
      ["400", "400"],
    ]);
  });

  it("with scripts and event attributes reads them as nothing", () => {
    let ran = false;
    (globalThis as { crossfootRan?: () => void }).crossfootRan = () => (ran = true);
    const html =
      '<html><body onload="crossfootRan()"><script>crossfootRan()</script>' +
      `<img src=x onerror="crossfootRan()">${TABLE}<style>td{}</style></body></html>`;
    const read = readExhibit(html);
    expect(ran).toBe(false);
    expect(read.lines.join("\n")).not.toMatch(/crossfootRan|td\{\}/);
    expect(read.tables).toHaveLength(1);
  });

  it("of 20 MB is read without a crash", () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `<tr><td>Item ${i}</td><td>${i},000</td><td>(${i})</td></tr>`,
    );
    const table = `<table><tr><td></td><td>2024</td><td>2023</td></tr>${rows.join("")}</table>`;
    const prose = `<p>${"Revenue grew in every region. ".repeat(30)}</p>`.repeat(22000);
    const html = `<html><body>${prose}${table}</body></html>`;
    expect(html.length).toBeGreaterThan(20_000_000);
    const read = readExhibit(html);
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]!.rows).toHaveLength(2000);
  });
});

describe("forms of HTML input", () => {
  it("reads a table's figures across cells, its depth, its rule and its header", () => {
    const read = readExhibit(TABLE);
    const table = read.tables[0]!;
    expect(table.rows.map((r) => [r.kind, r.label, r.cells.map((c) => c?.text ?? null)])).toEqual([
      ["values", "Revenue", ["$1,000", "$900"]],
      ["values", "Cost of sales", ["(600", "(500"]],
      ["rule", "", [null, null]],
      ["values", "Gross margin", ["$400", "$400"]],
    ]);
    expect(table.rows[1]!.indent).toBeGreaterThan(table.rows[0]!.indent);
    expect(table.headers.map((h) => [h.text, h.columns])).toEqual([
      ["Three Months Ended", [0, 1]],
      ["March 31, 2024", [0]],
      ["March 31, 2023", [1]],
    ]);
  });

  it("decodes character entities and Windows-1252 punctuation", () => {
    const html =
      "<p>Results &#150; Q1&nbsp;2024 &#8212; \u0096 &amp; more</p>" +
      "<table><tr><td></td><td>2024</td></tr><tr><td>Net&nbsp;loss</td><td>&#36;(5)</td></tr><tr><td>Other</td><td>&#8212;</td></tr></table>";
    const read = readExhibit(html);
    expect(read.lines[0]).toBe("Results \u2013 Q1 2024 \u2014 \u2013 & more");
    expect(read.tables[0]!.rows.map((r) => [r.label, r.cells[0]?.text])).toEqual([
      ["Net loss", "$(5)"],
      ["Other", "\u2014"],
    ]);
  });

  it("reads inline XBRL tags as HTML and ignores the hidden header", () => {
    const html =
      '<html><body><div style="display:none"><ix:header><ix:hidden>Secret 999,999</ix:hidden></ix:header></div>' +
      '<table><tr><td></td><td>2024</td></tr><tr><td>Revenue</td><td>$<ix:nonFraction name="us-gaap:Revenues">1,000</ix:nonFraction></td></tr>' +
      "<tr><td>Cost</td><td>(400)</td></tr></table></body></html>";
    const read = readExhibit(html);
    expect(read.lines.join("\n")).not.toContain("999,999");
    expect(read.tables[0]!.rows.map((r) => r.cells[0]?.text)).toEqual(["$1,000", "(400)"]);
  });

  it("reads an EDGAR submission that mixes an HTML document and a text document", () => {
    const text = readFileSync(path.resolve(__dirname, "../fixtures/mpower-2003q4.txt"), "latin1");
    const html = htmlExhibit("006_apple-2024q1.htm").text;
    const submission = [
      "<SEC-DOCUMENT>0000000000-24-000001.txt : 20240201",
      "ACCESSION NUMBER:\t\t0000000000-24-000001",
      "<DOCUMENT>",
      "<TYPE>EX-99.1",
      "<TEXT>",
      html,
      "</TEXT>",
      "</DOCUMENT>",
      "<DOCUMENT>",
      "<TYPE>EX-99.2",
      "<TEXT>",
      text,
      "</TEXT>",
      "</DOCUMENT>",
    ].join("\n");
    const result = convertExhibit(submission, { name: "submission.txt" });
    const alone = [convertExhibit(html, { name: "a" }), convertExhibit(text, { name: "b" })];
    expect(result.statements.map((s) => [s.document, s.title])).toEqual([
      ...alone[0]!.statements.map((s) => ["EX-99.1", s.title]),
      ...alone[1]!.statements.map((s) => ["EX-99.2", s.title]),
    ]);
    const cells = (r: typeof result): string[] =>
      r.statements.flatMap((s) => s.rows.flatMap((row) => row.cells.map((c) => c?.text ?? "")));
    expect(cells(result)).toEqual([...cells(alone[0]!), ...cells(alone[1]!)]);
    for (const s of result.statements)
      for (const row of s.rows)
        for (const c of row.cells)
          if (c) expect(result.source.text![c.line - 1]!.slice(c.start, c.end)).toBe(c.text);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual(
      alone[1]!.findings
        .filter((f) => f.severity === "error")
        .map((f) => expect.objectContaining({ code: f.code })),
    );
  });

  it("reads a <pre> block with the fixed-width reader", () => {
    const html =
      "<html><body><p>BALANCE SHEET</p><pre>\n" +
      "                                 2024        2023\n" +
      "Cash                            1,000         900\n" +
      "Receivables                       500         400\n" +
      "                               ------      ------\n" +
      "Total current assets            1,500       1,300\n" +
      "</pre></body></html>";
    const result = convertExhibit(html, { name: "x.htm" });
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]!.rows.map((r) => r.cells.map((c) => c?.text))).toEqual([
      ["1,000", "900"],
      ["500", "400"],
      ["1,500", "1,300"],
    ]);
  });
});
