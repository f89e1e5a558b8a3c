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
];
