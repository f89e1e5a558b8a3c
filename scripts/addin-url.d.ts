/** Types of scripts/addin-url.js, for the tests that import it. */
export interface AddinUrls {
  base: string;
  origin: string;
  support: string;
}
export const DEV_BASE: string;
export function readAddinUrls(env: Record<string, string | undefined>): AddinUrls;
export function rewriteManifest(xml: string, urls: AddinUrls): string;
