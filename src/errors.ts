/**
 * The few failures of the host or of I/O, caught at the CLI or task-pane boundary and shown in
 * words. Problems in the exhibit are findings, never these; bugs are thrown and never caught.
 */

/** The input could not be read at all (missing file, a directory, no permission). */
export class InputError extends Error {
  override name = "InputError";
}

/** The command line was not understood. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** An output file could not be written (missing directory, no permission, a full disk). */
export class OutputError extends Error {
  override name = "OutputError";
}

/** The user cancelled an import before anything was written (thrown out of planning, caught by the pane). */
export class ImportCancelled extends Error {
  override name = "ImportCancelled";
}

/**
 * Excel rejected a batch. `cleanedUp` says whether the sheets this import added were removed
 * again, so the workbook is as it was; `detail` is the host's own message.
 */
export class WorkbookWriteError extends Error {
  override name = "WorkbookWriteError";
  constructor(
    message: string,
    readonly detail: string,
    readonly cleanedUp: boolean,
  ) {
    super(message);
  }
}
