/**
 * A recording Excel host: answers the genuine client library's requests from an in-memory workbook
 * and keeps every request, so tests can count round trips, measure bytes, fail a batch on purpose,
 * and read back the workbook the writer built.
 *
 *   const host = new RecordingHost();              // loads office-js in a vm, installs globals
 *   host.addSheet("Budget");                        // a sheet the user made
 *   await writePlanToExcel(() => plan);
 *   host.requests.length                            // round trips
 *   host.workbook.sheets[1].cells.get("0,0")        // { value: "Balance Sheet", ... }
 *
 * The model covers what Crossfoot's writer uses, with Excel's documented behaviour:
 *  - a batch is not a transaction: actions before a failing one stay applied;
 *  - `worksheets.add` appends at the end and refuses a name taken (ignoring case);
 *  - a leading quote is a text prefix, not kept; a string written to a cell formatted "@" stays
 *    text; otherwise "=..." is a formula and a string that reads as a number becomes one (as when
 *    typed);
 *  - `conditionalFormats.add` puts the new format at the top priority;
 *  - a request over `payloadLimit` bytes (5 MB, Excel on the web's limit) is refused whole.
 * Calls are recorded as "Class.Member"; the bands into which the library itself cuts a 2-D write
 * of more than 1,500 cells (`getRow(i).getBoundingRect(getRow(j))`, in the same request) are
 * recorded as "RangeChunk.*", so tests can tell the writer's calls from the library's.
 * Anything else the library sends fails the batch with "NotImplemented", so a writer that starts
 * using a new API fails its tests until the model learns it.
 */
import { loadOfficeJs, type LoadedOfficeJs, type ResponseBody } from "./load-office-js";
import { columnIndex } from "../../src/model/a1";

/** A rectangle of cells, 0-based. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface CellModel {
  /** A number, a text, or null when the cell holds a formula or nothing. */
  value: number | string | boolean | null;
  formula: string | null;
  numberFormat: string;
  style: Record<string, string | number | boolean>;
}

export interface ConditionalFormatModel {
  areas: Rect[];
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface SheetModel {
  id: string;
  name: string;
  /** Key "row,column" (0-based). */
  cells: Map<string, CellModel>;
  /** Highest priority first. */
  conditionalFormats: ConditionalFormatModel[];
  /** Points, by 0-based column. */
  columnWidths: Map<number, number>;
  /** Points, by 0-based row, for rows given a height. */
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number };
  tabColor: string;
  showGridlines: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  settings: Map<string, unknown>;
  activeSheet: string | null;
  selection: { sheet: string; areas: Rect[] } | null;
}

export interface RecordedRequest {
  /** The JSON batch as sent. */
  text: string;
  /** UTF-8 bytes of `text`. */
  bytes: number;
  actions: Action[];
  /** Whether the host answered with an error. */
  failed: boolean;
  /** Method names called and properties set, in order ("Worksheets.Add", "Range.Formulas"). */
  calls: string[];
}

/** A planned failure: request number `request` (1-based) fails after applying `afterActions` actions. */
export interface Fault {
  request: number;
  afterActions: number;
  code?: string;
  message?: string;
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

/** What an object path stands for in the model. */
type Node =
  | { kind: "workbook" }
  | { kind: "application" }
  | { kind: "worksheets" }
  | { kind: "worksheet"; sheet: SheetModel }
  | { kind: "range"; sheet: SheetModel; areas: Rect[]; chunk?: boolean }
  | { kind: "format"; sheet: SheetModel; areas: Rect[] }
  | { kind: "font" | "fill" | "borders"; sheet: SheetModel; areas: Rect[] }
  | { kind: "border"; sheet: SheetModel; areas: Rect[]; edge: string }
  | { kind: "conditionalFormats"; sheet: SheetModel; areas: Rect[] }
  | { kind: "conditionalFormat" | "custom" | "rule" | "cfFormat"; cf: ConditionalFormatModel }
  | { kind: "cfFill" | "cfFont"; cf: ConditionalFormatModel }
  | { kind: "freezePanes"; sheet: SheetModel }
  | { kind: "settings" }
  | { kind: "setting"; key: string }
  | { kind: "null" };

/** An error the host answers with, as Excel names them. */
class HostFault extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export class RecordingHost {
  readonly office: LoadedOfficeJs;
  readonly workbook: WorkbookModel = { sheets: [], settings: new Map(), activeSheet: null, selection: null };
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  payloadLimit = EXCEL_WEB_PAYLOAD_LIMIT;
  /** Set while a request's `suspendApiCalculationUntilNextSync` / `suspendScreenUpdatingUntilNextSync` holds. */
  readonly suspended: { calculation: boolean; screen: boolean }[] = [];
  private nextSheetId = 1;

  /** Loads the library and makes `Excel` and `Office` globals, as the add-in's page has them. */
  constructor(options: { excelApi?: string } = {}) {
    this.office = loadOfficeJs();
    this.office.setSupportedExcelApi(options.excelApi ?? "1.9");
    this.office.setRequestHandler((text) => this.answer(text));
    const global = globalThis as Record<string, unknown>;
    global.Excel = this.office.Excel;
    global.Office = this.office.Office;
  }

  /** Adds a sheet as a user would (cells keyed "row,column"). */
  addSheet(name: string, cells: Record<string, string | number> = {}): SheetModel {
    const sheet = this.createSheet(name);
    for (const [key, value] of Object.entries(cells)) {
      sheet.cells.set(key, {
        value: typeof value === "string" && value.startsWith("=") ? null : value,
        formula: typeof value === "string" && value.startsWith("=") ? value : null,
        numberFormat: "General",
        style: {},
      });
    }
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((sheet) => sheet.name);
  }

  /** Every call of every request, flattened. */
  allCalls(): string[] {
    return this.requests.flatMap((request) => request.calls);
  }

  private createSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: `{sheet-${this.nextSheetId++}}`,
      name,
      cells: new Map(),
      conditionalFormats: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      freeze: { rows: 0, columns: 0 },
      tabColor: "",
      showGridlines: true,
    };
    this.workbook.sheets.push(sheet);
    return sheet;
  }

  /** Answers one request body (what the library would send) and records it; the browser test calls this for the page's requests. */
  answer(text: string): ResponseBody {
    const body = JSON.parse(text) as { Actions: Action[]; ObjectPaths: Record<string, ObjectPathInfo> };
    const record: RecordedRequest = {
      text,
      bytes: Buffer.byteLength(text, "utf8"),
      actions: body.Actions,
      failed: false,
      calls: [],
    };
    this.requests.push(record);
    const number = this.requests.length;
    if (record.bytes > this.payloadLimit) {
      record.failed = true;
      return {
        Error: {
          Code: "RequestPayloadSizeLimitExceeded",
          Message: "The request payload size has exceeded the limit.",
          HttpStatusCode: 413,
        },
      };
    }
    const fault = this.faults.find((f) => f.request === number);
    const batch = new Batch(this, body.ObjectPaths, record);
    const results: { ActionId: number; Value: unknown }[] = [];
    const suspended = { calculation: false, screen: false };
    this.suspended.push(suspended);
    for (const [index, action] of body.Actions.entries()) {
      try {
        if (fault && index === fault.afterActions) {
          throw new HostFault(
            fault.code ?? "GeneralException",
            fault.message ?? "The host refused the request.",
          );
        }
        const value = batch.run(action, suspended);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        record.failed = true;
        const code = error instanceof HostFault ? error.code : "GeneralException";
        return {
          Error: { Code: code, Message: (error as Error).message, ActionIndex: index, HttpStatusCode: 400 },
        };
      }
    }
    return { Results: results };
  }

  /** Used by Batch: `worksheets.add`. */
  addSheetFromBatch(name: string): SheetModel {
    checkSheetName(name);
    if (this.sheet(name)) {
      throw new HostFault("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
    }
    return this.createSheet(name);
  }

  deleteSheet(sheet: SheetModel): void {
    const index = this.workbook.sheets.indexOf(sheet);
    if (index < 0) throw new HostFault("ItemNotFound", `The worksheet "${sheet.name}" no longer exists.`);
    this.workbook.sheets.splice(index, 1);
    if (this.workbook.activeSheet === sheet.name) this.workbook.activeSheet = null;
  }
}

/** One request: resolves its object paths (once each, as Excel does) and runs its actions. */
class Batch {
  private readonly resolved = new Map<number, Node>();

  constructor(
    private readonly host: RecordingHost,
    private readonly paths: Record<string, ObjectPathInfo>,
    private readonly record: RecordedRequest,
  ) {}

  run(action: Action, suspended: { calculation: boolean; screen: boolean }): unknown {
    const node = this.resolve(action.ObjectPathId);
    const args = action.ArgumentInfo?.Arguments ?? [];
    switch (action.ActionType) {
      case 1: // Instantiate
        return undefined;
      case 2: // Query
        return this.query(node, action.QueryInfo?.Select ?? []);
      case 3: // Method
        if (action.Name !== "_KeepReference") this.record.calls.push(`${labelOf(node)}.${action.Name}`);
        return this.callMethod(
          node,
          action.Name,
          args,
          action.ArgumentInfo?.ReferencedObjectPathIds ?? [],
          suspended,
        );
      case 4: // SetProperty
        this.record.calls.push(`${labelOf(node)}.${action.Name}`);
        this.setProperty(node, action.Name, args[0]);
        return undefined;
      default:
        throw new HostFault("NotImplemented", `action type ${action.ActionType} is not modelled`);
    }
  }

  private resolve(id: number): Node {
    const known = this.resolved.get(id);
    if (known) return known;
    const info = this.paths[String(id)];
    if (!info) throw new HostFault("InvalidObjectPath", `no object path ${id}`);
    const args = info.ArgumentInfo?.Arguments ?? [];
    let node: Node;
    switch (info.ObjectPathType) {
      case 1:
        node = { kind: "workbook" };
        break;
      case 4:
        node = this.property(this.resolve(info.ParentObjectPathId ?? -1), info.Name);
        break;
      case 3:
        this.record.calls.push(`${labelOf(this.resolve(info.ParentObjectPathId ?? -1))}.${info.Name}`);
        node = this.methodObject(this.resolve(info.ParentObjectPathId ?? -1), info.Name, args);
        break;
      case 5:
        node = this.indexer(this.resolve(info.ParentObjectPathId ?? -1), args);
        break;
      case 7:
        node = { kind: "null" };
        break;
      default:
        throw new HostFault("NotImplemented", `object path type ${info.ObjectPathType} is not modelled`);
    }
    this.resolved.set(id, node);
    return node;
  }

  private property(parent: Node, name: string): Node {
    const key = `${parent.kind}.${name}`;
    switch (key) {
      case "workbook.Worksheets":
        return { kind: "worksheets" };
      case "workbook.Settings":
        return { kind: "settings" };
      case "workbook.Application":
        return { kind: "application" };
      case "worksheet.FreezePanes":
        return { kind: "freezePanes", sheet: sheetOf(parent) };
    }
    if (parent.kind === "range" && name === "Format") return { ...parent, kind: "format" };
    if (parent.kind === "range" && name === "ConditionalFormats")
      return { ...parent, kind: "conditionalFormats" };
    if (parent.kind === "format" && (name === "Font" || name === "Fill" || name === "Borders")) {
      return {
        kind: name === "Font" ? "font" : name === "Fill" ? "fill" : "borders",
        sheet: parent.sheet,
        areas: parent.areas,
      };
    }
    if (parent.kind === "conditionalFormat" && name === "Custom") return { kind: "custom", cf: parent.cf };
    if (parent.kind === "custom" && name === "Rule") return { kind: "rule", cf: parent.cf };
    if (parent.kind === "custom" && name === "Format") return { kind: "cfFormat", cf: parent.cf };
    if (parent.kind === "cfFormat" && name === "Fill") return { kind: "cfFill", cf: parent.cf };
    if (parent.kind === "cfFormat" && name === "Font") return { kind: "cfFont", cf: parent.cf };
    throw new HostFault("NotImplemented", `property ${key} is not modelled`);
  }

  private methodObject(parent: Node, name: string, args: unknown[]): Node {
    if (parent.kind === "worksheets" && name === "Add") {
      return { kind: "worksheet", sheet: this.host.addSheetFromBatch(String(args[0])) };
    }
    if (parent.kind === "worksheets" && name === "GetItemOrNullObject") {
      const sheet = this.host.sheet(String(args[0]));
      return sheet ? { kind: "worksheet", sheet } : { kind: "null" };
    }
    if (parent.kind === "worksheet") {
      const sheet = parent.sheet;
      if (name === "GetRangeByIndexes") {
        const [row, column, rows, columns] = args as number[];
        return {
          kind: "range",
          sheet,
          areas: [checkRect({ row: row!, column: column!, rows: rows!, columns: columns! })],
        };
      }
      if (name === "GetRange") {
        const address = args[0];
        if (address === null || address === undefined) {
          return {
            kind: "range",
            sheet,
            areas: [{ row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS }],
          };
        }
        return { kind: "range", sheet, areas: parseAreas(String(address)) };
      }
      if (name === "GetRanges") return { kind: "range", sheet, areas: parseAreas(String(args[0])) };
    }
    // the library cuts a 2-D write of more than 1,500 cells into bands of rows:
    // range.getRow(i).getBoundingRect(range.getRow(j)) in the same request
    if (parent.kind === "range" && name === "GetRow") {
      const [area] = parent.areas;
      const row = Number(args[0]);
      if (!area || parent.areas.length > 1 || row < 0 || row >= area.rows)
        throw new HostFault("InvalidArgument", "GetRow");
      return {
        kind: "range",
        sheet: parent.sheet,
        areas: [{ ...area, row: area.row + row, rows: 1 }],
        chunk: true,
      };
    }
    if (parent.kind === "range" && name === "GetBoundingRect") {
      const other = this.resolve(Number(args[0]));
      if (other.kind !== "range" || other.sheet !== parent.sheet)
        throw new HostFault("InvalidArgument", "GetBoundingRect");
      const all = [...parent.areas, ...other.areas];
      const row = Math.min(...all.map((a) => a.row));
      const column = Math.min(...all.map((a) => a.column));
      const rows = Math.max(...all.map((a) => a.row + a.rows)) - row;
      const columns = Math.max(...all.map((a) => a.column + a.columns)) - column;
      return { kind: "range", sheet: parent.sheet, areas: [{ row, column, rows, columns }], chunk: true };
    }
    if (parent.kind === "conditionalFormats" && name === "Add") {
      const cf: ConditionalFormatModel = {
        areas: parent.areas,
        type: String(args[0]),
        formula: null,
        fill: null,
        fontColor: null,
      };
      parent.sheet.conditionalFormats.unshift(cf);
      return { kind: "conditionalFormat", cf };
    }
    if (parent.kind === "settings" && name === "Add") {
      this.host.workbook.settings.set(String(args[0]), args[1]);
      return { kind: "setting", key: String(args[0]) };
    }
    if (parent.kind === "settings" && name === "GetItemOrNullObject") {
      const key = String(args[0]);
      return this.host.workbook.settings.has(key) ? { kind: "setting", key } : { kind: "null" };
    }
    throw new HostFault("NotImplemented", `method ${parent.kind}.${name} is not modelled`);
  }

  private indexer(parent: Node, args: unknown[]): Node {
    const key = String(args[0]);
    if (parent.kind === "worksheets") {
      const sheet = this.host.sheet(key) ?? this.host.workbook.sheets.find((s) => s.id === key);
      if (!sheet) throw new HostFault("ItemNotFound", `The worksheet "${key}" does not exist.`);
      return { kind: "worksheet", sheet };
    }
    if (parent.kind === "borders")
      return { kind: "border", sheet: parent.sheet, areas: parent.areas, edge: key };
    if (parent.kind === "settings") {
      if (!this.host.workbook.settings.has(key)) throw new HostFault("ItemNotFound", `No setting "${key}".`);
      return { kind: "setting", key };
    }
    throw new HostFault("NotImplemented", `indexer on ${parent.kind} is not modelled`);
  }

  private query(node: Node, select: string[]): unknown {
    if (node.kind === "null") return null;
    if (node.kind === "worksheets") {
      const fields = select.map((field) => field.replace(/^items\//, ""));
      return {
        _Items: this.host.workbook.sheets.map((sheet, position) => {
          const item: Record<string, unknown> = {};
          for (const field of fields) {
            if (field === "name") item.Name = sheet.name;
            else if (field === "id") item.Id = sheet.id;
            else if (field === "position") item.Position = position;
            else throw new HostFault("NotImplemented", `worksheet field ${field} is not modelled`);
          }
          return item;
        }),
      };
    }
    if (node.kind === "setting") {
      return { Key: node.key, Value: this.host.workbook.settings.get(node.key) };
    }
    throw new HostFault("NotImplemented", `query on ${node.kind} is not modelled`);
  }

  private callMethod(
    node: Node,
    name: string,
    args: unknown[],
    referenced: number[],
    suspended: { calculation: boolean; screen: boolean },
  ): unknown {
    if (name === "_KeepReference") return undefined;
    if (node.kind === "null") throw new HostFault("ItemNotFound", `${name} on an object that does not exist`);
    const key = `${node.kind}.${name}`;
    switch (key) {
      case "application.SuspendApiCalculationUntilNextSync":
        suspended.calculation = true;
        return undefined;
      case "application.SuspendScreenUpdatingUntilNextSync":
        suspended.screen = true;
        return undefined;
      case "worksheet.Delete":
        this.host.deleteSheet(sheetOf(node));
        return undefined;
      case "worksheet.Activate":
        this.host.workbook.activeSheet = sheetOf(node).name;
        return undefined;
      case "setting.Delete":
        if (node.kind === "setting") this.host.workbook.settings.delete(node.key);
        return undefined;
      case "freezePanes.FreezeRows":
        sheetOf(node).freeze = { rows: Number(args[0]), columns: 0 };
        return undefined;
      case "freezePanes.FreezeColumns":
        sheetOf(node).freeze = { rows: 0, columns: Number(args[0]) };
        return undefined;
      case "freezePanes.Unfreeze":
        sheetOf(node).freeze = { rows: 0, columns: 0 };
        return undefined;
      case "range.Select":
        if (node.kind === "range")
          this.host.workbook.selection = { sheet: node.sheet.name, areas: node.areas };
        return undefined;
      case "freezePanes.FreezeAt": {
        const target = this.resolve(referenced[0] ?? -1);
        if (target.kind !== "range" || target.areas.length !== 1)
          throw new HostFault("InvalidArgument", "FreezeAt");
        const [area] = target.areas;
        if (area!.row !== 0 || area!.column !== 0)
          throw new HostFault("InvalidArgument", "FreezeAt from A1 only");
        sheetOf(node).freeze = { rows: area!.rows, columns: area!.columns };
        return undefined;
      }
      case "range._ValidateArraySize": {
        const [area] = node.kind === "range" ? node.areas : [];
        if (!area || area.rows !== Number(args[0]) || area.columns !== Number(args[1])) {
          throw new HostFault(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size of the range.",
          );
        }
        return undefined;
      }
      case "range.Clear":
        if (node.kind === "range") clearAreas(node.sheet, node.areas, String(args[0] ?? "All"));
        return undefined;
      case "conditionalFormats.ClearAll":
        if (node.kind === "conditionalFormats") {
          node.sheet.conditionalFormats = node.sheet.conditionalFormats.filter(
            (cf) => !cf.areas.some((a) => node.areas.some((b) => overlaps(a, b))),
          );
        }
        return undefined;
    }
    throw new HostFault("NotImplemented", `method ${key} is not modelled`);
  }

  private setProperty(node: Node, name: string, value: unknown): void {
    switch (node.kind) {
      case "worksheet":
        if (name === "Name") {
          checkSheetName(String(value));
          const other = this.host.sheet(String(value));
          if (other && other !== node.sheet)
            throw new HostFault("ItemAlreadyExists", `"${String(value)}" is taken`);
          node.sheet.name = String(value);
        } else if (name === "TabColor") node.sheet.tabColor = String(value);
        else if (name === "Gridlines") node.sheet.showGridlines = Boolean(value);
        else break;
        return;
      case "range":
        if (name === "NumberFormat")
          return writeMatrix(node, value, (cell, v) => (cell.numberFormat = String(v)));
        if (name === "Formulas" || name === "Values")
          return writeMatrix(node, value, (cell, v) => enterCell(cell, v));
        break;
      case "format":
        if (name === "ColumnWidth") {
          for (const area of node.areas) {
            for (let c = area.column; c < area.column + area.columns; c++)
              node.sheet.columnWidths.set(c, Number(value));
          }
          return;
        }
        if (name === "RowHeight") {
          for (const area of node.areas) {
            for (let r = area.row; r < area.row + area.rows; r++) node.sheet.rowHeights.set(r, Number(value));
          }
          return;
        }
        if (name === "IndentLevel" || name === "WrapText" || name === "HorizontalAlignment") {
          return styleAreas(node.sheet, node.areas, name, value);
        }
        break;
      case "font":
        if (name === "Bold" || name === "Italic" || name === "Size" || name === "Name" || name === "Color") {
          return styleAreas(node.sheet, node.areas, `Font${name}`, value);
        }
        break;
      case "fill":
        if (name === "Color") return styleAreas(node.sheet, node.areas, "Fill", value);
        break;
      case "border":
        if (name === "Style" || name === "Weight" || name === "Color") return styleBorder(node, name, value);
        break;
      case "rule":
        if (name === "Formula") {
          node.cf.formula = String(value);
          return;
        }
        break;
      case "cfFill":
        if (name === "Color") {
          node.cf.fill = String(value);
          return;
        }
        break;
      case "cfFont":
        if (name === "Color") {
          node.cf.fontColor = String(value);
          return;
        }
        break;
      case "setting":
        if (name === "Value") {
          this.host.workbook.settings.set(node.key, value);
          return;
        }
        break;
    }
    throw new HostFault("NotImplemented", `property ${node.kind}.${name} is not modelled`);
  }
}

/** "Range", "Worksheet", ...; "RangeChunk" for the bands the library cuts a large 2-D write into. */
function labelOf(node: Node): string {
  const label = node.kind.charAt(0).toUpperCase() + node.kind.slice(1);
  return node.kind === "range" && node.chunk ? `${label}Chunk` : label;
}

function sheetOf(node: Node): SheetModel {
  if ("sheet" in node) return node.sheet;
  throw new HostFault("InvalidArgument", `${node.kind} has no worksheet`);
}

/** Excel's rules for sheet names. */
function checkSheetName(name: string): void {
  if (name.length < 1 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
    throw new HostFault("InvalidArgument", `"${name}" is not a valid sheet name.`);
  }
  if (name.toLowerCase() === "history") throw new HostFault("InvalidArgument", `"History" is reserved.`);
}

function checkRect(rect: Rect): Rect {
  const valid = [rect.row, rect.column, rect.rows, rect.columns].every((n) => Number.isInteger(n) && n >= 0);
  if (
    !valid ||
    rect.rows < 1 ||
    rect.columns < 1 ||
    rect.row + rect.rows > MAX_ROWS ||
    rect.column + rect.columns > MAX_COLUMNS
  ) {
    throw new HostFault("InvalidArgument", `bad range ${JSON.stringify(rect)}`);
  }
  return rect;
}

/** "A1:C1, A5:C5" or "B3" (no sheet names): the areas, 0-based. */
export function parseAreas(address: string): Rect[] {
  return address.split(",").map((part) => {
    const match = /^\s*([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\s*$/.exec(part);
    if (!match) throw new HostFault("InvalidArgument", `bad address "${part}"`);
    const first = { row: Number(match[2]) - 1, column: columnIndex(match[1]!) };
    const last = match[3] ? { row: Number(match[4]) - 1, column: columnIndex(match[3]) } : first;
    return checkRect({
      row: first.row,
      column: first.column,
      rows: last.row - first.row + 1,
      columns: last.column - first.column + 1,
    });
  });
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

function cellAt(sheet: SheetModel, row: number, column: number): CellModel {
  const key = `${row},${column}`;
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: null, formula: null, numberFormat: "General", style: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** A 2-D array the size of the range: null leaves a cell as it is. */
function writeMatrix(
  node: { sheet: SheetModel; areas: Rect[] },
  value: unknown,
  write: (cell: CellModel, v: unknown) => void,
): void {
  const [area, ...more] = node.areas;
  if (!area || more.length > 0) throw new HostFault("InvalidArgument", "a 2-D write needs a single area");
  if (!Array.isArray(value) || value.length !== area.rows)
    throw new HostFault("InvalidArgument", "row count differs from the range");
  value.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== area.columns) {
      throw new HostFault("InvalidArgument", "column count differs from the range");
    }
    row.forEach((v: unknown, c) => {
      if (v !== null) write(cellAt(node.sheet, area.row + r, area.column + c), v);
    });
  });
}

/** What Excel keeps when a cell is entered, as typed. */
function enterCell(cell: CellModel, v: unknown): void {
  cell.formula = null;
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
  } else if (typeof v !== "string") {
    throw new HostFault("InvalidArgument", `cannot write ${typeof v}`);
  } else if (v === "") {
    cell.value = null;
  } else if (v.startsWith("'")) {
    cell.value = v.slice(1);
  } else if (cell.numberFormat === "@") {
    cell.value = v;
  } else if (v.startsWith("=") && v.length > 1) {
    cell.formula = v;
    cell.value = null;
  } else if (/^\s*[-+]?\(?\$?[\d,]*\.?\d+\)?%?\s*$/.test(v)) {
    const negative = /^\s*-|\(/.test(v);
    const n = Number(v.replace(/[^\d.]/g, "")) * (negative ? -1 : 1);
    cell.value = v.includes("%") ? n / 100 : n;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    cell.value = Math.round((Date.parse(v) - Date.UTC(1899, 11, 30)) / 86400000);
  } else {
    cell.value = v;
  }
}

function styleAreas(sheet: SheetModel, areas: Rect[], name: string, value: unknown): void {
  for (const area of areas) {
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.column; c < area.column + area.columns; c++) {
        cellAt(sheet, r, c).style[name] = value as string | number | boolean;
      }
    }
  }
}

/** Borders as Excel stores them: an edge of each area, on the cells along it. */
function styleBorder(
  node: { sheet: SheetModel; areas: Rect[]; edge: string },
  name: string,
  value: unknown,
): void {
  for (const area of node.areas) {
    if (node.edge === "EdgeBottom") {
      for (let c = area.column; c < area.column + area.columns; c++) {
        cellAt(node.sheet, area.row + area.rows - 1, c).style[`Bottom${name}`] = value as string;
      }
    } else if (node.edge === "EdgeLeft") {
      for (let r = area.row; r < area.row + area.rows; r++) {
        cellAt(node.sheet, r, area.column).style[`Left${name}`] = value as string;
      }
    } else {
      throw new HostFault("NotImplemented", `border ${node.edge} is not modelled`);
    }
  }
}

function clearAreas(sheet: SheetModel, areas: Rect[], applyTo: string): void {
  if (applyTo !== "All") throw new HostFault("NotImplemented", `clear ${applyTo} is not modelled`);
  for (const key of [...sheet.cells.keys()]) {
    const [row = 0, column = 0] = key.split(",").map(Number);
    if (areas.some((a) => overlaps(a, { row, column, rows: 1, columns: 1 }))) sheet.cells.delete(key);
  }
}
