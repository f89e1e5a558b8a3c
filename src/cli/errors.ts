/** The few failures of the host or of I/O, caught at the CLI or UI boundary and shown in words. */

/** The input could not be read at all (missing file, a directory, no permission). */
export class InputError extends Error {
  override name = "InputError";
}

/** The command line was not understood. */
export class UsageError extends Error {
  override name = "UsageError";
}
