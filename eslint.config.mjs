// Lint with the Office add-in rules (load before read, sync after load, isNullObject, prettier, ...).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

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
  {
    // The task pane receives its host's actions; only src/excel/ names Office.js.
    files: ["src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Only src/excel/ names Office.js; pass an action into the pane." },
        { name: "Excel", message: "Only src/excel/ names Office.js; pass an action into the pane." },
      ],
    },
  },
];
