/** Types of scripts/check-manifest.js, for the tests that import it. */
export const DEFAULT_SCHEMA_DIR: string;
export function checkManifestSchema(xml: string, schemaDir?: string): Promise<string[]>;
export function checkManifestReferences(xml: string, root: string): string[];
export function readAddinBase(xml: string): string | null;
export function readPngSize(bytes: Buffer): { width: number; height: number } | null;
