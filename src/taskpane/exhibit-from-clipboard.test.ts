import { convertExhibit } from "../convert-exhibit";
import { exhibitFromClipboard, isTabSeparated, tabsToHtml } from "./exhibit-from-clipboard";

describe("exhibitFromClipboard", () => {
  it("takes the HTML when it holds table cells", () => {
    const html = "<table><tr><td>Net sales</td><td>1</td></tr></table>";
    expect(exhibitFromClipboard({ html, plain: "Net sales\t1" })).toBe(html);
  });

  it("takes plain text when the HTML is absent or holds no table", () => {
    expect(exhibitFromClipboard({ html: "", plain: "Revenue   1,234" })).toBe("Revenue   1,234");
    expect(exhibitFromClipboard({ html: "<b>x</b>", plain: "Revenue   1,234" })).toBe("Revenue   1,234");
  });

  it.each([
    ["Net sales\t1\nCost\t2\n", true],
    ["Net sales\t1\n", false],
    ["a\tb\nc\td\ne\nf\ng\n", false],
    ["Revenue        1,234\nCost           567\n", false],
  ])("%j is tab-separated: %s", (text, expected) => {
    expect(isTabSeparated(text)).toBe(expected);
  });

  it("escapes cell text, so markup in a cell stays text", () => {
    expect(tabsToHtml("<script>x</script>\t1 & 2")).toBe(
      "<table>\n<tr><td>&lt;script&gt;x&lt;/script&gt;</td><td>1 &amp; 2</td></tr>\n</table>\n",
    );
  });

  it("reads tab-separated cells as columns, not 8-column tab stops", () => {
    const plain = [
      "\tThree Months Ended\t",
      "\tDecember 30, 2023\tDecember 31, 2022",
      "Products\t$96,458\t$96,388",
      "Services\t23,117\t20,766",
      "Total net sales\t$119,575\t$117,154",
    ].join("\n");
    const result = convertExhibit(exhibitFromClipboard({ html: "", plain }), { name: "pasted" });
    expect(result.statements).toHaveLength(1);
    const statement = result.statements[0]!;
    expect(statement.columns.map((c) => c.period?.end)).toEqual(["2023-12-30", "2022-12-31"]);
    expect(statement.rows.map((r) => [r.label, ...r.cells.map((c) => c?.text)])).toEqual([
      ["Products", "$96,458", "$96,388"],
      ["Services", "23,117", "20,766"],
      ["Total net sales", "$119,575", "$117,154"],
    ]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
