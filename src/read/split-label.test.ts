/** Labels and cells of real table lines. */

import { classifyLine } from "./classify-line";
import { splitLabel } from "./split-label";

describe("splitLabel", () => {
  it.each<[string, string, number, string[], string[]]>([
    [
      // mpower-2003q4
      "a label and its figures",
      "    Cash & Cash Equivalents                                            $29,307                   $36,629                  $10,773",
      70,
      ["Cash & Cash Equivalents"],
      ["$29,307", "$36,629", "$10,773"],
    ],
    [
      // amazon-junglee: the label holds "$.001", the cells are dashes and a figure
      "a label with a figure in it and zero dashes",
      "  at $.001 per share in June 1996                          --    $        --             --     $        --      6,435,000",
      52,
      ["at $.001 per share in June 1996"],
      ["--", "$        --", "--", "$        --", "6,435,000"],
    ],
    ["a label alone", "Operating Expenses:", 70, ["Operating Expenses:"], []],
    [
      // sears
      "years after a wrapped caption",
      "     common share)                       2004     2003      2004      2003",
      40,
      ["common share)"],
      ["2004", "2003", "2004", "2003"],
    ],
    [
      // mpower-2003q4 with a word in the last column
      "words standing in the value area are a cell",
      "    Other Receivables                                                    5,039                     8,335                      nil",
      70,
      ["Other Receivables"],
      ["5,039", "8,335", "nil"],
    ],
    [
      "a figure after the label is a cell even left of the value area",
      "Other income        1,427",
      70,
      ["Other income"],
      ["1,427"],
    ],
  ])("%s", (_name, line, valueStart, label, cells) => {
    const split = splitLabel(classifyLine(line), valueStart);
    expect({ label: split.label.map((c) => c.text), cells: split.cells.map((c) => c.text) }).toEqual({
      label,
      cells,
    });
  });
});
