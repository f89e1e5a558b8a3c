/** `npm start` sideloads into Excel desktop where there is one: the registry on Windows, the wef folder on macOS. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { planSideload, readAddinId, runSteps } from "../../scripts/sideload";

const MANIFEST = path.resolve(__dirname, "../../manifest.xml");
const ID = readAddinId(fs.readFileSync(MANIFEST, "utf8"));

describe("sideloading", () => {
  it("reads the manifest's GUID", () => {
    expect(ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(() => readAddinId("<OfficeApp></OfficeApp>")).toThrow(/no <Id>/);
  });

  it("registers the manifest under WEF\\Developer on Windows and removes it afterwards", () => {
    const plan = planSideload("win32", {
      manifest: "C:\\repo\\manifest.xml",
      id: ID,
      home: "C:\\Users\\ann",
    });
    expect(plan?.register).toEqual([
      {
        run: [
          "reg",
          "add",
          "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer",
          "/v",
          ID,
          "/t",
          "REG_SZ",
          "/d",
          "C:\\repo\\manifest.xml",
          "/f",
        ],
      },
    ]);
    expect(plan?.unregister).toEqual([
      { run: ["reg", "delete", "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer", "/v", ID, "/f"] },
    ]);
  });

  it("copies the manifest into Excel's wef folder on macOS, and the copy is removed again", () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "crossfoot-home-"));
    const plan = planSideload("darwin", { manifest: MANIFEST, id: ID, home });
    if (plan === null) throw new Error("macOS has Excel desktop");
    const target = path.join(
      home,
      "Library/Containers/com.microsoft.Excel/Data/Documents/wef",
      `${ID}.manifest.xml`,
    );
    expect(runSteps(plan.register, () => ({ status: 0 }))).toEqual([]);
    expect(fs.readFileSync(target, "utf8")).toBe(fs.readFileSync(MANIFEST, "utf8"));
    expect(runSteps(plan.unregister, () => ({ status: 0 }))).toEqual([]);
    expect(fs.existsSync(target)).toBe(false);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it("has nothing to sideload into on Linux", () => {
    expect(planSideload("linux", { manifest: MANIFEST, id: ID, home: "/root" })).toBeNull();
  });

  it("reports a command that fails or cannot start, in words", () => {
    const steps = [{ run: ["reg", "add"] }, { run: ["open", "-a", "Microsoft Excel"] }];
    const spawn = (command: string) =>
      command === "reg" ? { status: 1 } : { error: new Error("spawn open ENOENT"), status: null };
    expect(runSteps(steps, spawn)).toEqual(["reg exited with 1", "open: spawn open ENOENT"]);
  });
});
