import { sumTolerance, unitOf } from "./tolerance";

describe("unitOf", () => {
  it.each<[string | null, string]>([
    ["53001", "1"],
    ["-2118", "1"],
    ["-0.04", "0.01"],
    ["0.00", "0.01"],
    ["54.9", "0.1"],
    ["650000000.00", "0.01"],
    ["0.7353", "0.0001"],
    [null, "1"],
  ])("%s -> %s", (value, unit) => {
    expect(unitOf(value).toString()).toBe(unit);
  });
});

describe("sumTolerance", () => {
  it.each<[string, number, string]>([
    ["53001", 6, "3"],
    ["38997", 7, "3.5"],
    ["9760705.56", 10, "0.05"],
  ])("%s over %d terms -> %s", (value, terms, tolerance) => {
    expect(sumTolerance(value, terms).toString()).toBe(tolerance);
  });
});
