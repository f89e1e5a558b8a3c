// Lint with the Office add-in rules (load before read, sync after load, isNullObject, prettier, ...).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/** Node's built-in modules and the packages that touch the outside world: no pure stage needs them. */
const IMPURE = [
  "node:*",
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "http",
  "https",
  "net",
  "worker_threads",
];
const STAGES = ["read", "interpret", "infer", "check", "plan"];
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "OfficeCore"];

function importZones() {
  const exceljs = {
    name: "exceljs",
    message: "Only src/xlsx/ imports exceljs (the .xlsx writer); pass its function in.",
  };
  const exceljsDeep = { group: ["exceljs/*"], message: exceljs.message };
  const zone = (files, patterns, ignores = []) => ({
    files,
    ignores,
    rules: {
      "no-restricted-imports": ["error", { paths: [exceljs], patterns: [exceljsDeep, ...patterns] }],
    },
  });
  const pure = { group: IMPURE, message: "A pure stage reads no files and starts no processes." };
  return [
    {
      files: ["src/**/*.ts"],
      ignores: ["src/excel/**"],
      rules: {
        "no-restricted-globals": [
          "error",
          ...OFFICE_GLOBALS.map((name) => ({
            name,
            message: "Only src/excel/ names Office.js (its values and its types); pass an action in.",
          })),
        ],
        // a type such as `Excel.Range` is no reference to the global, so the rule above misses it
        "no-restricted-syntax": [
          "error",
          {
            selector: `TSQualifiedName > Identifier.left[name=/^(${OFFICE_GLOBALS.join("|")})$/]`,
            message: "Only src/excel/ names Office.js types; describe what the code needs in src/model/.",
          },
        ],
      },
    },
    zone(["src/**/*.ts"], [], ["src/xlsx/**", ...STAGES.map((stage) => `src/${stage}/**`), "src/model/**"]),
    // a file directly in a stage's folder leaves it by "../"; one in a subfolder (src/read/html/) by "../../"
    ...STAGES.flatMap((stage) =>
      [
        [`src/${stage}/*.ts`, "^\\.\\./(?!model/)"],
        [`src/${stage}/*/**/*.ts`, "^\\.\\./\\.\\./(?!model/)|^(\\.\\./){3}"],
      ].flatMap(([files, regex]) => {
        const leave = {
          regex,
          message: `src/${stage}/ is a stage: it imports only the model (src/model/) and its own folder.`,
        };
        const tests = [files.replace(/\.ts$/, ".test.ts"), files.replace(/\.ts$/, ".fixtures.ts")];
        // tests beside a stage may read fixtures, but still reach no other stage
        return [zone([files], [leave, pure], tests), zone(tests, [leave])];
      }),
    ),
    zone(
      ["src/model/**/*.ts"],
      [{ regex: "^\\.\\./", message: "src/model/ is plain data: it imports only itself." }, pure],
    ),
  ];
}

export default [
  { ignores: ["dist/", "node_modules/", "coverage/", "artifacts/"] },
  ...officeAddins.configs.recommended,
  {
    // The plugin's recommended config names the parser through a default export it lacks; name it here.
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-undef": "off",
    },
  },
  {
    // Exhibit text is untrusted: the product never builds HTML from strings.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build elements and set textContent instead." },
        { property: "outerHTML", message: "Build elements and set textContent instead." },
        { property: "insertAdjacentHTML", message: "Build elements and set textContent instead." },
        { object: "document", property: "write", message: "Build elements and set textContent instead." },
        { object: "document", property: "writeln", message: "Build elements and set textContent instead." },
      ],
    },
  },
  // House rules of the design, as import zones: the pure stages import only the model, the model
  // only itself; exceljs only in src/xlsx/; Office.js (values and types) only in src/excel/.
  ...importZones(),
];
