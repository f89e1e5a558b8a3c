"use strict";
/**
 * How to sideload the add-in into Excel desktop, as data: the steps that register the manifest,
 * launch Excel, and undo the registration. Windows lists developer add-ins in the registry, macOS
 * reads manifests from Excel's `wef` folder; other platforms have no Excel desktop.
 *
 *   planSideload("darwin", { manifest: "/repo/manifest.xml", id: "477b...", home: "/Users/ann" })
 *     -> { register: [{ copy: ["/repo/manifest.xml", "/Users/ann/Library/Containers/com.microsoft.Excel/Data/Documents/wef/477b....manifest.xml"] }], ... }
 */
const fs = require("node:fs");
const path = require("node:path");

const WINDOWS_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const MAC_WEF = ["Library", "Containers", "com.microsoft.Excel", "Data", "Documents", "wef"];

/** The add-in's Id (a GUID) from the manifest's text. */
function readAddinId(manifestText) {
  const match = /<Id>\s*([0-9a-fA-F-]{36})\s*<\/Id>/.exec(manifestText);
  if (match === null) throw new Error("manifest.xml has no <Id> GUID");
  return match[1];
}

/**
 * Steps per platform, each `{ run: [command, ...args] }`, `{ copy: [from, to] }` or `{ remove: file }`;
 * null where Excel desktop does not exist (Linux).
 */
function planSideload(platform, { manifest, id, home }) {
  if (platform === "win32") {
    return {
      register: [{ run: ["reg", "add", WINDOWS_KEY, "/v", id, "/t", "REG_SZ", "/d", manifest, "/f"] }],
      launch: [{ run: ["cmd", "/c", "start", "", "excel"] }],
      unregister: [{ run: ["reg", "delete", WINDOWS_KEY, "/v", id, "/f"] }],
    };
  }
  if (platform === "darwin") {
    const target = path.posix.join(home, ...MAC_WEF, `${id}.manifest.xml`);
    return {
      register: [{ copy: [manifest, target] }],
      launch: [{ run: ["open", "-a", "Microsoft Excel"] }],
      unregister: [{ remove: target }],
    };
  }
  return null;
}

/** Carries out steps; `spawn` is child_process.spawnSync or a stand-in. Returns the failures, in words. */
function runSteps(steps, spawn) {
  const failures = [];
  for (const step of steps) {
    try {
      if (step.copy) {
        fs.mkdirSync(path.dirname(step.copy[1]), { recursive: true });
        fs.copyFileSync(step.copy[0], step.copy[1]);
      } else if (step.remove) {
        fs.rmSync(step.remove, { force: true });
      } else {
        const [command, ...args] = step.run;
        const result = spawn(command, args, { stdio: "inherit" });
        if (result.error) failures.push(`${command}: ${result.error.message}`);
        else if (result.status !== 0) failures.push(`${command} exited with ${result.status}`);
      }
    } catch (error) {
      failures.push(error.message);
    }
  }
  return failures;
}

module.exports = { planSideload, readAddinId, runSteps };
