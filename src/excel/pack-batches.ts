/**
 * Splits an ordered list of write steps into the fewest requests under a byte budget: steps stay in
 * order, and a step that holds rows (a sheet's cells) may be cut between rows to fill a request.
 *
 *   budget 100, steps [60, 30, rows 40+40+40]  ->  [[60, 30], [rows 0-1], [row 2]]
 *
 * Filling each request as far as it goes, in order, gives the fewest requests for steps that must
 * keep their order.
 */

export interface SizedStep {
  /** Bytes of the whole step: for a step with rows, its fixed part plus every row. */
  bytes: number;
  /** Bytes of each row, for a step that may be cut between rows; its fixed part is `bytes` minus their sum. */
  rowBytes?: readonly number[];
}

/** A step, or the rows `fromRow` (inclusive) to `toRow` (exclusive) of it. */
export interface StepSlice {
  step: number;
  fromRow: number;
  toRow: number;
}

export class StepTooLargeError extends Error {
  override name = "StepTooLargeError";
}

/** `overhead` is what every request costs before its steps (the sheets it addresses, suspending calculation). */
export function packBatches(steps: readonly SizedStep[], budget: number, overhead: number): StepSlice[][] {
  const batches: StepSlice[][] = [];
  let current: StepSlice[] = [];
  let room = budget - overhead;
  const close = (): void => {
    batches.push(current);
    current = [];
    room = budget - overhead;
  };
  steps.forEach((step, index) => {
    const rows = step.rowBytes;
    if (step.bytes <= room) {
      current.push({ step: index, fromRow: 0, toRow: rows?.length ?? 0 });
      room -= step.bytes;
      return;
    }
    if (!rows || rows.length === 0) {
      if (current.length > 0) close();
      if (step.bytes > room)
        throw new StepTooLargeError(`a step of ${step.bytes} bytes exceeds the budget of ${room}`);
      current.push({ step: index, fromRow: 0, toRow: 0 });
      room -= step.bytes;
      return;
    }
    const fixed = step.bytes - rows.reduce((sum, bytes) => sum + bytes, 0);
    let from = 0;
    while (from < rows.length) {
      let to = from;
      let used = fixed;
      while (to < rows.length && used + (rows[to] ?? 0) <= room) used += rows[to++] ?? 0;
      if (to === from) {
        if (current.length === 0) {
          throw new StepTooLargeError(
            `row ${from} of ${rows[from] ?? 0} bytes exceeds the budget of ${room - fixed}`,
          );
        }
        close();
        continue;
      }
      current.push({ step: index, fromRow: from, toRow: to });
      room -= used;
      from = to;
      if (from < rows.length) close();
    }
  });
  if (current.length > 0 || batches.length === 0) batches.push(current);
  return batches;
}
