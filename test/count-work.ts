/**
 * A deterministic measure of the work a function does: the characters and elements handed to
 * the string, regular-expression and array built-ins while it runs (each call counts the length
 * of the string or array it is called on). A stage that scans its whole input once per table,
 * line or filer shows here as work that grows with the square of the input, without a clock.
 */

type Method = (this: unknown, ...args: unknown[]) => unknown;

const STRING_METHODS = [
  "split",
  "indexOf",
  "lastIndexOf",
  "includes",
  "startsWith",
  "endsWith",
  "slice",
  "substring",
  "replace",
  "replaceAll",
  "match",
  "matchAll",
  "search",
  "toLowerCase",
  "toUpperCase",
  "trim",
  "trimStart",
  "trimEnd",
  "padStart",
  "padEnd",
  "repeat",
  "charCodeAt",
  "codePointAt",
  "localeCompare",
] as const;
/**
 * `exec` is left alone: replacing it sends V8's split, replace and match down the specification's
 * slow path, which calls `exec` once per match with the whole string (work that is not there).
 */
const REGEXP_METHODS = ["test"] as const;
const ARRAY_METHODS = [
  "filter",
  "map",
  "forEach",
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "indexOf",
  "lastIndexOf",
  "includes",
  "slice",
  "flatMap",
  "flat",
  "reduce",
  "join",
  "concat",
  "splice",
  "reverse",
  "sort",
  "entries",
  "keys",
  "values",
] as const;

/** Runs `fn` with the built-ins counted and returns the count (the built-ins are restored after). */
export function countWork(fn: () => void): number {
  let work = 0;
  const restore: (() => void)[] = [];
  const wrap = (proto: object, name: string, size: (self: unknown, args: unknown[]) => number): void => {
    const original = (proto as Record<string, Method>)[name];
    if (typeof original !== "function") return;
    (proto as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
      work += 1 + size(this, args);
      return original.apply(this, args);
    };
    restore.push(() => ((proto as Record<string, Method>)[name] = original));
  };
  // charCodeAt and the like touch one character, not the string
  const perChar = new Set(["charCodeAt", "codePointAt"]);
  for (const name of STRING_METHODS)
    wrap(String.prototype, name, (self) => (perChar.has(name) ? 0 : String(self).length));
  for (const name of REGEXP_METHODS)
    wrap(RegExp.prototype, name, (_, args) => {
      const text = String(args[0]);
      return text.length;
    });
  for (const name of ARRAY_METHODS) wrap(Array.prototype, name, (self) => (self as unknown[]).length);
  try {
    fn();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return work;
}
