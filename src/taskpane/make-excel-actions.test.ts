import { describeProgress } from "./make-excel-actions";

describe("describeProgress", () => {
  it.each([
    [{ stage: "reading" } as const, 0.05, "Reading the workbook…"],
    [{ stage: "planning" } as const, 0.15, "Planning the sheets…"],
    [{ stage: "writing", batch: 1, batches: 1 } as const, 0.2, "Writing the sheets…"],
    [{ stage: "writing", batch: 3, batches: 4 } as const, 0.2 + 0.75 * 0.5, "Writing part 3 of 4…"],
    [{ stage: "cleaning-up" } as const, 1, "Excel refused the write; removing the sheets it had started…"],
    [{ stage: "done" } as const, 1, "Done."],
  ])("%o", (progress, fraction, message) => {
    const described = describeProgress(progress);
    expect(described.fraction).toBeCloseTo(fraction, 10);
    expect(described.message).toBe(message);
  });

  it("never goes backwards while writing batches", () => {
    const fractions = [1, 2, 3, 4, 5].map(
      (batch) => describeProgress({ stage: "writing", batch, batches: 5 }).fraction,
    );
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(Math.max(...fractions)).toBeLessThan(1);
  });
});
