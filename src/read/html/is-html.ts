/**
 * Tells HTML from plain text. SGML tags of old text filings (`<TABLE>`, `<S>`, `<C>`, `<PAGE>`)
 * do not make text HTML; an `<html>` or `<body>` tag, or rows and cells of a table, do.
 *
 *   <TABLE> <CAPTION> <S> <C>        -> text
 *   <html><body><p>...               -> HTML
 *   <table><tr><td>Net sales</td>    -> HTML (a fragment copied from a browser)
 */
const DOCUMENT_TAG = /<(?:html|body|!doctype html)\b|<\?xml[^>]*>\s*<html/i;
const MARKUP_TAG = /<(?:tr|td|th|p|div|br|span|font)\b[^<>]*>/gi;

export function isHtml(text: string): boolean {
  if (DOCUMENT_TAG.test(text)) return true;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const tags = sample.match(MARKUP_TAG);
  return tags !== null && tags.length >= 3;
}
