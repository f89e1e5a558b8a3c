/**
 * Loads the genuine Excel client library (`@microsoft/office-js`, pinned) into a Node `vm` context
 * with just enough of a browser around it, and lets a test answer its requests.
 *
 *   const office = loadOfficeJs();
 *   office.setRequestHandler((body) => ({ Results: [] }));   // every context.sync() lands here
 *   await office.Excel.run(async (context) => { ... });
 *
 * The library sends each `context.sync()` through `OSF.DDA.RichApi.executeRichApiRequestAsync` as a
 * message array whose element 4 is the JSON batch (`Actions` and `ObjectPaths`); the handler gets
 * that text and returns the response body (`Results`, or `Error`). This is an internal protocol,
 * read from the library's code: the package version is pinned exactly in package.json.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

/** The file the tests run: Excel on the web's library, the host with every requirement set. */
export const OFFICE_JS_FILE = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist",
  "excel-web-16.00.js",
);

/** What the host answers to one request: a body with `Results`, or with `Error`. */
export interface ResponseBody {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; ActionIndex?: number; Location?: string; HttpStatusCode?: number };
}

export type RequestHandler = (requestText: string) => ResponseBody;

export interface LoadedOfficeJs {
  Excel: typeof Excel;
  Office: typeof Office;
  /** Every request goes to `handler` from now on. */
  setRequestHandler(handler: RequestHandler): void;
  /** The requirement sets the host claims: `isSetSupported("ExcelApi", "1.9")` reads this. */
  setSupportedExcelApi(version: string): void;
}

let compiled: vm.Script | null = null;

/** A fresh copy of the library in its own context (the script is compiled once per process). */
export function loadOfficeJs(): LoadedOfficeJs {
  compiled ??= new vm.Script(fs.readFileSync(OFFICE_JS_FILE, "utf8"), { filename: "excel-web-16.00.js" });
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, setInterval, clearInterval };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.document = {
    readyState: "complete",
    cookie: "",
    documentElement: {},
    addEventListener: () => undefined,
    createElement: () => ({ style: {}, setAttribute: () => undefined, appendChild: () => undefined }),
    getElementsByTagName: () => [],
    querySelector: () => null,
  };
  sandbox.navigator = { userAgent: "node", language: "en-US" };
  sandbox.location = {
    href: "https://localhost/taskpane.html",
    hostname: "localhost",
    protocol: "https:",
    search: "",
    hash: "",
  };
  compiled.runInContext(vm.createContext(sandbox));

  const OSF = sandbox.OSF as { DDA: { RichApi: { executeRichApiRequestAsync: unknown } } } & Record<
    string,
    unknown
  >;
  const office = sandbox.Office as Record<string, unknown>;
  let handler: RequestHandler = () => ({
    Error: { Code: "GeneralException", Message: "no request handler" },
  });
  let supported = "1.7";

  OSF.DDA.RichApi.executeRichApiRequestAsync = (
    message: unknown[],
    callback: (result: { status: string; value: { data: unknown[] } }) => void,
  ) => {
    const body = handler(String(message[4]));
    // [status code, headers, body]: what RichApiMessageUtility reads from a successful call.
    callback({ status: "succeeded", value: { data: [200, [], JSON.stringify(body)] } });
  };
  // Outside Office, `Office.context` comes from the loader's app factory, which only office.js
  // (the loader) defines; the writer needs `requirements.isSetSupported`, so the host provides it.
  const context = {
    requirements: {
      isSetSupported: (name: string, version?: string | number) =>
        name === "ExcelApi" && compareVersions(String(version ?? "1.1"), supported) <= 0,
    },
  };
  (OSF as Record<string, unknown>)._OfficeAppFactory = { getContext: () => context };
  return {
    Excel: sandbox.Excel as typeof Excel,
    Office: office as unknown as typeof Office,
    setRequestHandler: (next) => {
      handler = next;
    },
    setSupportedExcelApi: (version) => {
      supported = version;
    },
  };
}

/** Negative when `a` is an earlier version than `b` ("1.7" < "1.10"). */
function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}
