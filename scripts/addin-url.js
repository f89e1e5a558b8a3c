"use strict";
/**
 * Where the add-in is served, for the manifest copied into dist/addin/: `npm start` serves it from
 * https://localhost:3000/ (the URLs manifest.xml holds), a production build from the https URL in
 * ADDIN_URL. ADDIN_SUPPORT_URL names the support page; by default the one shipped beside the pane.
 *
 *   ADDIN_URL=https://addins.example.com/crossfoot npm run build:addin
 *     <SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>
 *  -> <SourceLocation DefaultValue="https://addins.example.com/crossfoot/taskpane.html"/>
 *     <AppDomain>https://localhost:3000</AppDomain>  ->  <AppDomain>https://addins.example.com</AppDomain>
 */

/** The URLs manifest.xml holds: the development server of `npm start`. */
const DEV_BASE = "https://localhost:3000/";
const SUPPORT_PAGE = "support.html";

/** An https URL from the environment, or an error that names the variable; `base` URLs take no query. */
function parseHttpsUrl(name, value, base) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL: "${value}"`);
  }
  if (url.protocol !== "https:")
    throw new Error(`${name} must be an https URL (Office loads add-ins over https only): "${value}"`);
  if (url.username !== "" || url.password !== "" || (base && (url.search !== "" || url.hash !== ""))) {
    throw new Error(
      `${name} must be a plain https URL, without ${base ? "query, fragment or " : ""}credentials: "${value}"`,
    );
  }
  return url;
}

/**
 * The add-in's URLs from the environment: `base` (ends with /), its `origin`, and the `support` page.
 * Without ADDIN_URL, the development server's.
 */
function readAddinUrls(env) {
  const given = (env.ADDIN_URL ?? "").trim();
  const url = parseHttpsUrl("ADDIN_URL", given === "" ? DEV_BASE : given, true);
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  const support = (env.ADDIN_SUPPORT_URL ?? "").trim();
  return {
    base,
    origin: url.origin,
    support:
      support === "" ? `${base}${SUPPORT_PAGE}` : parseHttpsUrl("ADDIN_SUPPORT_URL", support, false).href,
  };
}

/** Escapes text for an XML attribute value. */
function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * manifest.xml with its development URLs replaced by `urls` (from readAddinUrls): every URL under
 * https://localhost:3000/ moves under `base`, the app domain becomes `origin`, and the support links
 * (SupportUrl, GetStarted.LearnMoreUrl) name `support`. Throws when the manifest lacks what it rewrites.
 */
function rewriteManifest(xml, urls) {
  const support = /(<SupportUrl DefaultValue=")[^"]*(")/;
  const learnMore = /(<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue=")[^"]*(")/;
  const appDomain = /(<AppDomain>)https:\/\/localhost:3000(<\/AppDomain>)/;
  for (const [what, pattern] of [
    ["<SupportUrl>", support],
    ["GetStarted.LearnMoreUrl", learnMore],
    ["<AppDomain>https://localhost:3000</AppDomain>", appDomain],
  ]) {
    if (!pattern.test(xml)) throw new Error(`manifest.xml has no ${what} to rewrite`);
  }
  return xml
    .replace(support, `$1${escapeXml(urls.support)}$2`)
    .replace(learnMore, `$1${escapeXml(urls.support)}$2`)
    .replace(appDomain, `$1${escapeXml(urls.origin)}$2`)
    .split(DEV_BASE)
    .join(escapeXml(urls.base));
}

module.exports = { DEV_BASE, readAddinUrls, rewriteManifest };
