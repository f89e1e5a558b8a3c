/**
 * Reads the few CSS properties that carry meaning in a financial table: the left offset of a label,
 * the rules above and below a figure, and bold.
 *
 *   style="padding:2px 1pt 2px 19pt;border-top:1pt solid #000"  -> left 19, top "single"
 *   style="border-bottom:3px double #000000"                      -> bottom "double"
 */
export type Rule = "single" | "double" | null;

export interface BoxStyle {
  /** padding-left + margin-left + text-indent, in points. */
  left: number;
  top: Rule;
  bottom: Rule;
  bold: boolean;
}

const NONE: BoxStyle = { left: 0, top: null, bottom: null, bold: false };

/** Generators repeat a few style strings thousands of times: each is read once. */
const CACHE = new Map<string, BoxStyle>();
const CACHE_SIZE = 5000;

export function readStyle(style: string | undefined): BoxStyle {
  if (style === undefined || style === "") return NONE;
  const cached = CACHE.get(style);
  if (cached !== undefined) return cached;
  const box = parseStyle(style);
  if (CACHE.size >= CACHE_SIZE) CACHE.clear();
  CACHE.set(style, box);
  return box;
}

function parseStyle(style: string): BoxStyle {
  const props = new Map<string, string>();
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    props.set(
      declaration.slice(0, colon).trim().toLowerCase(),
      declaration
        .slice(colon + 1)
        .trim()
        .toLowerCase(),
    );
  }
  const left = sideOf(props, "padding") + sideOf(props, "margin") + toPoints(props.get("text-indent") ?? "");
  const border = props.get("border");
  return {
    left,
    top: ruleOf(props.get("border-top") ?? border, props.get("border-top-style")),
    bottom: ruleOf(props.get("border-bottom") ?? border, props.get("border-bottom-style")),
    bold: /^(?:bold|bolder|[6-9]00)$/.test(props.get("font-weight") ?? ""),
  };
}

/** The left side of `padding`/`margin`, from the long form or the shorthand's 1 to 4 values. */
function sideOf(props: ReadonlyMap<string, string>, box: string): number {
  const long = props.get(`${box}-left`);
  if (long !== undefined) return toPoints(long);
  const short = props.get(box);
  if (short === undefined) return 0;
  const values = short.split(/\s+/).filter((v) => v !== "");
  const left = values.length === 4 ? values[3] : values.length >= 2 ? values[1] : values[0];
  return toPoints(left ?? "");
}

/** "19pt" -> 19, "12px" -> 9, "0.5in" -> 36, "2em" -> 20; anything else (%, auto) -> 0. */
export function toPoints(value: string): number {
  const match = /^(-?\d*\.?\d+)\s*(pt|px|in|em|cm|mm|rem)?$/.exec(value.trim());
  if (!match) return 0;
  const n = Number(match[1]);
  switch (match[2]) {
    case "px":
      return n * 0.75;
    case "in":
      return n * 72;
    case "cm":
      return (n * 72) / 2.54;
    case "mm":
      return (n * 72) / 25.4;
    case "em":
    case "rem":
      return n * 10;
    default:
      return n;
  }
}

/** A visible border is a rule: "double", or 2.5pt and wider, is a double rule. */
function ruleOf(border: string | undefined, style: string | undefined): Rule {
  const text = `${border ?? ""} ${style ?? ""}`.trim();
  if (text === "" || /\b(?:none|hidden)\b/.test(text)) return null;
  if (/^0(?:\.0+)?(?:pt|px|in|em)?\b/.test(text)) return null;
  if (/\bdouble\b/.test(text)) return "double";
  if (!/\b(?:solid|dotted|dashed|groove|ridge|inset|outset)\b/.test(text) && !/\d/.test(text)) return null;
  const width = /(-?\d*\.?\d+)\s*(pt|px|in|em)?/.exec(text);
  const points = width ? toPoints(`${width[1]}${width[2] ?? "px"}`) : 1;
  return points >= 2.5 ? "double" : points > 0 ? "single" : null;
}
