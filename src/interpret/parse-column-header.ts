/** Reads the header fragments standing over one column as a period, a basis, a scenario and a role. */
import type { Period } from "../model/period";
import type { ColumnRole } from "../model/statement";

export interface ColumnHeaderMeaning {
  /** Null when the header names no period, or names one that could not be read. */
  period: Period | null;
  /** Canonical basis word(s) in reading order: "Reorganized", "Pro Forma", "As Reported", ... */
  basis: string | null;
  /** Forecast scenario as printed, in title case: "Low End of Range", "High", "Midpoint", ... */
  scenario: string | null;
  role: ColumnRole;
  /** True when the period is a bare date with no stated length ("June 30, 2004"): instant true, but a flow statement may reinterpret it. */
  bareDate: boolean;
  /** Text that names a period but could not be read as one (e.g. "Three Months Ended" with no date and no year), or null. */
  unreadable: string | null;
}

interface Keyword {
  /** Canonical name; null to report the matched text in title case. */
  name: string | null;
  pattern: RegExp;
}

// prettier-ignore
const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];
/** one..nineteen; the value is the index plus one. */
// prettier-ignore
const ONES = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
/** twenty..fifty; the value is (index + 2) * 10. */
const TENS = ["twenty", "thirty", "forty", "fifty"];

/** Tried in order; the first that matches decides. `% Inc (Dec)` is a percent change, `Inc (Dec)` a change. */
const ROLE_WORDS: { role: ColumnRole; pattern: RegExp }[] = [
  {
    role: "percent-change",
    pattern:
      /%\s*(?:change|chg|inc|incr|increase|decrease|var|variance)\b|\bper\s*cent(?:age)?\s+(?:change|increase|variance)\b|\b(?:change|chg|variance)\s*\(?%/iu,
  },
  {
    role: "change",
    pattern:
      /\bchange\b|\bchg\b|\bvariance\b|\binc(?:rease)?\.?\s*\/?\s*\(?\s*dec(?:rease)?\b|\bfavorable\s*\/?\s*\(?unfavorable\b|\bbetter\s*\/?\s*\(?worse\b/iu,
  },
];

/** Earlier entries claim their text first: "Non-GAAP" is not also "GAAP". Entity names are not bases. */
const BASIS_WORDS: Keyword[] = [
  { name: "Reorganized", pattern: /\breorgani[sz]ed\b/iu },
  { name: "Predecessor", pattern: /\bpredecessor\b/iu },
  { name: "Successor", pattern: /\bsuccessor\b/iu },
  { name: "Pro Forma", pattern: /\bpro[\s-]?forma\b/iu },
  { name: "Historical", pattern: /\bhistorical\b/iu },
  { name: "As Previously Reported", pattern: /\b(?:as\s+)?previously\s+reported\b/iu },
  { name: "As Reported", pattern: /\bas\s+reported\b/iu },
  { name: "As Adjusted", pattern: /\bas\s+adjusted\b/iu },
  { name: "Restated", pattern: /\b(?:as\s+)?restated\b/iu },
  { name: "Non-GAAP", pattern: /\bnon[\s-]?gaap\b/iu },
  { name: "GAAP", pattern: /\bgaap\b/iu },
  { name: "Consolidated", pattern: /\bconsolidated\b/iu },
  { name: "Combined", pattern: /\bcombined\b/iu },
  { name: "Automotive", pattern: /\bautomotive\b/iu },
  { name: "Financial Services", pattern: /\bfinancial\s+services\b/iu },
];

/** Longest first, so "Low End of Range" is not read as "Low". */
const SCENARIO_WORDS: Keyword[] = [
  { name: null, pattern: /\b(?:low|high)\s+end\s+of\s+(?:the\s+)?range\b/iu },
  { name: null, pattern: /\b(?:low|high)\s+end\b/iu },
  { name: null, pattern: /\bmid-?point\b/iu },
  { name: null, pattern: /\b(?:base|best|worst)\s+case\b/iu },
  { name: null, pattern: /\b(?:low|high|base|upside|downside)\b/iu },
];

const NUMBER = `\\d{1,2}|(?:${TENS.join("|")})(?:[\\s-](?:${ONES.slice(0, 9).join("|")}))?|${ONES.join("|")}`;

/**
 * A length stated with a number, in digits or words.
 *
 *   For the 13 Weeks Ended     Twelve Months     SIX MONTH PERIODS ENDED     52-Week Period     3 Mos. Ended
 *           ^^^^^^^^           ^^^^^^^^^^^^      ^^^^^^^^^                   ^^^^^^^            ^^^^^^
 */
const NUMBERED_LENGTH = new RegExp(`\\b(${NUMBER})[\\s-]+(month|week|mos?|wks?)s?\\b\\.?`, "iu");

/** Lengths named by a word, tried in order after NUMBERED_LENGTH. */
const LENGTH_WORDS: { months: number | null; weeks: number | null; pattern: RegExp }[] = [
  { months: 3, weeks: null, pattern: /\bquarters?\s+(?:ended|ending)\b/iu },
  { months: 6, weeks: null, pattern: /\bhalf[\s-]years?\s+(?:ended|ending)\b/iu },
  {
    months: 12,
    weeks: null,
    pattern:
      /\byears?\s+(?:ended|ending)\b|\bfor\s+the\s+(?:fiscal\s+)?year\b|\b(?:fiscal|full)[\s-]year\b/iu,
  },
  { months: 1, weeks: null, pattern: /\bmonth\s+(?:ended|ending)\b/iu },
  { months: null, weeks: 1, pattern: /\bweek\s+(?:ended|ending)\b/iu },
  {
    months: 3,
    weeks: null,
    pattern: /\bq[1-4]\b|\b[1-4]q(?:\b|(?=\s*'?\d{2}\b))|\b(?:first|second|third|fourth)\s+quarter\b/iu,
  },
  { months: 12, weeks: null, pattern: /\bfiscal\b|\bfy\b|\bfy\s*'?(?:\d{4}|\d{2})\b/iu },
];

/** Year to date: a duration whose length the header does not say. */
const YEAR_TO_DATE = /\byear[\s-]+to[\s-]+date\b|\bytd\b/iu;

const MONTH_NAME = MONTHS.flatMap((m) =>
  m === "september" ? [m, "sept", "sep"] : m.length > 3 ? [m, m.slice(0, 3)] : [m],
).join("|");

/**
 * A date in words; the day and the year may be missing (a month alone means its last day).
 *
 *   DECEMBER 31, 2003     July 3, 2004 and     3 Months Ended December 2004     Sept. 30
 *   ^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^                        ^^^^^^^^^^^^^     ^^^^^^^^
 */
const WORD_DATE = new RegExp(
  `\\b(${MONTH_NAME})\\b\\.?(?:\\s*(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?)?(?:\\s*,?\\s*((?:19|20)\\d{2})\\b)?`,
  "giu",
);
/** 6/30/04, 12/31/2003 */
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/gu;
/** More years for the same month and day: JUNE 30, 1998 AND 1997 */
const MORE_YEARS = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)((?:19|20)\d{2})\b/iu;
/** Between the two dates of a range, once parentheticals are dropped: JUNE 3, 1996 (INCEPTION) TO */
const RANGE_GAP = /^[\s,.()]*(?:from\s+)?(?:to|through|thru|until|-+|–|—)[\s,.()]*$/iu;
const YEAR = /\b((?:19|20)\d{2})\b/gu;
const FISCAL_YEAR = /\bfy\s*'?(\d{4}|\d{2})\b/giu;
/** The year of a quarter in a trend of quarters: 1Q00, 4Q 1999, Q3 '00 */
const QUARTER_YEAR = /\b(?:[1-4]q|q[1-4])\s*'?(\d{4}|\d{2})\b/giu;
/** Just before the first date: a stated instant ("As of", "At") or an unstated length ("Period Ended"). */
const INSTANT_LEAD = /\b(?:as\s+of|at)\s*$/iu;
/** A balance at a year end, not the year's flow: "Year-End 2003" */
const YEAR_END = /\byear[\s-]end\b/iu;
const DURATION_LEAD = /\b(?:ended|ending)\s*,?\s*$/iu;
/** Words that name a period, for reporting what could not be read. */
const PERIOD_WORD = new RegExp(
  `\\b(?:${MONTH_NAME}|months?|mos?|weeks?|wks?|quarters?|years?|period|ended|ending|fiscal|fy|ytd|q[1-4])\\b|\\b(?:19|20)\\d{2}\\b|\\bfy\\s*\\d|\\d/\\d`,
  "iu",
);
const RULE = /^[-=_~*\s]+$/u;
const SMALL_WORDS = new Set(["of", "the", "and", "to", "in", "a", "an", "for", "on", "at", "by"]);

interface DateToken {
  year: number | null;
  month: number;
  day: number | null;
  /** Span in the joined header text, end exclusive. */
  index: number;
  end: number;
}

interface Length {
  months: number | null;
  weeks: number | null;
}

/**
 * `statedEnd` is the month and day the table's title or caption says its periods end ("June 30"
 * in "For the periods ended June 30"): a header of a length and a year alone ("Six months" over
 * "2000") then ends on that day of its year.
 */
export function parseColumnHeader(parts: string[], statedEnd: string | null = null): ColumnHeaderMeaning {
  const kept = (Array.isArray(parts) ? parts : [])
    .map((p) => (typeof p === "string" ? p.replace(/\s+/gu, " ").trim() : ""))
    .filter((p) => p !== "" && !RULE.test(p));
  const text = joinParts(kept);
  const bases = [...new Set(findKeywords(text, BASIS_WORDS))];
  const meaning = {
    basis: bases.length > 0 ? bases.join(" ") : null,
    scenario: findKeywords(text, SCENARIO_WORDS)[0] ?? null,
    bareDate: false,
    unreadable: null,
  };
  // A change column sits under a spanning period header that belongs to the columns it compares.
  const role = ROLE_WORDS.find((r) => r.pattern.test(text))?.role;
  if (role !== undefined) return { ...meaning, period: null, role };
  const read = readPeriod(text, statedEnd);
  if (read !== null) return { ...meaning, ...read, role: "period" };
  const named = kept.filter((p) => PERIOD_WORD.test(p)).join(" ");
  return { ...meaning, period: null, role: "other", unreadable: named === "" ? null : named };
}

/**
 * The month and day a table's periods end on, when its title, caption or headers state one
 * without a year, and only one: "June 30" in
 *
 *   CONSOLIDATED STATEMENTS OF INCOME FOR THE PERIODS ENDED JUNE 30
 *                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 */
export function findStatedEnd(texts: readonly string[]): string | null {
  const found = new Set<string>();
  const pattern = new RegExp(
    `\\b(?:ended|ending)\\s+((?:${MONTH_NAME})\\b\\.?\\s*\\d{1,2})\\b(?!\\s*,?\\s*'?\\d{2})`,
    "giu",
  );
  for (const text of texts)
    for (const m of text.matchAll(pattern)) found.add((m[1] ?? "").toLowerCase().replace(/\s+/gu, " "));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** Fragments join with a space, except after a hyphen ending a word: "Twelve-" + "Month" */
function joinParts(parts: string[]): string {
  return parts.reduce((text, p) => (text === "" ? p : /\w-$/u.test(text) ? text + p : `${text} ${p}`), "");
}

function findKeywords(text: string, table: Keyword[]): string[] {
  const found: { name: string; index: number; end: number }[] = [];
  for (const { name, pattern } of table) {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (!found.some((f) => index < f.end && f.index < end)) {
        found.push({ name: name ?? titleCase(m[0]), index, end });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.name);
}

function titleCase(words: string): string {
  return words
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .replace(/[a-z]+/gu, (w, at: number) =>
      at > 0 && SMALL_WORDS.has(w) ? w : w[0]?.toUpperCase() + w.slice(1),
    );
}

/**
 * The period the header names, or null. Dates joined by "to" make a range; otherwise one date is
 * chosen, by a year printed on its own when there are several:
 *
 *   For the 13 Weeks Ended July 3, 2004 and June 28, 2003 2003
 *                                           ^^^^^^^^^^^^^ ^^^^
 *
 * Without any date, a single year is a fiscal year whose end is unknown: "2004", "FY2004", "Fiscal
 * 2004" and "Three Months Ended" + "2004" give an end of null (months 12, or the stated length).
 */
function readPeriod(text: string, statedEnd: string | null): { period: Period; bareDate: boolean } | null {
  const dates = findDates(text);
  if (dates.some((d) => !isValid(d))) return null;
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR)) {
    const at = m.index ?? 0;
    if (!dates.some((d) => at >= d.index && at < d.end)) years.add(Number(m[1]));
  }
  for (const m of text.matchAll(FISCAL_YEAR)) years.add(fullYear(m[1] ?? ""));
  for (const m of text.matchAll(QUARTER_YEAR)) years.add(fullYear(m[1] ?? ""));
  const selector = years.size === 1 ? ([...years][0] ?? null) : null;
  const ytd = YEAR_TO_DATE.test(text);
  const length = ytd ? null : findLength(text);
  const yearEnd = YEAR_END.test(text);

  if (dates.length === 0) {
    if (selector === null) return null;
    const months = ytd || yearEnd ? null : length === null ? 12 : length.months;
    const weeks = length?.weeks ?? null;
    const stated = ytd || yearEnd || statedEnd === null ? null : findDates(statedEnd)[0];
    if (stated !== undefined && stated !== null && stated.year === null && stated.day !== null) {
      const end = { ...stated, year: selector };
      if (isValid(end)) return { period: periodEnding(end, { months, weeks }), bareDate: false };
    }
    const period = { start: null, end: null, months, weeks, instant: yearEnd };
    return { period, bareDate: false };
  }

  const candidates: { start: DateToken | null; end: DateToken }[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i] as DateToken;
    const b = dates[i + 1];
    if (b !== undefined && RANGE_GAP.test(text.slice(a.end, b.index).replace(/\([^)]*\)/gu, " "))) {
      candidates.push({ start: a, end: b });
      i++;
    } else candidates.push({ start: null, end: a });
  }
  for (const c of candidates) {
    c.end.year ??= selector;
    if (c.start !== null && c.start.year === null && c.end.year !== null) {
      c.start.year = c.end.year - (dayNumber(c.start, c.end.year) > dayNumber(c.end) ? 1 : 0);
    }
  }
  const complete = candidates.filter((c) => c.end.year !== null);
  const chosen = complete.length === 1 ? complete : complete.filter((c) => c.end.year === selector);
  if (chosen.length !== 1 || chosen[0] === undefined) return null;
  const { start, end } = chosen[0];
  const endIso = isoOf(end);

  if (start !== null) {
    if (dayNumber(start) > dayNumber(end)) return null;
    const whole = start.day === 1 && lastDay(end) === end.day;
    const months = whole ? monthIndex(end) - monthIndex(start) + 1 : null;
    return {
      period: { start: isoOf(start), end: endIso, months, weeks: null, instant: false },
      bareDate: false,
    };
  }
  if (length !== null) return { period: periodEnding(end, length), bareDate: false };
  const lead = text.slice(0, dates[0]?.index ?? 0);
  const instant = !ytd && !DURATION_LEAD.test(lead);
  const bareDate = instant && !INSTANT_LEAD.test(lead) && !yearEnd;
  return { period: { start: null, end: endIso, months: null, weeks: null, instant }, bareDate };
}

/** A duration of `length` ending on `end`; its start where the length says it (whole months end on a month's last day). */
function periodEnding(end: DateToken, length: Length): Period {
  let first: string | null = null;
  if (length.weeks !== null) first = isoFromDays(dayNumber(end) - 7 * length.weeks + 1);
  else if (length.months !== null && (end.day ?? lastDay(end)) === lastDay(end)) {
    const m = monthIndex(end) - length.months + 1;
    first = iso(Math.floor(m / 12), (m % 12) + 1, 1);
  }
  return { start: first, end: isoOf(end), ...length, instant: false };
}

function findLength(text: string): Length | null {
  const n = NUMBERED_LENGTH.exec(text);
  if (n !== null) {
    const count = numberValue(n[1] ?? "");
    return /^m/iu.test(n[2] ?? "") ? { months: count, weeks: null } : { months: null, weeks: count };
  }
  const word = LENGTH_WORDS.find((w) => w.pattern.test(text));
  return word === undefined ? null : { months: word.months, weeks: word.weeks };
}

function numberValue(words: string): number {
  if (/^\d+$/u.test(words)) return Number(words);
  return words
    .toLowerCase()
    .split(/[\s-]+/u)
    .reduce((sum, w) => sum + (ONES.indexOf(w) + 1 || (TENS.indexOf(w) + 2) * 10 || 0), 0);
}

/** Word dates, numeric dates, and the extra years of a list, in text order. */
function findDates(text: string): DateToken[] {
  const dates: DateToken[] = [];
  for (const m of text.matchAll(WORD_DATE)) {
    const month = MONTHS.findIndex((name) => name.startsWith((m[1] ?? "").toLowerCase().slice(0, 3))) + 1;
    const day = m[2] === undefined ? null : Number(m[2]);
    const index = m.index ?? 0;
    const year = m[3] === undefined ? null : Number(m[3]);
    const first: DateToken = { year, month, day, index, end: index + m[0].length };
    dates.push(first);
    if (first.year === null) continue;
    let more = MORE_YEARS.exec(text.slice(first.end));
    let at = first.end;
    while (more !== null) {
      const yearAt = at + more[0].length - (more[1] ?? "").length;
      at += more[0].length;
      dates.push({ year: Number(more[1]), month, day, index: yearAt, end: at });
      more = MORE_YEARS.exec(text.slice(at));
    }
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const index = m.index ?? 0;
    const date = { year: fullYear(m[3] ?? ""), month: Number(m[1]), day: Number(m[2]), index };
    dates.push({ ...date, end: index + m[0].length });
  }
  return dates.sort((a, b) => a.index - b.index);
}

function fullYear(digits: string): number {
  const y = Number(digits);
  return digits.length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
}

function isValid(d: DateToken): boolean {
  return d.month >= 1 && d.month <= 12 && (d.day === null || (d.day >= 1 && d.day <= lastDay(d)));
}

/** Last day of the date's month; February counts as 29 when the year is not known. */
function lastDay(d: { year: number | null; month: number }): number {
  return new Date(Date.UTC(d.year ?? 2000, d.month, 0)).getUTCDate();
}

/** Months since year 0, for whole-month arithmetic. */
function monthIndex(d: DateToken): number {
  return (d.year ?? 0) * 12 + d.month - 1;
}

/** Days since 1970-01-01 (a missing day is the month's last; a missing year is `year`). */
function dayNumber(d: DateToken, year = d.year ?? 0): number {
  return Date.UTC(year, d.month - 1, d.day ?? lastDay({ year, month: d.month })) / 86_400_000;
}

function isoFromDays(days: number): string {
  const date = new Date(days * 86_400_000);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function isoOf(d: DateToken): string {
  return iso(d.year ?? 0, d.month, d.day ?? lastDay(d));
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
