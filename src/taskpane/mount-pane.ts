/**
 * The task pane's behaviour over the elements of taskpane.html: read an exhibit (paste or file),
 * preview it, write it through the actions it is given, and list the findings. Exhibit text only
 * ever reaches the page through `textContent` and form values.
 */
import { exhibitFromClipboard } from "./exhibit-from-clipboard";
import { InputError, WorkbookWriteError } from "../errors";
import { plural } from "../model/plural";
import type { InspectResult } from "../model/statement";
import { decodeInput, MAX_INPUT_BYTES } from "../read/decode-input";
import type { FindingCell } from "../model/workbook-plan";
import type { EarlierImport, PaneActions, PaneTheme, ReplaceChoice, WriteOutcome } from "./pane-actions";
import { summarizeResult, type FindingSummary, type ResultSummary } from "./summarize-result";

/** Text longer than this is kept out of the text box, which would grow slow to edit. */
const MAX_SHOWN_CHARS = 1_000_000;
const PASTED_NAME = "pasted exhibit";
/** The performance mark set once the pane answers input. */
export const READY_MARK = "crossfoot-pane-ready";
const SEVERITY_WORDS = { error: "Error", warning: "Warning", info: "Info" } as const;
const SEVERITY_ICONS = { error: "✕", warning: "!", info: "i" } as const;

/** The element of `id`, of the expected type; a missing element is a bug in taskpane.html. */
function getElement<T extends HTMLElement>(doc: Document, id: string, type: { new (): T }): T {
  const element = doc.getElementById(id);
  if (!(element instanceof type)) throw new Error(`taskpane.html has no <${type.name}> #${id}`);
  return element;
}

/** Resolves after the browser has painted, so a status set before a long task shows first. */
function waitForPaint(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, 100);
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        win.clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** `'IS 3M 2003-12-31'!C12`, as Excel writes a reference to a cell on another sheet. */
function describeCell(cell: FindingCell): string {
  return `'${cell.sheet.replace(/'/g, "''")}'!${cell.address}`;
}

/** In words for the user: what went wrong while writing or reading. */
function describeError(error: unknown, doing: string): string {
  if (error instanceof WorkbookWriteError) {
    const state = error.cleanedUp
      ? "The workbook is as it was before."
      : "Some sheets may have been added before it stopped.";
    return `${error.message} ${state} (Excel said: ${error.detail})`;
  }
  if (error instanceof InputError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not ${doing}: ${detail}`;
}

/** The bundled sample exhibit, loaded on demand (it is a chunk of its own). */
export type LoadSample = () => Promise<{ text: string; name: string }>;

/** `loadSample` offers the "Try a sample" button; without it the button stays hidden. */
export function mountPane(
  doc: Document,
  actions: PaneActions,
  theme: PaneTheme,
  loadSample?: LoadSample,
): void {
  const shown = doc.defaultView;
  if (shown === null) throw new Error("mountPane needs a document shown in a window");
  const win: Window = shown;
  const pane = getElement(doc, "pane", HTMLElement);
  const textBox = getElement(doc, "exhibit-text", HTMLTextAreaElement);
  const previewButton = getElement(doc, "preview-button", HTMLButtonElement);
  const openButton = getElement(doc, "open-button", HTMLButtonElement);
  const fileInput = getElement(doc, "file-input", HTMLInputElement);
  const sourceName = getElement(doc, "source-name", HTMLElement);
  const status = getElement(doc, "status", HTMLElement);
  const errorBox = getElement(doc, "error", HTMLElement);
  const errorText = getElement(doc, "error-text", HTMLElement);
  const preview = getElement(doc, "preview", HTMLElement);
  const summaryText = getElement(doc, "summary", HTMLElement);
  const statementList = getElement(doc, "statement-list", HTMLUListElement);
  const question = getElement(doc, "question", HTMLElement);
  const questionText = getElement(doc, "question-text", HTMLElement);
  const replaceButton = getElement(doc, "replace-button", HTMLButtonElement);
  const addButton = getElement(doc, "add-button", HTMLButtonElement);
  const cancelButton = getElement(doc, "cancel-button", HTMLButtonElement);
  const writeButton = getElement(doc, "write-button", HTMLButtonElement);
  const progress = getElement(doc, "progress", HTMLProgressElement);
  const download = getElement(doc, "download", HTMLElement);
  const downloadLink = getElement(doc, "download-link", HTMLAnchorElement);
  const findingsSection = getElement(doc, "findings", HTMLElement);
  const findingsHint = getElement(doc, "findings-hint", HTMLElement);
  const findingList = getElement(doc, "finding-list", HTMLUListElement);
  const sampleButton = getElement(doc, "sample-button", HTMLButtonElement);

  /** The exhibit as last opened or pasted: a file's text stays here when too long to show. */
  let source: { text: string; name: string } | null = null;
  let current: { text: string; name: string; result: InspectResult; summary: ResultSummary } | null = null;
  let busy = false;

  if (theme !== null) doc.documentElement.dataset.theme = theme;
  writeButton.textContent = actions.target === "excel" ? "Write to workbook" : "Download .xlsx";

  function setBusy(value: boolean): void {
    busy = value;
    pane.setAttribute("aria-busy", String(value));
    for (const button of [previewButton, openButton, writeButton, sampleButton]) button.disabled = value;
    textBox.readOnly = value;
  }

  function showError(message: string): void {
    errorText.textContent = message;
    errorBox.hidden = false;
  }

  function clearError(): void {
    errorText.textContent = "";
    errorBox.hidden = true;
  }

  function clearResult(): void {
    current = null;
    preview.hidden = true;
    findingsSection.hidden = true;
    download.hidden = true;
    progress.hidden = true;
  }

  function renderStatements(summary: ResultSummary): void {
    statementList.replaceChildren(
      ...summary.statements.map((statement) => {
        const item = doc.createElement("li");
        const title = doc.createElement("span");
        title.className = "statement-title";
        title.textContent = statement.title;
        const meta = doc.createElement("span");
        meta.className = "hint";
        meta.textContent = `${statement.kind}, ${plural(statement.rows, "row")}, ${statement.lines}`;
        const periods = doc.createElement("ul");
        periods.className = "periods";
        periods.append(
          ...statement.periods.map((period) => {
            const entry = doc.createElement("li");
            entry.textContent = period;
            return entry;
          }),
        );
        item.append(title, meta, periods);
        return item;
      }),
    );
  }

  /** The finding's row of the list: a button that selects its cell when there is one to select. */
  function renderFinding(finding: FindingSummary, cell: FindingCell | undefined): HTMLLIElement {
    const item = doc.createElement("li");
    const selectable = cell !== undefined && actions.select !== undefined;
    const body = doc.createElement(selectable ? "button" : "div");
    body.className = `finding ${finding.severity}`;
    const icon = doc.createElement("span");
    icon.className = "severity-icon";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = SEVERITY_ICONS[finding.severity];
    const text = doc.createElement("span");
    text.className = "finding-text";
    const severity = doc.createElement("strong");
    severity.textContent = `${SEVERITY_WORDS[finding.severity]}: `;
    const message = doc.createElement("span");
    message.textContent = finding.message;
    const place = doc.createElement("span");
    place.className = "finding-place";
    place.textContent = [finding.place, cell === undefined ? "" : `cell ${describeCell(cell)}`]
      .filter((part) => part !== "")
      .join(", ");
    text.append(severity, message, place);
    body.append(icon, text);
    if (body instanceof HTMLButtonElement && cell !== undefined) {
      body.type = "button";
      body.tabIndex = -1;
      body.addEventListener("click", () => void selectFinding(body, cell));
    }
    item.append(body);
    return item;
  }

  function renderFindings(summary: ResultSummary, cells: FindingCell[] | null): void {
    const byFinding = new Map((cells ?? []).map((cell) => [cell.finding, cell]));
    findingList.replaceChildren(
      ...summary.findings.map((finding) => renderFinding(finding, byFinding.get(finding.index))),
    );
    const first = findingList.querySelector("button");
    if (first !== null) first.tabIndex = 0;
    const { error, warning, info } = summary.counts;
    const counts = `${plural(error, "error")}, ${plural(warning, "warning")}, ${plural(info, "remark")}.`;
    if (summary.findings.length === 0) findingsHint.textContent = "No findings: every check agrees.";
    else if (cells === null)
      findingsHint.textContent = `${counts} After writing, each one links to its cell.`;
    else if (first !== null)
      findingsHint.textContent = `${counts} Choose a finding to select its cell; arrow keys move in the list.`;
    else findingsHint.textContent = counts;
    findingsSection.hidden = false;
  }

  async function selectFinding(button: HTMLButtonElement, cell: FindingCell): Promise<void> {
    if (actions.select === undefined) return;
    for (const other of findingList.querySelectorAll("button")) other.tabIndex = other === button ? 0 : -1;
    clearError();
    try {
      await actions.select(cell);
      status.textContent = `Selected ${describeCell(cell)}.`;
    } catch (error) {
      showError(describeError(error, `select ${describeCell(cell)}`));
    }
  }

  async function readExhibit(text: string, name: string): Promise<void> {
    if (busy) return;
    clearError();
    clearResult();
    setBusy(true);
    status.textContent = `Reading ${name}…`;
    try {
      await waitForPaint(win);
      const result = actions.convert(text, name);
      const summary = summarizeResult(result, text);
      if (summary.blocked !== null) {
        status.textContent = "Nothing to write.";
        showError(summary.blocked);
        return;
      }
      current = { text, name, result, summary };
      const found = `${plural(summary.statements.length, "statement")} and ${plural(summary.findings.length, "finding")}`;
      summaryText.textContent = `${name}: ${found} in ${plural(result.source.lines, "line")}.`;
      renderStatements(summary);
      renderFindings(summary, null);
      preview.hidden = false;
      status.textContent = `Found ${found}.`;
    } catch (error) {
      // reading never throws on any input: this is a bug, shown to the user and then reported as one
      status.textContent = "";
      showError(
        describeError(error, `read ${name} (this is a bug in Crossfoot; please report it with the exhibit)`),
      );
      throw error;
    } finally {
      setBusy(false);
    }
  }

  /** Shows the question and resolves with the user's answer; Escape cancels. */
  function askReplace(earlier: EarlierImport): Promise<ReplaceChoice> {
    const when = earlier.importedAt === null ? "" : ` on ${earlier.importedAt.slice(0, 10)}`;
    questionText.textContent = `${earlier.exhibit} was imported before${when} (${plural(earlier.sheets, "sheet")}). Replace Crossfoot's earlier sheets, or add a new copy?`;
    question.hidden = false;
    replaceButton.focus();
    return new Promise((resolve) => {
      const answer = (choice: ReplaceChoice) => () => {
        question.hidden = true;
        replaceButton.onclick = addButton.onclick = cancelButton.onclick = question.onkeydown = null;
        writeButton.focus();
        resolve(choice);
      };
      replaceButton.onclick = answer("replace");
      addButton.onclick = answer("add");
      cancelButton.onclick = answer("cancel");
      question.onkeydown = (event) => {
        if (event.key === "Escape") answer("cancel")();
      };
    });
  }

  function offerDownload(file: NonNullable<WriteOutcome["file"]>): void {
    const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    if (downloadLink.href.startsWith("blob:")) URL.revokeObjectURL(downloadLink.href);
    downloadLink.href = URL.createObjectURL(blob);
    downloadLink.download = file.name;
    downloadLink.textContent = file.name;
    download.hidden = false;
    downloadLink.click();
  }

  async function writeWorkbook(): Promise<void> {
    if (busy || current === null) return;
    const { text, name, result, summary } = current;
    clearError();
    download.hidden = true;
    setBusy(true);
    progress.value = 0;
    progress.hidden = false;
    status.textContent = actions.target === "excel" ? "Writing to the workbook…" : "Building the workbook…";
    try {
      await waitForPaint(win);
      const outcome = await actions.write(
        { text, name, result },
        {
          onProgress: ({ fraction, message }) => {
            progress.value = Math.min(Math.max(fraction, 0), 1);
            status.textContent = message;
          },
          askReplace,
        },
      );
      if (outcome === null) {
        status.textContent = "Cancelled: nothing was written.";
        return;
      }
      progress.value = 1;
      if (outcome.file !== null) offerDownload(outcome.file);
      renderFindings(summary, outcome.findingCells);
      status.textContent =
        outcome.file === null
          ? `Wrote ${plural(outcome.sheets.length, "sheet")} to the workbook.`
          : `Saved ${outcome.file.name} with ${plural(outcome.sheets.length, "sheet")}.`;
    } catch (error) {
      status.textContent = "Nothing was written.";
      showError(describeError(error, "write the workbook"));
      if (!(error instanceof WorkbookWriteError)) throw error;
    } finally {
      progress.hidden = true;
      setBusy(false);
    }
  }

  async function openFile(file: File): Promise<void> {
    clearError();
    if (file.size > MAX_INPUT_BYTES) {
      showError(
        `${file.name} is ${Math.round(file.size / 1048576)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit; open the EX-99 document alone.`,
      );
      return;
    }
    let text: string;
    try {
      // the command line's decoder: byte-order marks, UTF-8, else Windows-1252
      text = decodeInput(new Uint8Array(await file.arrayBuffer())).text;
    } catch (error) {
      showError(
        describeError(new InputError(`Could not read ${file.name}: ${String(error)}`), "read the file"),
      );
      return;
    }
    source = { text, name: file.name };
    textBox.value = text.length > MAX_SHOWN_CHARS ? "" : text;
    textBox.placeholder =
      text.length > MAX_SHOWN_CHARS ? `${file.name} is open (too long to show here).` : "";
    sourceName.textContent = `Opened ${file.name}.`;
    await readExhibit(text, file.name);
  }

  async function openSample(load: LoadSample): Promise<void> {
    if (busy) return;
    clearError();
    let sample: { text: string; name: string };
    try {
      sample = await load();
    } catch (error) {
      showError(describeError(error, "load the sample exhibit"));
      return;
    }
    source = sample;
    textBox.value = sample.text;
    textBox.placeholder = "";
    sourceName.textContent = `Opened the sample exhibit, ${sample.name}.`;
    await readExhibit(sample.text, sample.name);
  }

  function readTextBox(): Promise<void> {
    const name = source?.name ?? PASTED_NAME;
    return readExhibit(source?.text ?? textBox.value, name);
  }

  function moveInFindings(event: KeyboardEvent): void {
    const buttons = [...findingList.querySelectorAll("button")];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = buttons[Math.min(Math.max(to, 0), buttons.length - 1)];
    if (next === undefined) return;
    for (const button of buttons) button.tabIndex = button === next ? 0 : -1;
    next.focus();
  }

  if (loadSample === undefined) sampleButton.hidden = true;
  else sampleButton.addEventListener("click", () => void openSample(loadSample));
  previewButton.addEventListener("click", () => void readTextBox());
  openButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (file !== undefined) void openFile(file);
  });
  textBox.addEventListener("input", () => {
    source = null;
    textBox.placeholder = "";
    sourceName.textContent = "";
  });
  textBox.addEventListener("paste", (event) => {
    const data = event.clipboardData;
    const plain = data?.getData("text/plain") ?? "";
    const exhibit = exhibitFromClipboard({ html: data?.getData("text/html") ?? "", plain });
    if (data === null || exhibit === plain) {
      win.setTimeout(() => void readTextBox(), 0);
      return;
    }
    // a table copied from a browser or a spreadsheet: the box shows its text, the reader gets its cells
    event.preventDefault();
    textBox.value = plain;
    source = { text: exhibit, name: PASTED_NAME };
    sourceName.textContent = "Pasted a table.";
    void readExhibit(exhibit, PASTED_NAME);
  });
  pane.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
  });
  pane.addEventListener("drop", (event) => {
    const file = event.dataTransfer?.files[0];
    if (file === undefined) return;
    event.preventDefault();
    if (!busy) void openFile(file);
  });
  writeButton.addEventListener("click", () => void writeWorkbook());
  findingList.addEventListener("keydown", moveInFindings);
  pane.setAttribute("aria-busy", "false");
  // for the benchmark: when the pane became usable, on the page's clock
  win.performance.mark(READY_MARK);
}
