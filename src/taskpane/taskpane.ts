/**
 * Entry of the task pane bundle: inside Excel the pane writes into the workbook; anywhere else
 * (a plain browser, or office.js unavailable) it offers the .xlsx as a download. The one place
 * that hands the Office writer (`src/excel/`) to the pane, whose other modules never reach it.
 */
import { detectExcel } from "../excel/detect-excel";
import { readOfficeTheme } from "../excel/read-office-theme";
import { selectCell } from "../excel/select-cell";
import { writePlanToExcel } from "../excel/write-plan-to-excel";
import { makeDownloadActions } from "./make-download-actions";
import { makeExcelActions } from "./make-excel-actions";
import { mountPane } from "./mount-pane";

/** The sample exhibit "Try a sample" opens: bundled at build time, fetched from the add-in on first use. */
async function loadSample(): Promise<{ text: string; name: string }> {
  const sample = await import(/* webpackChunkName: "sample" */ "../../test/fixtures/mpower-2003q4.txt");
  return { text: sample.default, name: "mpower-2003q4.txt" };
}

/** How long to wait for Office.js to say which host it is in. */
const HOST_TIMEOUT_MS = 5000;

async function startPane(): Promise<void> {
  const inExcel = await detectExcel(HOST_TIMEOUT_MS);
  mountPane(
    document,
    inExcel ? makeExcelActions({ writePlanToExcel, selectCell }) : makeDownloadActions(),
    inExcel ? readOfficeTheme() : null,
    loadSample,
  );
}

void startPane();
