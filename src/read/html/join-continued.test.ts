import { readExhibit } from "../read-exhibit";

const HEAD = "<tr><td></td><td>2024</td><td>2023</td></tr>";

describe("joinContinued", () => {
  it("joins a table continued after a page break, page number and all", () => {
    const html =
      `<p>BALANCE SHEETS</p><table>${HEAD}<tr><td>Cash</td><td>10</td><td>9</td></tr></table>` +
      '<hr style="page-break-after:always"><p>2</p>' +
      "<table><tr><td>Receivables</td><td>5</td><td>4</td></tr><tr><td>Total</td><td>15</td><td>13</td></tr></table>";
    const read = readExhibit(html);
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]!.rows.map((r) => r.label)).toEqual(["Cash", "Receivables", "Total"]);
    expect(read.lines).toContain("2");
  });

  it("keeps apart a table with its own header, or one with no page break before it", () => {
    const second = `<table>${HEAD}<tr><td>Revenue</td><td>5</td><td>4</td></tr></table>`;
    const first = `<table>${HEAD}<tr><td>Cash</td><td>10</td><td>9</td></tr></table>`;
    expect(readExhibit(`${first}<hr>${second}`).tables).toHaveLength(2);
    const bare = "<table><tr><td>Revenue</td><td>5</td><td>4</td></tr></table>";
    expect(readExhibit(`${first}<p>Some prose between.</p>${bare}`).tables).toHaveLength(2);
  });
});
