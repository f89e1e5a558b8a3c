import { packBatches, StepTooLargeError } from "./pack-batches";

describe("packBatches", () => {
  it.each([
    [
      "everything fits one request",
      [{ bytes: 30 }, { bytes: 40 }],
      100,
      0,
      [
        [
          [0, 0, 0],
          [1, 0, 0],
        ],
      ],
    ],
    [
      "a step that does not fit starts the next",
      [{ bytes: 60 }, { bytes: 50 }],
      100,
      0,
      [[[0, 0, 0]], [[1, 0, 0]]],
    ],
    [
      "the overhead counts in every request",
      [{ bytes: 45 }, { bytes: 45 }],
      100,
      20,
      [[[0, 0, 0]], [[1, 0, 0]]],
    ],
    [
      "rows fill what is left, then the next requests",
      [{ bytes: 60 }, { bytes: 30 }, { bytes: 130, rowBytes: [40, 40, 40] }],
      100,
      0,
      [
        [
          [0, 0, 0],
          [1, 0, 0],
        ],
        [[2, 0, 2]],
        [[2, 2, 3]],
      ],
    ],
    [
      "rows start in the same request when one fits",
      [{ bytes: 50 }, { bytes: 90, rowBytes: [40, 40] }],
      100,
      0,
      [
        [
          [0, 0, 0],
          [1, 0, 1],
        ],
        [[1, 1, 2]],
      ],
    ],
    ["a step without rows keeps its place", [{ bytes: 10, rowBytes: [] }], 100, 0, [[[0, 0, 0]]]],
    ["no steps is one empty request", [], 100, 0, [[]]],
  ])("%s", (_, steps, budget, overhead, expected) => {
    const batches = packBatches(steps, budget, overhead).map((batch) =>
      batch.map((slice) => [slice.step, slice.fromRow, slice.toRow]),
    );
    expect(batches).toEqual(expected);
  });

  it("refuses a step or a row larger than a whole request", () => {
    expect(() => packBatches([{ bytes: 120 }], 100, 0)).toThrow(StepTooLargeError);
    expect(() => packBatches([{ bytes: 130, rowBytes: [20, 110] }], 100, 0)).toThrow(StepTooLargeError);
  });
});
