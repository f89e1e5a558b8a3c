import { detectRowUnit } from "./detect-row-unit";
import { parseAmount } from "./parse-amount";

describe("detectRowUnit", () => {
  it.each<[string, string[], string | null, boolean, string]>([
    ["Gross Margin (% of Revenue)", ["54.9%", "51.8%", "-14.4%"], null, true, "percent"],
    ["Adjusted EBITDA (% of Revenue)", ["4.4%", "2.7%"], null, true, "percent"],
    [
      "Net (Loss) Income",
      ["($0.00)", "($0.02)", "$0.01"],
      "Basic and Diluted (Loss) Income per Share Applicable to Common Stockholders:",
      true,
      "per-share",
    ],
    ["Net Loss", ["($0.02)", "$0.00"], "Basic and Diluted (Loss) Income per Share:", true, "per-share"],
    ["Basic Weighted Average Shares Outstanding", ["78,213,486"], null, true, "shares"],
    // a label that states its own share counts prints the dollars of that stock, not the counts
    [
      "Issued and outstanding shares -- 168,153 and 159,267 shares at June 30, 1999 and December 31, 1998, respectively",
      ["1,682", "1,593"],
      "Common stock, $0.01 par value:",
      true,
      "currency",
    ],
    ["Issued and outstanding shares -- 41,000,000 shares", ["410", "405"], null, true, "currency"],
    ["Shares outstanding at end of period", ["41,000", "40,500"], null, true, "shares"],
    // capital stock lines print dollars though they name share counts (Amazon's 1997 balance sheet)
    [
      "Series A: 1,150,000 shares designated, issued and outstanding",
      ["566,495", "566,495"],
      "Convertible preferred stock, $.001 par value (liquidation preference",
      true,
      "currency",
    ],
    [
      "Common stock, $.001 par value: 12,000,000 shares authorized; shares outstanding: 1997, 6,962,500",
      ["420,610", "15,335"],
      "STOCKHOLDERS' EQUITY:",
      true,
      "currency",
    ],
    ["Common shares", ["323", "323"], "Shareholders' Equity", true, "currency"],
    ["Total common shares outstanding", ["213.1", "282.6"], null, true, "shares"],
    ["Weighted average shares of common stock outstanding", ["6,962,500"], null, true, "shares"],
    ["Shares used in computing per share amounts", ["68,515"], null, true, "shares"],
    [
      "Basic and Diluted Weighted Average Shares Outstanding",
      ["78,417,485"],
      "Operating Revenues:",
      true,
      "shares",
    ],
    [
      "Earnings per share before cumulative effect of change in accounting principle",
      ["$ 0.25"],
      "Basic",
      true,
      "per-share",
    ],
    ["Cumulative effect of change in accounting principle", ["$ -", "$ (3.86)"], null, true, "per-share"],
    [
      "- - Excluding One-Time Items (See Notes)",
      ["$ 0.24", "$ 0.22"],
      "Basic Earnings Per Share-(Notes)",
      true,
      "per-share",
    ],
    // the words that describe an instrument say nothing of what its figures measure
    [
      "Common stock, par value $.01 per share; authorized 500,000,000 shares; issued 112,000,000 shares",
      ["11", "11"],
      "Stockholders' equity:",
      true,
      "currency",
    ],
    [
      "Preferred stock, $1 par value; authorized 5,000,000 shares, none issued",
      ["-", "-"],
      null,
      true,
      "currency",
    ],
    ["In March 1997 at $0.30 per share", ["225,000", "--"], null, true, "currency"],
    ["Repurchase of founder common stock at $.001 per share", ["(975)"], null, true, "currency"],
    ["Common stock ($2.50 stated value per share)", ["1,250"], null, true, "currency"],
    ["Treasury stock, at cost, 1,234,567 shares", ["(45,210)"], null, true, "currency"],
    // a wrapped label cut after its first line
    ["Series B: 2,000,000 shares designated: shares issued and", ["5,933,752"], null, true, "currency"],
    // per-share rows by their wording, however it is put
    ["Net income per common and common equivalent share", ["$1.27", "$1.10"], null, true, "per-share"],
    ["Earnings per weighted average common share", ["1.27", "1.10"], null, false, "per-share"],
    ["Dividends declared per share ($.10 per quarter)", [".40", ".40"], null, true, "per-share"],
    ["Basic", ["$1.27", "$1.10"], "Earnings per common share:", true, "per-share"],
    ["Book value per share", ["18.34", "17.02"], null, false, "per-share"],
    ["NUMBER OF LOANS", ["160", "61"], null, false, "other"],
    ["Total Current Assets", ["53,001", "62,752"], null, true, "currency"],
    ["Net (Loss) Income", ["(51)", "(1,189)"], null, true, "currency"],
    ["I-1F", ["1,184,000.00", "1,156,444.26"], null, false, "currency"],
  ])("%s -> %s", (label, texts, section, wholeNumbers, unit) => {
    expect(detectRowUnit({ label, amounts: texts.map(parseAmount), section, wholeNumbers })).toBe(unit);
  });
});
