"use strict";
/**
 * Checks an add-in manifest the way Office would, offline: the XML schema of Office's add-in schemas
 * (the folder ../shared/office-addin-xsd beside the repository by default), then what the schema
 * cannot say: every resid resolves, every URL is https, icons at 16/32/80 that exist under the
 * add-in's folder and have those sizes. Each check returns the problems; none means the manifest is good.
 */
const fs = require("node:fs");
const path = require("node:path");
const { validateXML } = require("xmllint-wasm");

const DEFAULT_SCHEMA_DIR = path.resolve(__dirname, "../../shared/office-addin-xsd");
const ENTRY_SCHEMA = "OfficeAppManifestV1_1.xsd";
const ICON_SIZES = ["16", "32", "80"];

/** Problems the XML schema finds, as xmllint's messages. */
async function checkManifestSchema(xml, schemaDir = DEFAULT_SCHEMA_DIR) {
  const schemas = fs.readdirSync(schemaDir).filter((file) => file.endsWith(".xsd"));
  const load = (fileName) => ({
    fileName,
    contents: fs.readFileSync(path.join(schemaDir, fileName), "utf8"),
  });
  const result = await validateXML({
    xml: { fileName: "manifest.xml", contents: xml },
    schema: load(ENTRY_SCHEMA),
    preload: schemas.filter((file) => file !== ENTRY_SCHEMA).map(load),
  });
  return result.errors.map((error) => error.rawMessage);
}

/** The values of `attribute` on every element named `element` (any prefix), in document order. */
function readAttributes(xml, element, attribute) {
  const found = [];
  const tagPattern = new RegExp(`<(?:[\\w-]+:)?${element}\\b[^>]*>`, "g");
  for (const match of xml.matchAll(tagPattern)) {
    const value = new RegExp(`\\s${attribute}="([^"]*)"`).exec(match[0])?.[1];
    if (value !== undefined) found.push({ tag: match[0], value });
  }
  return found;
}

/**
 * The URL the add-in's files are served from: the folder of the task pane's page.
 *
 *   <SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>  ->  https://localhost:3000/
 */
function readAddinBase(xml) {
  const page = readAttributes(xml, "SourceLocation", "DefaultValue")[0]?.value;
  if (page === undefined) return null;
  try {
    return new URL(".", page).href;
  } catch {
    return null;
  }
}

/** Width and height of a PNG file, from its IHDR chunk; null when the bytes are not a PNG. */
function readPngSize(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  if (bytes.subarray(12, 16).toString("latin1") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * What the schema cannot check. `root` is the folder the add-in's URL serves (the repository for
 * manifest.xml, dist/addin/ for the built copy):
 *
 *   https://addins.example.com/crossfoot/assets/icon-16.png  ->  <root>/assets/icon-16.png
 */
function checkManifestReferences(xml, root) {
  const problems = [];
  const resources = new Map();
  for (const kind of ["Image", "Url", "String"]) {
    for (const { value, tag } of readAttributes(xml, kind, "id")) resources.set(value, tag);
  }
  for (const { value } of readAttributes(xml, "[\\w.]+", "resid")) {
    if (!resources.has(value)) problems.push(`resid "${value}" names no bt:Image, bt:Url or bt:String`);
  }

  const withoutNamespaces = xml.replace(/\sxmlns(?::[\w-]+)?="[^"]*"/g, "").replace(/<!--[\s\S]*?-->/g, "");
  for (const match of withoutNamespaces.matchAll(/\b([a-z][a-z0-9+.-]*):\/\/[^\s"<]*/gi)) {
    if (match[1]?.toLowerCase() !== "https") problems.push(`URL is not https: ${match[0]}`);
  }

  const base = readAddinBase(xml);
  if (base === null) problems.push("no <SourceLocation> with a URL for the task pane");
  const images = new Map(readAttributes(xml, "Image", "id").map(({ value, tag }) => [value, tag]));
  for (const icon of xml.matchAll(/<Icon>([\s\S]*?)<\/Icon>/g)) {
    const sizes = readAttributes(icon[1] ?? "", "Image", "size").map(({ value }) => value);
    for (const size of ICON_SIZES)
      if (!sizes.includes(size)) problems.push(`an <Icon> has no ${size}px image`);
  }
  if (base === null) return problems;
  for (const { tag, value: size } of readAttributes(xml, "Image", "size")) {
    const resid = /\sresid="([^"]*)"/.exec(tag)?.[1];
    const image = resid === undefined ? undefined : images.get(resid);
    const url = image === undefined ? undefined : /\sDefaultValue="([^"]*)"/.exec(image)?.[1];
    if (url === undefined) continue;
    problems.push(...checkIcon(url, Number(size), root, base));
  }
  for (const { value } of [
    ...readAttributes(xml, "IconUrl", "DefaultValue"),
    ...readAttributes(xml, "HighResolutionIconUrl", "DefaultValue"),
  ]) {
    problems.push(...checkIcon(value, null, root, base));
  }
  return problems;
}

/** Problems with the icon at `url`: outside the add-in, missing under `root`, not a PNG, or not `size` pixels square. */
function checkIcon(url, size, root, base) {
  if (!url.startsWith(base)) return [`icon ${url} is not served from the add-in's URL ${base}`];
  const file = path.join(root, ...decodeURIComponent(url.slice(base.length)).split("/"));
  if (!fs.existsSync(file)) return [`icon ${url} has no file ${path.relative(root, file)}`];
  const png = readPngSize(fs.readFileSync(file));
  if (png === null) return [`icon ${url} is not a PNG`];
  if (size !== null && (png.width !== size || png.height !== size)) {
    return [`icon ${url} is ${png.width}x${png.height}, not ${size}x${size}`];
  }
  return [];
}

module.exports = {
  DEFAULT_SCHEMA_DIR,
  checkManifestSchema,
  checkManifestReferences,
  readAddinBase,
  readPngSize,
};
