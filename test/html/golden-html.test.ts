/**
 * Golden files per stage boundary for three HTML exhibits of different generators: Workiva (Apple
 * 2024), an older generator that splits figures over cells (Apple 2004) and Oracle's long non-GAAP
 * reconciliations; see `../golden-stages.ts` for the stages and how to regenerate them.
 */
import { testGoldenStages } from "../golden-stages";
import { htmlExhibit } from "./exhibits";

describe.each(["006_apple-2024q1.htm", "001_apple-computer-2004q3.htm", "004_oracle-fy2022q4.htm"])(
  "golden files of %s",
  (name) => {
    testGoldenStages(name.replace(/^\d+_/, "").replace(/\.htm$/, ""), name, htmlExhibit(name).text);
  },
);
