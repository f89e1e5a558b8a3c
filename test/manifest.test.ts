/** The add-in manifest passes the schema and the reference checks, and broken copies of it fail them. */
import fs from "node:fs";
import path from "node:path";
import { checkManifestReferences, checkManifestSchema, readPngSize } from "../scripts/check-manifest";

const ROOT = path.resolve(__dirname, "..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The manifest with `from` replaced by `to`, failing the test when `from` is not there. */
function breakManifest(from: string | RegExp, to: string): string {
  const broken = manifest.replace(from, to);
  expect(broken).not.toBe(manifest);
  return broken;
}

describe("manifest.xml", () => {
  it("passes the Office add-in schema", async () => {
    expect(await checkManifestSchema(manifest)).toEqual([]);
  });

  it("resolves every resid, uses https only, and has icons of 16, 32 and 80 pixels", () => {
    expect(checkManifestReferences(manifest, ROOT)).toEqual([]);
  });

  it("puts an Import exhibit button in a Crossfoot group on the Home tab that shows the task pane", () => {
    expect(manifest).toMatch(
      /<OfficeTab id="TabHome">\s*<Group id="Crossfoot.Group">\s*<Label resid="Group.Label"\/>/,
    );
    expect(manifest).toContain('<bt:String id="Group.Label" DefaultValue="Crossfoot"/>');
    expect(manifest).toContain('<bt:String id="ImportButton.Label" DefaultValue="Import exhibit"/>');
    expect(manifest).toMatch(
      /<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/,
    );
  });

  it("has no Requirements inside VersionOverrides (it would hide the button on older clients)", () => {
    const overrides = manifest.slice(manifest.indexOf("<VersionOverrides"));
    expect(overrides).not.toContain("<Requirements");
  });
});

describe("a broken manifest", () => {
  it("fails the schema when elements are out of order", async () => {
    const broken = breakManifest(/(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, "$3$2$1");
    expect(await checkManifestSchema(broken)).toEqual([
      expect.stringMatching(
        /Element '\{[^}]*\}Version': This element is not expected. Expected is \( \{[^}]*\}Id \)/,
      ),
    ]);
  });

  it("fails the schema when a Requirements element sits in the wrong place", async () => {
    const broken = breakManifest(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>",
    );
    expect(await checkManifestSchema(broken)).not.toEqual([]);
  });

  it("fails the reference check when a resid names nothing", () => {
    const broken = breakManifest(/\s*<bt:String id="ImportButton.Tooltip"[^>]*\/>/, "");
    expect(checkManifestReferences(broken, ROOT)).toEqual([
      'resid "ImportButton.Tooltip" names no bt:Image, bt:Url or bt:String',
    ]);
  });

  it("fails the reference check on a plain http URL", () => {
    const broken = breakManifest(
      'id="Taskpane.Url" DefaultValue="https://',
      'id="Taskpane.Url" DefaultValue="http://',
    );
    expect(checkManifestReferences(broken, ROOT)).toEqual([
      "URL is not https: http://localhost:3000/taskpane.html",
    ]);
  });

  it("fails the reference check when an icon has the wrong size or is missing", () => {
    const wrongSize = breakManifest('assets/icon-80.png"/>', 'assets/icon-64.png"/>');
    expect(checkManifestReferences(wrongSize, ROOT)).toContain(
      "icon https://localhost:3000/assets/icon-64.png is 64x64, not 80x80",
    );
    const missing = breakManifest(/\s*<bt:Image size="80" resid="Icon.80x80"\/>/, "");
    expect(checkManifestReferences(missing, ROOT)).toEqual(["an <Icon> has no 80px image"]);
  });
});

describe("readPngSize", () => {
  it("reads the committed icons' sizes and rejects bytes that are not a PNG", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(readPngSize(fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
    expect(readPngSize(Buffer.from("GIF89a, not a png at all"))).toBeNull();
  });
});
