/**
 * Golden files per stage boundary for the Mpower fixtures and every other shared text exhibit
 * (read in place); see `golden-stages.ts` for the stages and how to regenerate them.
 */
import type { Exhibit } from "./exhibits";
import { fixture, sharedTextExhibits } from "./exhibits";
import { testGoldenStages } from "./golden-stages";

/** The Mpower fixtures, then each shared text exhibit whose text is not one of them. */
function exhibits(): Exhibit[] {
  const fixtures = [fixture("mpower-2003q4.txt"), fixture("mpower-2004q2.txt")];
  const seen = new Set(fixtures.map((e) => e.text));
  return [...fixtures, ...sharedTextExhibits().filter((e) => !seen.has(e.text))];
}

describe.each(exhibits().map((e) => [e.name, e] as const))("golden files of %s", (name, exhibit) => {
  testGoldenStages(name.replace(/\.txt$/, ""), name, exhibit.text);
});
