/**
 * The generated-layout properties on 1,000 seeded exhibits, each drawing its layout features at
 * random from all of them (`scripts/generated-report.js` runs each feature alone and prints what fails):
 *  (A) every generated total, per-share and percent row gets its formula, and no error finding;
 *  (B) with one printed figure changed in a table of two period columns or more, exactly one
 *      error finding, at that figure's column, on its row or on the one total it is a term of.
 */
import { checkClean, checkInjected, generate, injectError } from "./check-generated";
import { FEATURES } from "./features";
import { makeRandom } from "./random";
import { runProperties } from "./run-properties";

const COUNT = 1000;

describe("generated layouts", () => {
  it(`hold both properties on ${COUNT} seeded exhibits with every layout feature`, () => {
    const started = Date.now();
    const outcome = runProperties(new Set(FEATURES), COUNT);
    console.log(
      `generated layouts: ${outcome.exhibits} exhibits, ${outcome.cleanFailures} fail A, ` +
        `${outcome.injectedFailures} fail B, ${outcome.notInjected} without a figure to change, ` +
        `${Date.now() - started} ms; features: ${FEATURES.join(", ")}`,
    );
    expect(outcome.smallest?.failures ?? []).toEqual([]);
    expect(outcome.failed).toBe(0);
    // Exhibits whose tables all have one period column get no injected error (see injectError).
    expect(outcome.notInjected).toBeLessThan(COUNT / 5);
  });

  it("is the same exhibit for the same seed, and another for another", () => {
    const all = new Set(FEATURES);
    expect(generate(7, all).rendered.text).toBe(generate(7, all).rendered.text);
    expect(generate(8, all).rendered.text).not.toBe(generate(7, all).rendered.text);
  });

  it("can fail: a converter that reads nothing misses every formula and the injected error", () => {
    const generated = generate(3, new Set(FEATURES));
    const empty = {
      source: { name: "", lines: 0, company: null },
      statements: [],
      relations: [],
      findings: [],
      checks: [],
    };
    expect(checkClean(generated, () => empty).length).toBeGreaterThan(0);
    const injected = injectError(generated, makeRandom(3));
    expect(injected).not.toBeNull();
    if (injected !== null) expect(checkInjected(injected, () => empty)).toHaveLength(1);
  });
});
