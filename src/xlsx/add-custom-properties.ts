/**
 * Adds custom document properties (`docProps/custom.xml`, File > Properties > Custom in Excel) to
 * the .xlsx that an exceljs workbook writes next; exceljs 4.4 writes none of its own, so this
 * hooks the two steps of its writer that list the package's parts.
 *
 *   [Content_Types].xml  + <Override PartName="/docProps/custom.xml" ContentType="...custom-properties+xml"/>
 *   _rels/.rels          + <Relationship Id="rIdCrossfootCustom" Type=".../custom-properties" Target="docProps/custom.xml"/>
 *   docProps/custom.xml    <property fmtid="{D5CDD505-...}" pid="2" name="crossfoot.imports"><vt:lpwstr>[...]</vt:lpwstr></property>
 */
import type { Workbook } from "exceljs";
import type { CustomProperty } from "./encode-import-properties";

const PART = "docProps/custom.xml";
const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
/** The format identifier every user-defined property carries (ECMA-376 part 1, 22.3.2.2). */
const USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

interface ZipWriter {
  append(data: string, options: { name: string }): void;
}

type AddPart = (zip: ZipWriter, model: unknown) => Promise<void>;

/** The steps of exceljs's XLSX writer (lib/xlsx/xlsx.js) that this module wraps. */
interface XlsxWriter {
  addContentTypes: AddPart;
  addOfficeRels: AddPart;
}

export function addCustomProperties(workbook: Workbook, properties: readonly CustomProperty[]): void {
  const writer = workbook.xlsx as unknown as XlsxWriter;
  const { addContentTypes, addOfficeRels } = writer;
  if (typeof addContentTypes !== "function" || typeof addOfficeRels !== "function")
    throw new Error("exceljs no longer has the writer steps addContentTypes and addOfficeRels");
  writer.addContentTypes = (zip, model) =>
    addContentTypes.call(
      writer,
      insertBeforeClosingTag(
        zip,
        "[Content_Types].xml",
        "</Types>",
        `<Override PartName="/${PART}" ContentType="${CONTENT_TYPE}"/>`,
      ),
      model,
    );
  writer.addOfficeRels = async (zip, model) => {
    await addOfficeRels.call(
      writer,
      insertBeforeClosingTag(
        zip,
        "_rels/.rels",
        "</Relationships>",
        `<Relationship Id="rIdCrossfootCustom" Type="${RELATIONSHIP}" Target="${PART}"/>`,
      ),
      model,
    );
    zip.append(renderCustomProperties(properties), { name: PART });
  };
}

/** The part's XML; property ids start at 2, as Office numbers them. */
export function renderCustomProperties(properties: readonly CustomProperty[]): string {
  const items = properties.map(
    (p, i) =>
      `<property fmtid="${USER_DEFINED}" pid="${i + 2}" name="${escapeXml(p.name)}"><vt:lpwstr>${escapeXml(p.value)}</vt:lpwstr></property>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    items.join("") +
    "</Properties>"
  );
}

/** A zip writer that adds `addition` before `closingTag` in the part named `name`. */
function insertBeforeClosingTag(
  zip: ZipWriter,
  name: string,
  closingTag: string,
  addition: string,
): ZipWriter {
  return {
    append(data, options) {
      if (options.name !== name) return zip.append(data, options);
      const at = data.lastIndexOf(closingTag);
      if (at < 0) throw new Error(`exceljs wrote ${name} without ${closingTag}`);
      zip.append(data.slice(0, at) + addition + data.slice(at), options);
    },
  };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}
