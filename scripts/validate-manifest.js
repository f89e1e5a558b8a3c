#!/usr/bin/env node
"use strict";
/**
 * `npm run validate`: checks an add-in manifest offline against Office's XML schemas and for what
 * the schemas cannot say (resids, https, icons); prints the problems and exits 1 when there are any.
 *
 *   npm run validate                                  manifest.xml, icons under assets/
 *   npm run validate -- dist/addin/manifest.xml       the built copy, icons under dist/addin/assets/
 *   npm run validate -- --schemas <folder> [manifest] schemas from another folder
 *
 * Exit codes: 0 valid, 1 problems found, 2 the manifest or the schemas cannot be read.
 */
const fs = require("node:fs");
const path = require("node:path");
const { DEFAULT_SCHEMA_DIR, checkManifestReferences, checkManifestSchema } = require("./check-manifest");

const ROOT = path.resolve(__dirname, "..");

function parseArgs(argv) {
  let schemaDir = process.env.OFFICE_ADDIN_XSD || DEFAULT_SCHEMA_DIR;
  let manifest = path.join(ROOT, "manifest.xml");
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--schemas") schemaDir = path.resolve(argv[++i] ?? "");
    else manifest = path.resolve(argv[i]);
  }
  return { schemaDir, manifest };
}

async function main() {
  const { schemaDir, manifest } = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(manifest)) {
    process.stderr.write(`validate: no manifest at ${manifest}\n`);
    return 2;
  }
  if (!fs.existsSync(path.join(schemaDir, "OfficeAppManifestV1_1.xsd"))) {
    process.stderr.write(
      `validate: Office's add-in schemas are not in ${schemaDir}; name their folder with --schemas or OFFICE_ADDIN_XSD.\n`,
    );
    return 2;
  }
  const xml = fs.readFileSync(manifest, "utf8");
  const problems = [
    ...(await checkManifestSchema(xml, schemaDir)),
    ...checkManifestReferences(xml, path.dirname(manifest)),
  ];
  const name = path.relative(process.cwd(), manifest) || manifest;
  if (problems.length === 0) {
    process.stdout.write(`${name} is valid: the schemas, every resid, https URLs and icon sizes.\n`);
    return 0;
  }
  process.stderr.write(`${name}: ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}\n`);
  for (const problem of problems) process.stderr.write(`  ${problem}\n`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`validate: ${error.message}\n`);
    process.exit(2);
  },
);
