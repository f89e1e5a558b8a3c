/** Reads the custom document properties (name → text) of an unzipped .xlsx package. */

export function readCustomProperties(parts: ReadonlyMap<string, string>): Map<string, string> {
  const xml = parts.get("docProps/custom.xml") ?? "";
  const properties = new Map<string, string>();
  for (const m of xml.matchAll(
    /<property [^>]*name="([^"]*)"[^>]*><vt:lpwstr>([^<]*)<\/vt:lpwstr><\/property>/g,
  ))
    properties.set(decodeXml(m[1] ?? ""), decodeXml(m[2] ?? ""));
  return properties;
}

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) =>
    name === "amp" ? "&" : name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : "'",
  );
}
