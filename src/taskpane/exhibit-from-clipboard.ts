/**
 * What a paste gives the reader: the clipboard's HTML when a browser put a table there, else its
 * plain text; tab-separated plain text (a copy from a browser or a spreadsheet) becomes an HTML
 * table of those cells, so tabs split cells instead of standing for 8-column stops. The HTML is
 * only ever parsed as data by the reader; nothing here renders it.
 *
 *   "Net sales\t$\t26,741\t$\t15,683"  ->  "<table><tr><td>Net sales</td><td>$</td>...</tr></table>"
 */
export interface ClipboardTexts {
  /** `text/html`, or "" when absent. */
  html: string;
  /** `text/plain`, or "" when absent. */
  plain: string;
}

export function exhibitFromClipboard({ html, plain }: ClipboardTexts): string {
  if (/<t[dh]\b/i.test(html)) return html;
  return isTabSeparated(plain) ? tabsToHtml(plain) : plain;
}

/** At least two lines hold a tab, and most lines that hold text do. */
export function isTabSeparated(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== "");
  const tabbed = lines.filter((line) => line.includes("\t")).length;
  return tabbed >= 2 && tabbed * 2 >= lines.length;
}

export function tabsToHtml(text: string): string {
  const rows = text.split(/\r\n|\r|\n/).map(
    (line) =>
      `<tr>${line
        .split("\t")
        .map((cell) => `<td>${escapeHtml(cell)}</td>`)
        .join("")}</tr>`,
  );
  return `<table>\n${rows.join("\n")}\n</table>\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
