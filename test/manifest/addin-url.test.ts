/**
 * A production build writes the add-in's public URL (ADDIN_URL) and support page into the copied
 * manifest; the rewritten manifest still passes the schema and the reference checks.
 */
import fs from "node:fs";
import path from "node:path";
import { readAddinUrls, rewriteManifest, type AddinUrls } from "../../scripts/addin-url";
import { checkManifestReferences, checkManifestSchema } from "../../scripts/check-manifest";

const ROOT = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The DefaultValue of the first `element` whose tag matches, or the text of a simple element. */
function readValue(xml: string, pattern: RegExp): string | undefined {
  return pattern.exec(xml)?.[1];
}

describe("readAddinUrls", () => {
  it.each<[Record<string, string>, AddinUrls]>([
    [
      {},
      {
        base: "https://localhost:3000/",
        origin: "https://localhost:3000",
        support: "https://localhost:3000/support.html",
      },
    ],
    [
      { ADDIN_URL: "https://addins.example.com/crossfoot" },
      {
        base: "https://addins.example.com/crossfoot/",
        origin: "https://addins.example.com",
        support: "https://addins.example.com/crossfoot/support.html",
      },
    ],
    [
      {
        ADDIN_URL: " https://Example.COM ",
        ADDIN_SUPPORT_URL: "https://help.example.com/crossfoot?from=addin",
      },
      {
        base: "https://example.com/",
        origin: "https://example.com",
        support: "https://help.example.com/crossfoot?from=addin",
      },
    ],
  ])("%j", (env, expected) => {
    expect(readAddinUrls(env)).toEqual(expected);
  });

  it.each([
    [{ ADDIN_URL: "http://addins.example.com/" }, /ADDIN_URL must be an https URL/],
    [{ ADDIN_URL: "addins.example.com" }, /ADDIN_URL is not a URL/],
    [{ ADDIN_URL: "https://addins.example.com/?v=1" }, /without query/],
    [
      { ADDIN_URL: "https://a.example.com/", ADDIN_SUPPORT_URL: "mailto:help@example.com" },
      /ADDIN_SUPPORT_URL must be/,
    ],
  ])("refuses %j", (env, message) => {
    expect(() => readAddinUrls(env)).toThrow(message);
  });
});

describe("rewriteManifest", () => {
  it("leaves manifest.xml as it is for the development server", () => {
    expect(rewriteManifest(manifest, readAddinUrls({}))).toBe(manifest);
  });

  it("moves every URL under ADDIN_URL, the app domain to its origin, and names the support page", async () => {
    const urls = readAddinUrls({
      ADDIN_URL: "https://addins.example.com/tools/crossfoot/",
      ADDIN_SUPPORT_URL: "https://help.example.com/crossfoot?topic=a&b",
    });
    const rewritten = rewriteManifest(manifest, urls);
    expect(rewritten).not.toContain("localhost");
    expect(readValue(rewritten, /<SourceLocation DefaultValue="([^"]*)"/)).toBe(
      "https://addins.example.com/tools/crossfoot/taskpane.html",
    );
    expect(readValue(rewritten, /<bt:Url id="Taskpane.Url" DefaultValue="([^"]*)"/)).toBe(
      "https://addins.example.com/tools/crossfoot/taskpane.html",
    );
    expect(readValue(rewritten, /<IconUrl DefaultValue="([^"]*)"/)).toBe(
      "https://addins.example.com/tools/crossfoot/assets/icon-32.png",
    );
    expect(readValue(rewritten, /<AppDomain>([^<]*)<\/AppDomain>/)).toBe("https://addins.example.com");
    expect(readValue(rewritten, /<SupportUrl DefaultValue="([^"]*)"/)).toBe(
      "https://help.example.com/crossfoot?topic=a&amp;b",
    );
    expect(readValue(rewritten, /<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="([^"]*)"/)).toBe(
      "https://help.example.com/crossfoot?topic=a&amp;b",
    );
    expect(await checkManifestSchema(rewritten)).toEqual([]);
    // the built folder has the same layout as the repository: assets/ beside the manifest
    expect(checkManifestReferences(rewritten, ROOT)).toEqual([]);
  });

  it("fails when the manifest lacks what it rewrites", () => {
    const withoutSupport = manifest.replace(/\s*<SupportUrl [^>]*\/>/, "");
    expect(() => rewriteManifest(withoutSupport, readAddinUrls({}))).toThrow(/no <SupportUrl>/);
  });

  it("is what the production build applies to dist/addin/manifest.xml", () => {
    const saved = { url: process.env.ADDIN_URL, support: process.env.ADDIN_SUPPORT_URL };
    process.env.ADDIN_URL = "https://addins.example.com/crossfoot";
    delete process.env.ADDIN_SUPPORT_URL;
    try {
      const makeConfig = require("../../webpack.config") as (
        env: object,
        argv: { mode: string },
      ) => { plugins: { patterns?: { from: string; transform?: (content: Buffer) => string | Buffer }[] }[] };
      const patterns = makeConfig({}, { mode: "production" }).plugins.flatMap(
        (plugin) => plugin.patterns ?? [],
      );
      const copy = patterns.find((pattern) => pattern.from === "manifest.xml");
      const built = copy?.transform?.(Buffer.from(manifest)).toString();
      expect(built).toBe(
        rewriteManifest(manifest, readAddinUrls({ ADDIN_URL: "https://addins.example.com/crossfoot" })),
      );
      expect(built).toContain(
        '<SupportUrl DefaultValue="https://addins.example.com/crossfoot/support.html"/>',
      );
    } finally {
      if (saved.url === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved.url;
      if (saved.support !== undefined) process.env.ADDIN_SUPPORT_URL = saved.support;
    }
  });
});

describe("checkManifestReferences", () => {
  it("fails an icon that is not served from the add-in's URL", () => {
    const broken = manifest.replace(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://cdn.example.com/icon-32.png"/>',
    );
    expect(broken).not.toBe(manifest);
    expect(checkManifestReferences(broken, ROOT)).toEqual([
      "icon https://cdn.example.com/icon-32.png is not served from the add-in's URL https://localhost:3000/",
    ]);
  });
});
