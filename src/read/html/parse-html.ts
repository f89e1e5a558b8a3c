/**
 * Parses HTML into a small tree of elements and text, as data: nothing is rendered and no script
 * runs. Scripts, styles, comments, the head, hidden elements and the inline XBRL header are dropped.
 *
 *   <td style="padding-left:19pt">Products<sup>(1)</sup></td>
 *   -> { name: "td", style: "padding-left:19pt", children: ["Products", { name: "sup", ... }] }
 */
import { Parser } from "htmlparser2";

export interface HtmlElement {
  /** Lower-case tag name ("td", "ix:nonfraction"). */
  name: string;
  /** Lower-case attribute names; values with entities decoded. */
  attributes: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

/** Elements whose content is never text of the exhibit. */
const DROPPED = new Set([
  "script",
  "style",
  "head",
  "title",
  "noscript",
  "template",
  "ix:header",
  "object",
  "iframe",
]);

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: "#root", attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let dropped = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropped > 0 || DROPPED.has(name) || isHidden(attributes)) {
          dropped++;
          return;
        }
        const element: HtmlElement = { name, attributes, children: [] };
        (stack[stack.length - 1] as HtmlElement).children.push(element);
        stack.push(element);
      },
      onclosetag() {
        if (dropped > 0) dropped--;
        else if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        if (dropped > 0) return;
        const parent = stack[stack.length - 1] as HtmlElement;
        const last = parent.children[parent.children.length - 1];
        if (typeof last === "string") parent.children[parent.children.length - 1] = last + text;
        else parent.children.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

/** `display:none` and the `hidden` attribute hide an element (the inline XBRL header sits in one). */
function isHidden(attributes: Record<string, string>): boolean {
  if ("hidden" in attributes) return true;
  const style = attributes.style;
  return style !== undefined && /(?:^|;)\s*display\s*:\s*none\b/i.test(style);
}
