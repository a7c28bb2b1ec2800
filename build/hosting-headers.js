// The HTTP headers the add-in's files are served with, in one place: the browser test's server sends exactly these
// (test/browser/deploy-run.mjs), the build writes them into web.config (IIS) and staticwebapp.config.json (Azure
// Static Web Apps) in dist/ (build/hosting-config-files.js), and docs/deploy.md gives them for nginx.

/** Office.js's CDN: the one place outside the add-in's own site that the task pane loads anything from. */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/**
 * The Content-Security-Policy: scripts from the add-in's own site and Office.js's CDN only; every request the page
 * makes (fetch, workers, images) to its own site only. 'wasm-unsafe-eval' lets the XSD check compile libxml2
 * (WebAssembly) and nothing else; 'unsafe-inline' styles are needed by Fluent UI and by Office.js, which add <style>
 * elements. No frame-ancestors: Excel on the web shows the pane in a frame of Microsoft's own sites.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS_ORIGIN} 'wasm-unsafe-eval'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];
const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** Headers for every file. No X-Frame-Options: it would stop Excel on the web showing the pane. */
const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Office fetches functions.json (and the icons) from its own sites; everything here is public and credential-free
  'Access-Control-Allow-Origin': '*',
};

/** A file named by its content (runtime.1a2b3c4d.js, xmllint.1a2b3c4d.wasm): a new build never reuses the name. */
const CONTENT_HASHED = /\.[0-9a-f]{8}\.(js|wasm)(\.map)?$/;
const CACHE_FOREVER = 'public, max-age=31536000, immutable';
/** Everything else (taskpane.html, functions.json, manifest.xml, icons): the browser asks the server each time. */
const REVALIDATE = 'no-cache';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The headers for one file of dist/, by its path relative to dist/ ("taskpane.html", "assets/icon-32.png"). */
function headersFor(file) {
  const ext = (/\.[^./]+$/.exec(file) || [''])[0].toLowerCase();
  return {
    'Content-Type': CONTENT_TYPES[ext] || 'application/octet-stream',
    'Cache-Control': CONTENT_HASHED.test(file) ? CACHE_FOREVER : REVALIDATE,
    ...COMMON_HEADERS,
  };
}

module.exports = {
  CACHE_FOREVER,
  COMMON_HEADERS,
  CONTENT_HASHED,
  CONTENT_SECURITY_POLICY,
  CONTENT_TYPES,
  CSP_DIRECTIVES,
  OFFICE_JS_ORIGIN,
  REVALIDATE,
  headersFor,
};
