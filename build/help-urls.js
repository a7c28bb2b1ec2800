// The help page served with the add-in (src/help/help.html → dist/help.html) and the ILR.* functions' help URLs.
// Each function's JSDoc names its section as a development-server URL (@helpurl https://localhost:3000/help.html#ilr-…);
// the build moves those to the deployment address, as it moves the manifest's URLs (build/manifest-for-address.js),
// so Excel's "Help on this function" opens the help page of the server the add-in came from.
const { DEV_ADDRESS } = require('./deploy-address');

/**
 * functions.json with every helpUrl on the development server moved to the address; throws when a function has no
 * helpUrl or one that is not on the development server's help page (a JSDoc slip would otherwise ship a dead link).
 * @param {string} jsonText functions.json as custom-functions-metadata writes it
 * @param {{ base: string }} address from parseDeployAddress
 */
function functionsJsonForAddress(jsonText, address) {
  const meta = JSON.parse(jsonText);
  for (const fn of meta.functions || []) {
    const url = fn.helpUrl;
    if (typeof url !== 'string' || !url.startsWith(`${DEV_ADDRESS}help.html#`)) {
      throw new Error(`ILR.${fn.id} has no @helpurl to ${DEV_ADDRESS}help.html#… in src/functions/functions.ts (found ${url === undefined ? 'none' : JSON.stringify(url)})`);
    }
    fn.helpUrl = address.base + url.slice(DEV_ADDRESS.length);
  }
  return JSON.stringify(meta, null, 4);
}

/**
 * The help page for the address: src/help/help.html with {{version}} and {{base}} filled in.
 * @param {string} template
 * @param {{ base: string }} address
 * @param {string} version
 */
function helpPage(template, address, version) {
  return template.replace(/\{\{version\}\}/g, version).replace(/\{\{base\}\}/g, address.base);
}

/** The ids of a page's elements (id="…"), for checking that every helpUrl's anchor exists. */
function anchorsOf(html) {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

module.exports = { functionsJsonForAddress, helpPage, anchorsOf };
