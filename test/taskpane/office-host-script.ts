/**
 * The script the browser tests serve in place of office.js to play Excel: the genuine Excel client
 * library (`@microsoft/office-js`, pinned), told it runs in Excel, whose requests go to
 * `window.crossfootAnswer(requestText)` (a function the test exposes from Node, where a
 * RecordingHost answers and records them).
 */
import fs from "node:fs";
import { OFFICE_JS_FILE } from "../excel/load-office-js";

/** Browser-side: Office says "Excel" and every `context.sync()` is answered by the test. */
const SHIM = `
(function () {
  var office = window.Office;
  office.HostType = office.HostType || { Excel: "Excel" };
  var info = { host: office.HostType.Excel, platform: "OfficeOnline" };
  office.onReady = function (callback) {
    if (callback) setTimeout(function () { callback(info); }, 0);
    return Promise.resolve(info);
  };
  office.context = {
    requirements: {
      isSetSupported: function (name, version) {
        var wanted = String(version || "1.1").split(".").map(Number);
        return name === "ExcelApi" && (wanted[0] < 1 || (wanted[0] === 1 && (wanted[1] || 0) <= 9));
      }
    }
  };
  window.OSF.DDA.RichApi.executeRichApiRequestAsync = function (message, callback) {
    window.crossfootAnswer(String(message[4])).then(function (body) {
      callback({ status: "succeeded", value: { data: [200, [], body] } });
    });
  };
})();
`;

export function makeOfficeHostScript(): string {
  return `${fs.readFileSync(OFFICE_JS_FILE, "utf8")}\n${SHIM}`;
}
