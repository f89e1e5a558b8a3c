/**
 * Runs the generated-layout properties over many seeds: for one feature set (the jest test), or
 * per feature (the report script), keeping the smallest failing exhibit.
 */
import { convertExhibit } from "../../src/convert-exhibit";
import type { Convert } from "./check-generated";
import { checkClean, checkInjected, generate, injectError } from "./check-generated";
import type { Feature, FeatureSet } from "./features";
import { FEATURES } from "./features";
import { makeRandom } from "./random";

export interface Failure {
  seed: number;
  lines: number;
  text: string;
  failures: string[];
}

export interface Outcome {
  exhibits: number;
  /** Exhibits where property A failed, where property B failed, and where either did. */
  cleanFailures: number;
  injectedFailures: number;
  failed: number;
  /** Exhibits where no figure could be changed alone (property B not run). */
  notInjected: number;
  smallest: Failure | null;
}

export function runProperties(
  features: FeatureSet,
  count: number,
  firstSeed = 1,
  convert: Convert = convertExhibit,
): Outcome {
  const outcome: Outcome = {
    exhibits: 0,
    cleanFailures: 0,
    injectedFailures: 0,
    failed: 0,
    notInjected: 0,
    smallest: null,
  };
  const keep = (seed: number, text: string, failures: string[]): void => {
    const lines = text.split("\n").length;
    if (outcome.smallest === null || lines < outcome.smallest.lines)
      outcome.smallest = { seed, lines, text, failures };
  };
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    outcome.exhibits += 1;
    const generated = generate(seed, features);
    const clean = checkClean(generated, convert);
    if (clean.length > 0) outcome.cleanFailures += 1;
    const injected = injectError(generated, makeRandom(seed ^ 0x5eed));
    const broken = injected === null ? [] : checkInjected(injected, convert);
    if (injected === null) outcome.notInjected += 1;
    if (broken.length > 0) outcome.injectedFailures += 1;
    if (clean.length > 0) keep(seed, generated.rendered.text, clean);
    else if (broken.length > 0 && injected !== null) keep(seed, injected.generated.rendered.text, broken);
    if (clean.length > 0 || broken.length > 0) outcome.failed += 1;
  }
  return outcome;
}

export interface FeatureOutcome extends Outcome {
  feature: Feature | "(plain)" | "(all)";
}

/** The plain layout, each feature alone on top of it, then every feature at once. */
export function runFeatureReport(count: number): { features: FeatureOutcome[] } {
  const sets: [FeatureOutcome["feature"], FeatureSet][] = [
    ["(plain)", new Set()],
    ...FEATURES.map((f): [Feature, FeatureSet] => [f, new Set([f])]),
    ["(all)", new Set(FEATURES)],
  ];
  return { features: sets.map(([feature, set]) => ({ feature, ...runProperties(set, count) })) };
}
